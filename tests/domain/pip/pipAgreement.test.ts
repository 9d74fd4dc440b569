import { agreementText, letterRecordSchema, pipActivationIssues, pipAgreementSchema, pipFlags, DEFAULT_SETTINGS, type PipAgreement } from '../../../src/domain';
import { pipRecord } from '../../support/pipBuilder';

const written: PipAgreement = { name: 'Jo Carter', date: '2026-09-03', relationship: 'Mother', method: 'Signed form uploaded', fileId: 12 };
const messages = (issues: { path: (string | number)[]; message: string }[]): Record<string, string> =>
  Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

describe("the parent/carer's written agreement to a PIP", () => {
  test('a PIP becomes active only with who agreed, their relationship, the date and how it was given', () => {
    const draft = { status: 'Draft' };
    expect(pipActivationIssues({ status: 'Active', parentSignOff: written }, draft, '2026-09-04')).toEqual([]);
    expect(messages(pipActivationIssues({ status: 'Active', parentSignOff: undefined }, draft, '2026-09-04'))).toEqual({
      parentSignOff: "A PIP cannot be made active without the parent/carer's written agreement: record who agreed, when and how",
    });
    // Only a name and a date (as PIPs were recorded before): not written agreement.
    expect(messages(pipActivationIssues({ status: 'Active', parentSignOff: { name: 'Jo Carter', date: '2026-09-03' } }, undefined, '2026-09-04'))).toEqual({
      'parentSignOff.relationship': 'Give the relationship to the pupil of the person who agreed (for example Mother, Foster carer)',
      'parentSignOff.method': 'Choose how the written agreement was given: a signed form uploaded, or recorded in Pathways Hub',
    });
    expect(messages(pipActivationIssues({ status: 'Active', parentSignOff: { ...written, date: '2026-09-05' } }, draft, '2026-09-04'))).toEqual({
      'parentSignOff.date': 'The agreement is dated 05/09/2026, after today: record it once it has been given',
    });
  });

  test('a Draft, and a PIP already active before the details were kept, are not held back (the flag asks for them)', () => {
    const legacy = { status: 'Active', parentSignOff: { name: 'Jo Carter', date: '2026-09-03' } };
    expect(pipActivationIssues({ status: 'Draft', parentSignOff: undefined }, undefined, '2026-09-04')).toEqual([]);
    expect(pipActivationIssues(legacy, { status: 'Active' }, '2026-09-04')).toEqual([]);
    const pupil = { firstName: 'Sam', lastName: 'Carter', pupilRef: 'PH-0001', lac: false, senProvision: 'K' as const };
    const flags = pipFlags(pipRecord(1, { parentSignOff: legacy.parentSignOff }), pupil, [], '2026-09-08', DEFAULT_SETTINGS).map((f) => f.kind);
    expect(flags).toContain('agreement-incomplete');
    expect(pipFlags(pipRecord(1, { parentSignOff: written }), pupil, [], '2026-09-08', DEFAULT_SETTINGS).map((f) => f.kind)).not.toContain('agreement-incomplete');
  });

  test('a signed form must be filed, and a form recorded in Pathways Hub names who recorded it', () => {
    const issues = (a: unknown): string[] => {
      const r = pipAgreementSchema.safeParse(a);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ ...written, fileId: undefined })).toEqual(["fileId: Upload the signed agreement form (a scan or photo): it is filed in the pupil's folder"]);
    expect(issues({ ...written, method: 'Recorded in Pathways Hub' })).toEqual([
      'method: A signed form is filed: choose "Signed form uploaded"',
      'recordedBy: Give the name of the member of staff the agreement was given to',
    ]);
    expect(issues({ name: 'Jo Carter', date: '2026-09-03', relationship: 'Mother', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Hale' })).toEqual([]);
  });

  test('the agreement in words, for the PIP and its printout', () => {
    expect(agreementText(written)).toBe('Jo Carter (Mother), 03/09/2026: signed form filed in the pupil’s folder');
    expect(agreementText({ name: 'Jo Carter', date: '2026-09-03', relationship: 'Mother', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Hale' })).toBe(
      'Jo Carter (Mother), 03/09/2026: recorded in Pathways Hub by Rowan Hale',
    );
    expect(agreementText({ name: 'Jo Carter', date: '2026-09-03' })).toBe('Jo Carter, 03/09/2026: how it was given is not recorded');
    expect(agreementText(undefined)).toBe('Not recorded');
  });

  test('the signed form is filed as a scan, a photo or a Word document, never anything else', () => {
    const letter = { pupilId: 1, pipId: 2, kind: 'PIP agreement', letterDate: '2026-09-03', fileName: 'PIP agreement 03-09-2026.pdf' };
    expect(letterRecordSchema.safeParse(letter).success).toBe(true);
    expect(letterRecordSchema.safeParse({ ...letter, fileName: 'agreement.JPG' }).success).toBe(true);
    const exe = letterRecordSchema.safeParse({ ...letter, fileName: 'agreement.exe' });
    expect(exe.success ? '' : exe.error.issues[0].message).toBe('Upload the signed form as a PDF, a photo (JPEG or PNG) or a Word document');
    // Letters are still Word, transfers XML.
    expect(letterRecordSchema.safeParse({ ...letter, kind: 'PIP timetable', fileName: 'letter.pdf' }).success).toBe(false);
  });
});
