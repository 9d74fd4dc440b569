/**
 * Fictional files shaped like real exports, built from one list of roll pupils: a SIMS-style roll (CSV with a
 * report title, dd/mm/yyyy dates, enrolment status C/M/S), an Arbor-style roll (different headers, ISO dates,
 * written as CSV or as an Excel workbook), an attendance marks export (one row per session, or one row per day
 * with AM and PM), and the PIP tracker (Appendix 5 sheet 1). Shared by the import tests and the benchmark.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Row } from 'write-excel-file/universal';
import { upnCheckLetter } from '../../src/domain/pupils/upn';
import { toCsv } from '../../src/domain/attendance/attendanceCsv';

export interface RollPupil {
  readonly upn: string;
  readonly surname: string;
  readonly forename: string;
  /** yyyy-mm-dd */
  readonly dob: string;
  readonly year: string;
  /** yyyy-mm-dd */
  readonly admitted: string;
  /** C single, M or S dual */
  readonly status: 'C' | 'M' | 'S';
  readonly homeSchoolUrn?: string;
  readonly sen: 'E' | 'K' | 'N';
  readonly need?: string;
  readonly fsm: boolean;
  readonly inCare: boolean;
}

const FORENAMES = ['Ava', 'Noah', 'Isla', 'Leo', 'Maya', 'Theo', 'Ruby', 'Arlo', 'Esme', 'Finn', 'Zara', 'Otis'];
const SURNAMES = ['Examplar', 'Testwood', 'Samplesby', 'Mockridge', 'Fictor', 'Placeholme', 'Dummett', 'Trialson'];

