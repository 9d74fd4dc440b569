/**
 * Writes a Common Transfer File (CTF 25.0) or a partial XML data transfer from the CTF model (domain/transfer).
 * The element names and their order follow the CTF specification's XML message structure as written down in
 * ctf25.xsd (README "Common Transfer Files"); every file this writes is validated against that schema in the tests.
 * Plain string building with escaping: no XML library is needed to write.
 */
import { destinationCodes, type CtfDestination } from '../../../domain/transfer/ctfFileName';
import type { CtfContact, CtfPupilData, CtfYearData } from '../../../domain/transfer/ctfPupil';
import type { DfeNumber } from '../../../domain/transfer/dfeNumber';
import { CTF_VERSION } from './ctfIn';

export interface CtfHeader {
  /** 'full': a CTF; 'partial': an XML data transfer carrying some containers only. */
  readonly qualifier: 'full' | 'partial';
  /** What a partial transfer carries, e.g. "Attendance". */
  readonly dataDescriptor?: string;
  /** Local (Europe/London) date and time the file was made, yyyy-mm-ddThh:mm:ss. */
  readonly dateTime: string;
  readonly source: { readonly number: DfeNumber; readonly urn?: string; readonly name: string; readonly academicYear: string };
  readonly destination: CtfDestination;
}

export interface CtfDocument {
  readonly header: CtfHeader;
  readonly pupils: readonly CtfPupilData[];
  /** Which containers to write for a partial transfer (a full CTF writes all it has). */
  readonly containers?: 'attendance';
}

export const CTF_SUPPLIER_ID = 'Pathways Hub';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An element with text, or nothing when the value is absent. */
function el(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined || value === '') return '';
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** An element with children, or nothing when it has none. */
function group(name: string, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}

function header(h: CtfHeader): string {
  const to = destinationCodes(h.destination);
  return group(
    'Header',
    el('DocumentName', 'Common Transfer File'),
    el('CTFversion', CTF_VERSION),
    el('DateTime', h.dateTime),
    el('DocumentQualifier', h.qualifier),
    el('DataDescriptor', h.dataDescriptor),
    el('SupplierID', CTF_SUPPLIER_ID),
    group('SourceSchool', el('LEA', h.source.number.la), el('Estab', h.source.number.estab), el('URN', h.source.urn), el('SchoolName', h.source.name), el('AcademicYear', h.source.academicYear)),
    group('DestSchool', el('LEA', to.la), el('Estab', to.estab)),
  );
}

function contact(c: CtfContact): string {
  return group(
    'Contact',
    el('Order', c.order),
    el('Surname', c.surname),
    el('Forename', c.forename),
    el('Relationship', c.relationship),
    el('Responsibility', c.responsibility),
    group(
      'Address',
      group('AddressLines', ...c.addressLines.map((line, i) => el(`AddressLine${i + 1}`, line))),
      el('PostCode', c.postCode),
    ),
    c.phone ? group('Phones', group('Phone', el('TelephoneType', c.phone.type), el('PhoneNo', c.phone.number))) : '',
    el('Email', c.email),
  );
}

function yearData(y: CtfYearData): string {
  return group(
    'YearData',
    el('Year', y.year),
    el('LEA', y.school.la),
    el('Estab', y.school.estab),
    el('SchoolName', y.schoolName),
    el('SessionsPossible', y.possible),
    el('SessionsAuthorised', y.authorised),
    el('SessionsUnauthorised', y.unauthorised),
    y.sessions ? group('AttendSessions', el('AttendanceStartDate', y.sessions.startDate), el('AttendanceMarks', y.sessions.marks)) : '',
  );
}

function pupil(p: CtfPupilData, attendanceOnly: boolean): string {
  const identity = [el('UPN', p.upn), el('Surname', p.surname), el('Forename', p.forename), el('DOB', p.dob), el('Sex', p.sex)];
  const attendance = group('Attendance', ...p.attendance.map(yearData));
  if (attendanceOnly) return group('Pupil', ...identity, attendance);
  return group(
    'Pupil',
    ...identity,
    group('BasicDetails', el('PreferredForename', p.preferredForename), el('NCyearActual', p.ncYear), el('EnrolStatus', p.enrolStatus)),
    group('LookedAfter', el('InCare', p.inCare), el('CareAuthority', p.careAuthority)),
    group(
      'SENhistory',
      group(
        'SEN',
        el('StartDate', p.sen.startDate),
        el('SENprovision', p.sen.provision),
        group('SENneeds', ...p.sen.needs.map((n) => group('SENneed', el('SENtypeRank', n.rank), el('SENtype', n.type)))),
      ),
    ),
    group('Contacts', ...p.contacts.map(contact)),
    attendance,
    group(
      'SchoolHistory',
      ...p.schoolHistory.map((s) => group('School', el('LEA', s.school.la), el('Estab', s.school.estab), el('SchoolName', s.name), el('EntryDate', s.entryDate), el('LeavingDate', s.leavingDate))),
    ),
  );
}

/** The file's text: UTF-8 XML, one element per line for people who open it. */
export function writeCtf(doc: CtfDocument): string {
  const body = `<CTfile>${header(doc.header)}${group('CTFpupilData', ...doc.pupils.map((p) => pupil(p, doc.containers === 'attendance')))}</CTfile>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/></g, '>\n<')}\n`;
}
