/**
 * CTF out: the file made for a leaver is valid against the CTF 25 schema (xmllint), and the importer's CTF reader
 * reads it back as the same pupil (the dry run finds nothing to change).
 */
import { readCtf } from '../../../src/data/import/ctf/ctfIn';
import { writeCtf, type CtfDocument } from '../../../src/data/import/ctf/ctfWriter';
import { ctfPupilFrom, type CtfPupilData } from '../../../src/domain/transfer/ctfPupil';
import { prepareSheet } from '../../../src/domain/import/sourceTable';
import { readRows } from '../../../src/domain/import/rows';
import { planPupils } from '../../../src/domain/import/kinds/pupils';
import type { AttendanceMark, Pupil } from '../../../src/domain';
import { pupilRecord, UPNS } from '../../support/pupilBuilder';
import { settingsWith } from '../../support/settingsBuilders';
import { validateXml } from '../../support/xmllint';

const settings = settingsWith();
const TODAY = '2026-12-14';
const service = { number: { la: '999', estab: '1100' }, name: 'Example Pupil Referral Unit' };

const leaver: Pupil = pupilRecord('PH-0042', {
  upn: UPNS[1],
  firstName: 'Robin',
  lastName: "O'Neill & Sons",
  preferredName: 'Rob',
  yearGroup: '9',
  enrolmentDate: '2026-09-02',
  leavingDate: '2026-12-11',
  leavingDestination: 'Returned to the home school',
  registration: 'Dual',
  homeSchoolId: 4,
  senProvision: 'K',
  primaryNeed: 'SEMH',
  secondaryNeed: 'SLCN',
  lac: true,
  parentName: 'Alex Jordan Example',
  parentRelationship: 'Parent',
  parentHasResponsibility: true,
  parentAddress: '1 Example Row, Exampletown, EX1 1AA',
  parentEmail: 'alex@example.org',
  parentPhone: '07700 900123',
});

function marksFor(pupilId: number, codes: Record<string, [string, string]>): AttendanceMark[] {
  return Object.entries(codes).flatMap(([date, [am, pm]]) =>
    (['AM', 'PM'] as const).map((session, i) => ({ pupilId, date, session, code: i === 0 ? am : pm, recordedBy: 'office@example.org', recordedAt: `${date}T09:10:00Z` })),
  );
}

const marks = marksFor(42, { '2026-12-07': ['/', '\\'], '2026-12-08': ['I', 'I'], '2026-12-09': ['O', '/'], '2026-12-10': ['L', '\\'], '2026-12-11': ['B', 'B'] });

function pupilData(pupil: Pupil, pupilMarks: AttendanceMark[] = marks): { data: CtfPupilData; notes: readonly string[] } {
  const result = ctfPupilFrom({ pupil, sex: 'F', service, marks: pupilMarks, senStartDate: '2026-09-02', settings, today: TODAY });
  if (!result.ok) throw new Error(result.problems.join(' '));
  return result;
}

const documentFor = (pupils: CtfPupilData[], partial = false): CtfDocument => ({
  header: {
    qualifier: partial ? 'partial' : 'full',
    dataDescriptor: partial ? 'Attendance' : undefined,
    dateTime: '2026-12-14T10:30:00',
    source: { number: service.number, urn: '100001', name: service.name, academicYear: '2026' },
    destination: { kind: 'school', school: { la: '823', estab: '4102' } },
  },
  pupils,
  containers: partial ? 'attendance' : undefined,
});

describe('CTF out', () => {
  it('makes a file the CTF 25 schema accepts, with the attendance here as totals and session marks', () => {
    const xml = writeCtf(documentFor([pupilData(leaver).data]));
    expect(validateXml(xml)).toEqual({ valid: true, messages: '' });
    expect(xml).toContain('<Surname>O&apos;Neill &amp; Sons</Surname>');
    expect(xml).toContain('<EnrolStatus>S</EnrolStatus>');
    expect(xml).toContain('<Relationship>PAR</Relationship>');
    // 7–11 Dec: /\ II O/ L\ BB, after the days since enrolment with no marks ('-') and the half-term holiday ('#'); possible 10 of the week, I and O absent.
    expect(xml).toMatch(/<AttendanceMarks>[-#]+\/\\IIO\/L\\BB<\/AttendanceMarks>/);
    expect(xml).toContain('<SessionsAuthorised>2</SessionsAuthorised>');
    expect(xml).toContain('<SessionsUnauthorised>1</SessionsUnauthorised>');
  });

  it('is read back by the importer as the same pupil: the dry run finds nothing to change', async () => {
    const xml = writeCtf(documentFor([pupilData(leaver).data]));
    const read = await readCtf('9991100_CTF_8234102_001.xml', xml, TODAY);
    const prepared = prepareSheet([read.sheet]);
    if (!prepared.ok) throw new Error(prepared.message);
    const saved = { ...leaver, id: 42, etag: '"3"' };
    const plan = planPupils(readRows(prepared.sheet, prepared.mapped), prepared.mapped, { existing: [saved], schools: [], today: TODAY });
    expect(plan.rows.map((r) => [r.outcome, r.reasons])).toEqual([['unchanged', ['matches PH-0042']]]);
    expect(read.source).toEqual({ lea: '999', estab: '1100', schoolName: service.name });
    // A pupil the service does not hold yet comes in with what the file carries.
    const fresh = planPupils(readRows(prepared.sheet, prepared.mapped), prepared.mapped, { existing: [], schools: [], today: TODAY });
    expect(fresh.rows[0].record).toMatchObject({
      upn: leaver.upn, firstName: 'Robin', lastName: "O'Neill & Sons", preferredName: 'Rob', dateOfBirth: leaver.dateOfBirth, yearGroup: '9',
      senProvision: 'K', primaryNeed: 'SEMH', secondaryNeed: 'SLCN', lac: true,
      parentName: 'Alex Jordan Example', parentRelationship: 'Parent', parentHasResponsibility: true, parentEmail: 'alex@example.org', parentPhone: '07700 900123',
      parentAddress: '1 Example Row, Exampletown, EX1 1AA',
    });
  });

  it('leaves the session string out of a year with a two-character code, keeping the totals, and says why', () => {
    const withC2 = [...marks, ...marksFor(42, { '2026-12-03': ['C2', 'C2'] })];
    const { data, notes } = pupilData(leaver, withC2);
    expect(notes).toEqual([
      "2026/27: the session-by-session marks are left out because a CTF writes one character a session and C2 take two; the year's totals are in the file.",
    ]);
    const xml = writeCtf(documentFor([data]));
    expect(validateXml(xml).valid).toBe(true);
    expect(xml).not.toContain('<AttendSessions>');
    expect(xml).toContain('<SessionsPossible>12</SessionsPossible>');
  });

  it('makes a partial XML transfer of attendance only, which the schema accepts', () => {
    const xml = writeCtf(documentFor([pupilData(leaver).data], true));
    expect(validateXml(xml)).toEqual({ valid: true, messages: '' });
    expect(xml).toContain('<DocumentQualifier>partial</DocumentQualifier>');
    expect(xml).not.toContain('<Contacts>');
  });

  it('refuses to make a CTF for a pupil without a UPN', () => {
    const result = ctfPupilFrom({ pupil: { ...leaver, upn: undefined }, sex: 'M', service, marks: [], settings, today: TODAY });
    expect(result).toEqual({ ok: false, problems: ["Record Robin O'Neill & Sons's UPN before making the CTF (it is the pupil's identifier in every CTF)."] });
  });
});
