import { cohortForTerm, cohortProgressText, cohortSummary, mergeOutcomes, pupilsToRetry, type CohortOutcome } from '../../../src/domain';
import { pupilRecord } from '../../support/pupilBuilder';

const AUTUMN = { label: 'Autumn term 2026/27', start: '2026-09-02', end: '2026-12-18' };
const pupil = (id: number, ref: string, overrides: Parameters<typeof pupilRecord>[1] = {}) => ({ ...pupilRecord(ref, overrides), id });

describe('Termly progress reports for a cohort', () => {
  const pupils = [
    pupil(1, 'A', { lastName: 'Young', homeSchoolId: 5 }),
    pupil(2, 'B', { lastName: 'Adams', yearGroup: '9', homeSchoolId: 6 }),
    pupil(3, 'C', { lastName: 'Mills', leavingDate: '2026-07-20' }),
    pupil(4, 'D', { lastName: 'Brook', enrolmentDate: '2027-01-05' }),
    pupil(5, 'E', { lastName: 'Carter', enrolmentDate: '2026-11-30', homeSchoolId: 5 }),
    pupil(6, 'F', { lastName: 'Dunn', enrolmentDate: '2025-09-03', leavingDate: '2026-09-02' }),
  ];

  it('takes the pupils on roll on some day of the term up to today, by last name', () => {
    expect(cohortForTerm(pupils, AUTUMN, '2026-12-18').map((p) => p.lastName)).toEqual(['Adams', 'Carter', 'Dunn', 'Young']);
    // Enrolled after today: not yet on roll this term.
    expect(cohortForTerm(pupils, AUTUMN, '2026-11-20').map((p) => p.lastName)).toEqual(['Adams', 'Dunn', 'Young']);
  });

  it('narrows to a home school and a year group', () => {
    expect(cohortForTerm(pupils, AUTUMN, '2026-12-18', { homeSchoolId: 5 }).map((p) => p.id)).toEqual([5, 1]);
    expect(cohortForTerm(pupils, AUTUMN, '2026-12-18', { yearGroup: '9' }).map((p) => p.id)).toEqual([2]);
    expect(cohortForTerm(pupils, AUTUMN, '2026-12-18', { homeSchoolId: 5, yearGroup: '9' })).toEqual([]);
  });

  it('says which pupil is in hand, and sums up what became of each report', () => {
    expect(cohortProgressText(12, 40, 'Sam Carter')).toBe('Generating 12 of 40: Sam Carter…');
    const outcomes: CohortOutcome[] = [
      { pupilId: 1, name: 'A Young', status: 'filed', fileName: 'A.docx', leftOut: 0 },
      { pupilId: 2, name: 'B Adams', status: 'failed', reason: 'SharePoint was busy.' },
      { pupilId: 3, name: 'C Mills', status: 'cancelled' },
    ];
    expect(cohortSummary(outcomes).text).toBe('1 of 3 reports filed; 1 failed; 1 not made (cancelled).');
    expect(pupilsToRetry(outcomes)).toEqual([2, 3]);
    const after = mergeOutcomes(outcomes, [
      { pupilId: 2, name: 'B Adams', status: 'filed', fileName: 'B.docx', leftOut: 0 },
      { pupilId: 3, name: 'C Mills', status: 'filed', fileName: 'C.docx', leftOut: 0 },
    ]);
    expect(after.map((o) => o.status)).toEqual(['filed', 'filed', 'filed']);
    expect(cohortSummary(after).text).toBe('3 of 3 reports filed.');
  });
});