/** `count` fictional pupils with valid UPNs (check letters computed), deterministic. */
export function rollPupils(count: number, options: { homeSchoolUrn?: string } = {}): RollPupil[] {
  return Array.from({ length: count }, (_, i) => {
    const year = String(7 + (i % 5));
    const birthYear = 2026 - Number(year) - 5;
    const sen = (['K', 'N', 'E'] as const)[i % 3];
    return {
      upn: withCheckLetter(`99900${String(1000 + i).padStart(4, '0')}${String(i % 100).padStart(2, '0')}`.slice(0, 11) + String(i % 10)),
      surname: `${SURNAMES[i % SURNAMES.length]}${i >= SURNAMES.length ? String(Math.floor(i / SURNAMES.length)) : ''}`,
      forename: FORENAMES[i % FORENAMES.length],
      dob: `${birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      year,
      admitted: '2026-09-02',
      status: options.homeSchoolUrn && i % 2 === 0 ? 'S' : 'C',
      homeSchoolUrn: options.homeSchoolUrn && i % 2 === 0 ? options.homeSchoolUrn : undefined,
      sen,
      need: sen === 'N' ? undefined : (['SEMH', 'ASD', 'SLCN'] as const)[i % 3],
      fsm: i % 4 === 0,
      inCare: i % 7 === 3,
    };
  });
}

/** A UPN with its check letter for the last twelve characters. */
export function withCheckLetter(rest: string): string {
  const letter = upnCheckLetter(rest);
  if (!letter) throw new Error(`'${rest}' cannot be the end of a UPN`);
  return `${letter}${rest}`;
}

const uk = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** SIMS-style "Student List" report saved as CSV: a title line, a blank line, then the header. */
export function simsRollCsv(pupils: readonly RollPupil[]): string {
  const header = ['UPN', 'Legal Surname', 'Legal Forename', 'DOB', 'NC Year', 'Adm Date', 'Enrol Status', 'Home School URN', 'SEN Provision', 'Primary Need', 'FSM Eligible', 'In Care'];
  const rows = pupils.map((p) => [p.upn, p.surname, p.forename, uk(p.dob), p.year, uk(p.admitted), p.status, p.homeSchoolUrn ?? '', p.sen, p.need ?? '', p.fsm ? 'Yes' : 'No', p.inCare ? 'Yes' : 'No']);
  const body = toCsv(header, rows).replace(/^\uFEFF/, '');
  return `Student List,,,\r\nPathways PRU (fictional),,,\r\n\r\n${body}`;
}

/** Arbor-style roll: its own headers, ISO dates, words for SEN status and need. */
export function arborRollRows(pupils: readonly RollPupil[]): (string | number | boolean | Date | null)[][] {
  const words: Record<string, string> = { E: 'EHC Plan', K: 'SEN Support', N: 'No SEN' };
  const needs: Record<string, string> = { SEMH: 'Social, Emotional and Mental Health', ASD: 'Autistic Spectrum Disorder', SLCN: 'Speech, Language and Communication Needs' };
  return [
    ['UPN', 'Last Name', 'First Name', 'Date of Birth', 'Year', 'Enrolment Date', 'Dual Registration School', 'SEN Status', 'Primary SEN Need', 'Free School Meals', 'Looked After'],
    ...pupils.map((p) => [p.upn, p.surname, p.forename, p.dob, `Year ${p.year}`, p.admitted, p.homeSchoolUrn ?? '', words[p.sen], p.need ? needs[p.need] : '', p.fsm ? 'Y' : 'N', p.inCare ? 'Y' : 'N']),
  ];
}

export function arborRollCsv(pupils: readonly RollPupil[]): string {
  const [header, ...rows] = arborRollRows(pupils);
  return toCsv(header as string[], rows as (string | number | boolean | null)[][]);
}

export interface MarkRow {
  readonly upn: string;
  readonly surname: string;
  readonly forename: string;
  /** yyyy-mm-dd */
  readonly date: string;
  readonly am: string;
  readonly pm: string;
}

/** A marks export, one row per session (UPN, names, Date, Session, Mark). */
export function marksLongCsv(marks: readonly MarkRow[]): string {
  const rows: string[][] = [];
  for (const m of marks) {
    rows.push([m.upn, m.surname, m.forename, uk(m.date), 'AM', m.am]);
    rows.push([m.upn, m.surname, m.forename, uk(m.date), 'PM', m.pm]);
  }
  return toCsv(['UPN', 'Surname', 'Forename', 'Date', 'Session', 'Mark'], rows);
}

/** The one-row-per-pupil-per-day layout (AM and PM columns). */
export function marksDailyCsv(marks: readonly MarkRow[]): string {
  return toCsv(['UPN', 'Surname', 'Forename', 'Date', 'AM', 'PM'], marks.map((m) => [m.upn, m.surname, m.forename, uk(m.date), m.am, m.pm]));
}

/** Weekdays from `from` for `days` school days. */
export function schoolDays(from: string, days: number): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  while (out.length < days) {
    const wd = d.getUTCDay();
    if (wd >= 1 && wd <= 5) out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Marks for every pupil on every day: mostly present, with a pattern of absence codes. */
export function marksFor(pupils: readonly RollPupil[], days: readonly string[]): MarkRow[] {
  const codes = ['/', '/', '/', '/', 'N', 'I', 'L', 'M', 'C2', 'O'];
  const out: MarkRow[] = [];
  pupils.forEach((p, i) =>
    days.forEach((date, j) => {
      const am = codes[(i * 3 + j) % codes.length];
      out.push({ upn: p.upn, surname: p.surname, forename: p.forename, date, am, pm: am === '/' ? '\\' : am === 'L' ? '\\' : am });
    }),
  );
  return out;
}

/** PIP tracker sheet 1 (Appendix 5), as the spreadsheet lays it out (the rows are fictional). */
export function pipTrackerRows(pupils: readonly RollPupil[]): (string | number | Date | null)[][] {
  const header = ['Pupil First Name', 'Pupil Last Name', 'Year', 'PIP start Date', 'Have they been on a PIP before?', 'Length of time on PIP (Weeks)', 'Reason for PIP', 'Autumn Term PIP Hours', 'Spring Term PIP Hours', 'Summer Term PIP Hours', 'Exit Strategy', 'Enrolment Date', 'Current Date', 'Length of time on roll (weeks)', 'Dual', 'Dual School', 'SEN', 'SEN Need', 'FSM', 'PP', '2025/26 % Att.', 'Current % Att.'];
  return [
    header,
    ...pupils.map((p, i) => [
      p.forename, p.surname, p.year, new Date(Date.UTC(2026, 8, 14 + i)), i % 2 === 0 ? 'No' : 'Yes', 4, i % 2 === 0 ? 'Medical - anxiety, supported by CAMHS' : 'Extended period of non-attendance',
      12, null, null, 'Increase hours fortnightly', new Date(Date.UTC(2026, 8, 2)), new Date(Date.UTC(2026, 10, 20)), 11, p.status === 'C' ? 'SINGLE' : 'DUAL', 'N/A', 'SEN Support', 'Social, Emotional & Mental Health', p.fsm ? 'Yes' : 'No', 'No', 0.503, 0.7,
    ]),
  ];
}

export type WorkbookCell = string | number | boolean | Date | null;

const xlsxCell = (v: WorkbookCell): Row[number] =>
  v === null ? null : v instanceof Date ? { value: v, type: Date, format: 'dd/mm/yyyy' } : typeof v === 'number' ? { value: v, type: Number } : { value: String(v), type: String };

/** An Excel workbook (.xlsx) of the given sheets: dates as Excel dates shown dd/mm/yyyy, numbers as numbers. */
export async function xlsxWorkbook(sheets: readonly { readonly name: string; readonly rows: readonly (readonly WorkbookCell[])[] }[]): Promise<ArrayBuffer> {
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: s.name, data: s.rows.map((r) => r.map(xlsxCell)) }))).toBlob();
  return blob.arrayBuffer();
}

/** Bytes of a text file in UTF-8 (optionally with a BOM). */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text.replace(/^\uFEFF/, ''));
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Bytes of a text file in Windows-1252 (Latin-1 plus the 0x80–0x9F punctuation used here). */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text.replace(/^\uFEFF/, '')].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Common Transfer File from a (fictional) home school, written from the CTF specification's message structure
 * (and valid against src/data/import/ctf/ctf25.xsd): Header (version, source and destination LA/establishment),
 * then CTFpupilData with each Pupil's identifiers, BasicDetails (preferred name, NC year, enrolment status),
 * FSMhistory, LookedAfter, SENhistory with ranked needs, Contacts in order (a parent, a step-parent with parental
 * responsibility, a neighbour with two phones, a social worker; coded relationships) and Attendance YearData.
 */
export function ctfXml(pupils: readonly RollPupil[], options: { version?: string; lastYearSessions?: [number, number, number] } = {}): string {
  const [possible, authorised, unauthorised] = options.lastYearSessions ?? [300, 20, 10];
  const pupilXml = pupils
    .map((p, i) => `
    <Pupil>
      <UPN>${p.upn}</UPN>
      <Surname>${xmlText(p.surname)}</Surname>
      <Forename>${xmlText(p.forename)}</Forename>
      <DOB>${p.dob}</DOB>
      <Sex>${i % 2 === 0 ? 'F' : 'M'}</Sex>
      <BasicDetails>
        <PreferredForename>${xmlText(p.forename)}</PreferredForename>
        <NCyearActual>${p.year}</NCyearActual>
        <EnrolStatus>C</EnrolStatus>
      </BasicDetails>
      <FSMhistory>${p.fsm ? '<FSMinstance><FSMstartDate>2024-09-01</FSMstartDate></FSMinstance>' : '<FSMinstance><FSMstartDate>2020-09-01</FSMstartDate><FSMendDate>2021-07-20</FSMendDate></FSMinstance>'}</FSMhistory>
      <LookedAfter><InCare>${p.inCare ? 'true' : 'false'}</InCare></LookedAfter>
      <SENhistory>
        <SEN>
          <StartDate>2025-09-03</StartDate>
          <SENprovision>${p.sen}</SENprovision>
          ${p.need ? `<SENneeds><SENneed><SENtypeRank>1</SENtypeRank><SENtype>${p.need}</SENtype></SENneed></SENneeds>` : ''}
        </SEN>
      </SENhistory>
      <Contacts>
        <Contact>
          <Order>1</Order>
          <Surname>${xmlText(p.surname)}</Surname>
          <Forename>Sam</Forename>
          <Relationship>PAR</Relationship>
          <Responsibility>true</Responsibility>
          <Phones><Phone><TelephoneType>H</TelephoneType><PhoneNo>024 7600 ${String(1000 + i)}</PhoneNo></Phone></Phones>
          <Email>parent${i}@example.org</Email>
        </Contact>
        <Contact>
          <Order>2</Order>
          <Surname>Stepford</Surname>
          <Forename>Alex</Forename>
          <Relationship>STP</Relationship>
          <Responsibility>true</Responsibility>
          <Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>07700 900${String(100 + i)}</PhoneNo></Phone></Phones>
        </Contact>
        <Contact>
          <Order>3</Order>
          <Surname>Neighbourly</Surname>
          <Forename>Jo</Forename>
          <Relationship>OTH</Relationship>
          <Responsibility>false</Responsibility>
          <Phones><Phone><TelephoneType>H</TelephoneType><PhoneNo>024 7600 ${String(2000 + i)}</PhoneNo></Phone><Phone><TelephoneType>M</TelephoneType><PhoneNo>07700 900${String(500 + i)}</PhoneNo></Phone></Phones>
        </Contact>
        <Contact>
          <Order>4</Order>
          <Surname>Caseworth</Surname>
          <Forename>Robin</Forename>
          <Relationship>SWR</Relationship>
          <Responsibility>false</Responsibility>
          <Phones><Phone><TelephoneType>W</TelephoneType><PhoneNo>024 7600 3000</PhoneNo></Phone></Phones>
          <Email>social.care@example.org</Email>
        </Contact>
      </Contacts>
      <Attendance>
        <YearData><Year>2025</Year><LEA>999</LEA><Estab>4001</Estab><SessionsPossible>${possible}</SessionsPossible><SessionsAuthorised>${authorised}</SessionsAuthorised><SessionsUnauthorised>${unauthorised}</SessionsUnauthorised></YearData>
        <YearData><Year>2026</Year><LEA>999</LEA><Estab>4001</Estab><SessionsPossible>60</SessionsPossible><SessionsAuthorised>0</SessionsAuthorised><SessionsUnauthorised>0</SessionsUnauthorised></YearData>
      </Attendance>
    </Pupil>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
  <Header>
    <DocumentName>Common Transfer File</DocumentName>
    <CTFversion>${options.version ?? '25.0'}</CTFversion>
    <DateTime>2026-11-19T15:30:00</DateTime>
    <DocumentQualifier>partial</DocumentQualifier>
    <SupplierID>Fictional MIS</SupplierID>
    <SourceSchool><LEA>999</LEA><Estab>4001</Estab><SchoolName>Oakfield Academy (fictional)</SchoolName><AcademicYear>2026</AcademicYear></SourceSchool>
    <DestSchool><LEA>999</LEA><Estab>1100</Estab></DestSchool>
  </Header>
  <CTFpupilData>${pupilXml}
  </CTFpupilData>
</CTfile>
`;
}
