import { censusProblems, senCensusCsv, type CensusPupil } from '../../../src/domain/send/censusExport';
import { pupilSchema } from '../../../src/domain';
import { issuesOf } from '../helpers';

const pupil = (ref: string, overrides: Partial<Record<keyof CensusPupil, unknown>> = {}): CensusPupil =>
  ({
    pupilRef: ref,
    firstName: 'Tomos',
    lastName: 'Vale',
    dateOfBirth: '2012-04-09',
    yearGroup: '9',
    enrolmentDate: '2026-09-02',
    senProvision: 'K',
    primaryNeed: 'SEMH',
    secondaryNeed: 'SLCN',
    ...overrides,
  }) as CensusPupil;

describe('SEN census CSV', () => {
  it('lists provision and needs ranked 1 and 2 for pupils on roll on the census date, by surname', () => {
    const out = senCensusCsv(
      [
        pupil('PH-2', { lastName: 'Yates', senProvision: 'N', primaryNeed: undefined, secondaryNeed: undefined }),
        pupil('PH-1'),
        pupil('PH-3', { lastName: 'Abbot', leavingDate: '2026-12-01' }),
        pupil('PH-4', { lastName: 'Birch', enrolmentDate: '2027-02-01' }),
      ],
      '2027-01-21',
    );
    expect(out.problems).toEqual([]);
    expect(out.rows).toBe(2);
    expect(out.csv).toBe(
      '\uFEFFPupil reference,Surname,Forename,Date of birth,Year group,SEN provision,SEN type ranking 1,SEN type ranking 2\r\n' +
        'PH-1,Vale,Tomos,09/04/2012,9,K,SEMH,SLCN\r\n' +
        'PH-2,Yates,Tomos,09/04/2012,9,N,,\r\n',
    );
  });

  it('refuses the whole export when a line would be wrong, naming the pupil and field', () => {
    const out = senCensusCsv([pupil('PH-1'), pupil('PH-5', { primaryNeed: 'BESD' }), pupil('PH-6', { secondaryNeed: 'SEMH' })], '2027-01-21');
    expect(out.csv).toBeUndefined();
    expect(out.problems).toEqual([
      { pupilRef: 'PH-5', field: 'primaryNeed', message: expect.stringContaining("'BESD' is not a census need code (BESD was replaced by SEMH") },
      { pupilRef: 'PH-6', field: 'secondaryNeed', message: 'Secondary need must differ from the primary need' },
    ]);
  });

  it('names an unknown provision code and a need without provision', () => {
    expect(censusProblems(pupil('PH-7', { senProvision: 'S' }))[0].message).toMatch(/^'S' is not a census SEN provision code \(S \(statement\) was replaced by E/);
    expect(censusProblems(pupil('PH-8', { senProvision: 'N', secondaryNeed: undefined }))).toEqual([
      { pupilRef: 'PH-8', field: 'primaryNeed', message: 'A need can only be recorded for a pupil with SEN support (K) or an EHC plan (E)' },
    ]);
  });

  it('the pupil schema gives the same specific message for an unknown code at the field', () => {
    const base = { pupilRef: 'PH-9', firstName: 'A', lastName: 'B', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02', registration: 'Single', supportTier: 'Universal', senProvision: 'K' };
    expect(issuesOf(pupilSchema, { ...base, primaryNeed: 'XYZ' }).primaryNeed).toEqual([expect.stringMatching(/^'XYZ' is not a census need code: use one of SPLD, MLD/)]);
    expect(issuesOf(pupilSchema, { ...base, senProvision: undefined }).senProvision).toEqual(['Choose the SEN provision (E, K or N)']);
    expect(issuesOf(pupilSchema, { ...base, primaryNeed: 'ASD', secondaryNeed: 'ASD' }).secondaryNeed).toEqual(['Secondary need must differ from the primary need']);
  });
});
