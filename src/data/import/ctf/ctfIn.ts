/**
 * A Common Transfer File (CTF, the DfE's XML) from the home school, read as a sheet of pupils whose columns are
 * the import's own field labels, so it goes through the same mapping, check (dry run), import and report as a
 * roll. Read: UPN, legal and preferred names, date of birth, NC year, SEN provision and needs (the latest SEN
 * record), FSM (an open FSM period), looked-after status, the contacts in their order (the first is the main
 * parent/carer; of the others, parents, carers and anyone with parental responsibility are further parents/carers,
 * a social worker or doctor an agency worker, anyone else with a phone an emergency contact) and the attendance
 * history (the attendance % of the latest year before this one).
 * fast-xml-parser is loaded only when a CTF is chosen. A CTF of another version is refused, naming both versions.
 */
import type { CellValue, SourceSheet } from '../../../domain/import/cells';
import { relationshipWords } from '../../../domain/transfer/contactRelationship';

/** The CTF version Pathways Hub reads and writes (README: "Common Transfer Files"). */
export const CTF_VERSION = '25.0';
export const CTF_MAJOR = CTF_VERSION.split('.')[0];

type Node = Record<string, unknown>;

const asNode = (v: unknown): Node | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const textOf = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '');
const child = (n: Node | undefined, name: string): unknown => (n ? n[name] : undefined);
const path = (n: Node | undefined, ...names: string[]): unknown => names.reduce<unknown>((at, name) => child(asNode(at), name), n);

/** The header row: the import's field labels for pupils (matched exactly by the column matcher). */
export const CTF_COLUMNS = [
  'UPN',
  'Last name',
  'First name',
  'Preferred name',
  'Date of birth',
  'Year group',
  'SEN provision',
  'Primary need',
  'Secondary need',
  'FSM',
  'Looked after',
  'Parent/carer name',
  'Parent/carer relationship',
  'Parental responsibility',
  'Parent/carer phone',
  'Parent/carer e-mail',
  'Parent/carer address',
  'Other parents/carers',
  'Emergency contacts',
  'Agency workers',
  'Last year attendance %',
] as const;

/**
 * A container the specification places on the Pupil (FSMhistory, LookedAfter, SENhistory); files written to older
 * layouts that nest it in BasicDetails are read too.
 */
const container = (pupil: Node, basic: Node | undefined, name: string): Node | undefined => asNode(pupil[name]) ?? asNode(child(basic, name));

function latestSen(history: Node | undefined): { provision: string; needs: string[] } {
  const records = asList(child(history, 'SEN')).map(asNode).filter((x): x is Node => x !== undefined);
  const latest = records.sort((a, b) => textOf(b.StartDate).localeCompare(textOf(a.StartDate)))[0];
  if (!latest) return { provision: '', needs: [] };
  const needs = asList(path(latest, 'SENneeds', 'SENneed'))
    .map(asNode)
    .filter((x): x is Node => x !== undefined)
    .sort((a, b) => Number(textOf(a.SENtypeRank) || 9) - Number(textOf(b.SENtypeRank) || 9))
    .map((n) => textOf(n.SENtype));
  return { provision: textOf(latest.SENprovision), needs };
}

function fsmNow(history: Node | undefined, on: string): string {
  const periods = asList(child(history, 'FSMinstance')).map(asNode).filter((x): x is Node => x !== undefined);
  if (periods.length === 0) return '';
  return periods.some((p) => textOf(p.FSMstartDate) <= on && (textOf(p.FSMendDate) === '' || textOf(p.FSMendDate) >= on)) ? 'Yes' : 'No';
}

/** Attendance % of the latest year before the current one (YearData/Year is the year the academic year starts). */
function attendancePercent(pupil: Node, today: string): string {
  const month = Number(today.slice(5, 7));
  const currentStart = Number(today.slice(0, 4)) - (month >= 9 ? 0 : 1);
  const years = asList(path(pupil, 'Attendance', 'YearData')).map(asNode).filter((x): x is Node => x !== undefined && Number(textOf(x.Year)) < currentStart);
  const latest = years.sort((a, b) => textOf(b.Year).localeCompare(textOf(a.Year)))[0];
  if (!latest) return '';
  const possible = Number(textOf(latest.SessionsPossible));
  const absent = Number(textOf(latest.SessionsAuthorised) || 0) + Number(textOf(latest.SessionsUnauthorised) || 0);
  if (!Number.isFinite(possible) || possible <= 0 || !Number.isFinite(absent)) return '';
  return String(Math.round(((possible - absent) * 1000) / possible) / 10);
}

interface ContactRead {
  readonly name: string;
  readonly code: string;
  readonly relationship: string;
  /** 'Yes', 'No' or '' (not stated). */
  readonly responsibility: string;
  readonly phones: readonly string[];
  readonly email: string;
  readonly address: string;
}

