/** A term of a small fictional service for the leaders' and governors' report tests: four pupils, a week of registers, two PIPs. */
import { supportPlanSchema, termPeriods, type LeadersReportInput, type SchoolSettings } from '../../src/domain';
import { assessmentRecord, supportPlanRecord, targetRecord } from './sendBuilders';
import { pipRecord } from './pipBuilder';
import { pupilRecord } from './pupilBuilder';
import { settingsWith } from './settingsBuilders';

export const leadersSettings: SchoolSettings = settingsWith({
  reports: { national: { academicYear: '2024/25', overallAbsencePercent: 6.9, persistentAbsencePercent: 17.8, source: 'Test figures, not published ones' }, longPipWeeks: 8, governorPupilDetail: 'Counts only' },
});
const autumn = termPeriods(leadersSettings).find((p) => p.label === 'Autumn term 2026/27');
if (!autumn) throw new Error('The default settings have no Autumn term 2026/27');
export const AUTUMN = autumn;

const WEEK = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'];
const week = (pupilId: number, codes: readonly string[]) => WEEK.flatMap((date, i) => [{ pupilId, date, session: 'AM' as const, code: codes[i * 2] }, { pupilId, date, session: 'PM' as const, code: codes[i * 2 + 1] }]);

export function leadersInput(change: Partial<LeadersReportInput> = {}): LeadersReportInput {
  return {
    period: AUTUMN,
    today: '2026-11-20',
    audience: 'leaders',
    settings: leadersSettings,
    pupils: [
      { ...pupilRecord('PH-0001', { firstName: 'Ash', lastName: 'Alder', fsm: true, senProvision: 'E', primaryNeed: 'SEMH', supportTier: 'Specialist offer', homeSchoolId: 5, ehcpLastReview: '2025-10-01' }), id: 1 },
      { ...pupilRecord('PH-0002', { firstName: 'Bo', lastName: 'Birch', senProvision: 'K', primaryNeed: 'ASD', homeSchoolId: 5 }), id: 2 },
      { ...pupilRecord('PH-0003', { firstName: 'Cy', lastName: 'Cedar', enrolmentDate: '2026-01-05', leavingDate: '2026-07-20' }), id: 3 },
      { ...pupilRecord('PH-0004', { firstName: 'Di', lastName: 'Dogwood', senProvision: 'E', primaryNeed: 'SLCN', ehcpLastReview: '2026-03-01' }), id: 4 },
    ],
    schoolNames: new Map([[5, 'Example Academy']]),
    marks: [...week(1, ['/', 'O', '/', '/', '/', 'O', '/', '/', '/', '/']), ...week(2, Array(10).fill('/')), { pupilId: 3, date: '2026-07-01', code: 'O' }],
    pips: [
      { ...pipRecord(1, { startDate: '2026-09-07', plannedEndDate: '2026-12-18' }), id: 11 },
      { ...pipRecord(2, { startDate: '2026-10-05', plannedEndDate: '2026-10-30', status: 'Ended', endedOn: '2026-10-30', timetables: [{ effectiveFrom: '2026-10-05', slots: [{ day: 'Tuesday', start: '09:00', end: '15:00', location: 'Centre', curriculum: 'All' }] }] }), id: 12 },
    ],
    pipReviews: [{ pipId: 11, reviewDate: '2026-10-16' }],
    meetings: [],
    notifications: [],
    ...change,
  };
}

/**
 * Support plans for the term: Ash Alder's (SEMH) two lines from 14/09/2026, reviewed 16/11/2026, with four targets
 * (met at a review meeting, partly by rating, not met by the rating before the review, none) and a maths result
 * up from baseline; Bo Birch's (ASD) one line from 02/11/2026, not reviewed, with attendance before it (half its sessions in July's register).
 */
export function provisionRecords(): NonNullable<LeadersReportInput['provision']> {
  const october = ['2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'].flatMap((date) => [
    { pupilId: 2, date, session: 'AM' as const, code: '/' },
    { pupilId: 2, date, session: 'PM' as const, code: 'O' },
  ]);
  return {
    plans: [
      { ...supportPlanSchema.parse(supportPlanRecord(1, { reviewDate: '2026-11-16', targetIds: [31] })), id: 21 },
      { ...supportPlanSchema.parse(supportPlanRecord(2, { cycleStart: '2026-11-02', provision: [{ description: 'precision teaching,  reading', frequency: 'Daily', provider: 'TA', costPerYear: 1000 }] })), id: 22 },
      { ...supportPlanSchema.parse(supportPlanRecord(1, { cycleStart: '2026-03-02', reviewDate: '2026-07-01' })), id: 23 },
    ],
    targets: [
      { ...targetRecord(1, { source: 'PIP' }), id: 31 },
      { ...targetRecord(1, { sourceId: 21, progress: [{ date: '2026-11-01', note: 'Some progress', rating: 3 }] }), id: 32 },
      { ...targetRecord(1, { sourceId: 21, progress: [{ date: '2026-10-01', note: 'Not started', rating: 1 }, { date: '2026-11-18', note: 'Achieved after the review', rating: 5 }] }), id: 33 },
      { ...targetRecord(1, { sourceId: 21 }), id: 34 },
      { ...targetRecord(2, { sourceId: 22 }), id: 35 },
      { ...targetRecord(2, { sourceId: 99 }), id: 36 },
    ],
    assessments: [
      assessmentRecord(1, { kind: 'Baseline', assessedOn: '2026-09-10', score: 80 }),
      assessmentRecord(1, { kind: 'Half-termly tracking', assessedOn: '2026-10-20', score: 90 }),
    ],
    meetings: [{ pupilId: 1, status: 'Held', start: '2026-11-10T10:00:00Z', targetOutcomes: [{ targetId: 31, outcome: 'Met' }] }],
    earlierMarks: october,
  };
}