function contactOf(c: Node): ContactRead {
  const phones = asList(path(c, 'Phones', 'Phone')).map(asNode).map((p) => textOf(child(p, 'PhoneNo'))).filter((p) => p !== '');
  const address = asNode(c.Address);
  const lines = address
    ? [
        ...['SAON', 'PAON', 'Street', 'Locality', 'Town', 'PostTown'].map((k) => textOf(path(address, 'BS7666Address', k))),
        ...['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4', 'AddressLine5', 'County'].map((k) => textOf(path(address, 'AddressLines', k))),
        textOf(address.PostCode),
      ].filter((x) => x !== '')
    : [];
  const responsibility = textOf(c.Responsibility);
  return {
    name: [textOf(c.Forename), textOf(c.Surname)].filter((x) => x !== '').join(' '),
    code: textOf(c.Relationship).toUpperCase(),
    relationship: relationshipWords(textOf(c.Relationship)),
    responsibility: responsibility === '' ? '' : responsibility === 'true' || responsibility === '1' ? 'Yes' : 'No',
    phones,
    email: textOf(c.Email),
    address: lines.join(', '),
  };
}

const CARER_CODES = ['PAR', 'STP', 'FOF', 'CAR'];
const AGENCY_CODES: Readonly<Record<string, string>> = { SWR: 'Social care', DOC: 'GP surgery' };
/** Details in a people column are separated by ' | ' (values.ts PEOPLE_COLUMNS): a '|' in a value would split it. */
const detail = (s: string): string => s.replace(/\|/g, '/');
const line = (parts: readonly string[]): string => parts.map(detail).join(' | ').replace(/( \| )+$/, '');

/** The main contact's six columns, then further parents/carers, emergency contacts and agency workers (one a line). */
function contactColumns(pupil: Node): string[] {
  const contacts = asList(path(pupil, 'Contacts', 'Contact'))
    .map(asNode)
    .filter((x): x is Node => x !== undefined)
    .sort((a, b) => Number(textOf(a.Order) || 99) - Number(textOf(b.Order) || 99))
    .map(contactOf);
  const [main, ...others] = contacts;
  if (!main) return ['', '', '', '', '', '', '', '', ''];
  const carers: string[] = [];
  const emergency: string[] = [];
  const agencies: string[] = [];
  for (const c of others) {
    if (c.name === '') continue;
    if (AGENCY_CODES[c.code]) agencies.push(line([AGENCY_CODES[c.code], c.name, c.relationship, c.phones[0] ?? '', c.email]));
    else if (CARER_CODES.includes(c.code) || c.responsibility === 'Yes') carers.push(line([c.name, c.relationship, c.responsibility, c.phones[0] ?? '', c.email, c.address]));
    else if (c.phones.length > 0) emergency.push(line([c.name, c.relationship, c.phones[0], c.phones[1] ?? '']));
  }
  return [main.name, main.relationship, main.responsibility, main.phones[0] ?? '', main.email, main.address, carers.join('\n'), emergency.join('\n'), agencies.join('\n')];
}

export interface CtfRead {
  readonly sheet: SourceSheet;
  readonly version: string;
  readonly source: { readonly lea: string; readonly estab: string; readonly schoolName: string };
}

/** The CTF as a sheet of pupils; throws with a specific message for a file that is not a CTF of this version. */
export async function readCtf(name: string, xml: string, today: string): Promise<CtfRead> {
  const { XMLParser, XMLValidator } = await import(/* webpackChunkName: 'fast-xml-parser' */ 'fast-xml-parser');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`'${name}' is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, processEntities: true });
  const doc = asNode(parser.parse(xml));
  const root = asNode(child(doc, 'CTfile'));
  if (!root) throw new Error(`'${name}' is XML but not a Common Transfer File (its root element is not CTfile).`);
  const header = asNode(root.Header);
  const version = textOf(child(header, 'CTFversion'));
  if (version.split('.')[0] !== CTF_MAJOR)
    throw new Error(
      `'${name}' is a CTF ${version || 'of no stated version'}: Pathways Hub reads CTF ${CTF_VERSION}, the current specification. Ask the school to send the file again from their MIS.`,
    );
  const pupils = asList(path(root, 'CTFpupilData', 'Pupil')).map(asNode).filter((x): x is Node => x !== undefined);
  if (pupils.length === 0) throw new Error(`'${name}' is a CTF with no pupils in it.`);
  const rows: CellValue[][] = [[...CTF_COLUMNS]];
  for (const p of pupils) {
    const basic = asNode(p.BasicDetails);
    const sen = latestSen(container(p, basic, 'SENhistory'));
    const lookedAfter = container(p, basic, 'LookedAfter');
    const inCare = textOf(lookedAfter ? lookedAfter.InCare : child(basic, 'InCare'));
    rows.push([
      textOf(p.UPN),
      textOf(p.Surname),
      textOf(p.Forename),
      textOf(child(basic, 'PreferredForename')),
      textOf(p.DOB),
      textOf(child(basic, 'NCyearActual')),
      sen.provision,
      sen.needs[0] ?? '',
      sen.needs[1] ?? '',
      fsmNow(container(p, basic, 'FSMhistory'), today),
      inCare === '' ? '' : inCare === 'true' || inCare === '1' || inCare.toLowerCase() === 'yes' ? 'Yes' : 'No',
      ...contactColumns(p),
      attendancePercent(p, today),
    ]);
  }
  const source = asNode(child(header, 'SourceSchool'));
  return {
    sheet: { name, rows },
    version,
    source: { lea: textOf(child(source, 'LEA')), estab: textOf(child(source, 'Estab')), schoolName: textOf(child(source, 'SchoolName')) },
  };
}
