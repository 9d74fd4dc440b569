/** The one builder for a PIP and for a PIP review in tests: a valid record, then the caller's overrides. Fictional. */
import type { Pip, PipReview } from '../../src/domain';

export function pipRecord(pupilId: number, overrides: Partial<Pip> = {}): Pip {
  return {
    pupilId,
    status: 'Active',
    startDate: '2026-09-07',
    plannedEndDate: '2026-12-18',
    reasons: ['Extended period of non-attendance'],
    interventions: [],
    targets: ['Attend every timetabled session for three weeks'],
    timetables: [{ effectiveFrom: '2026-09-07', slots: [{ day: 'Monday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'English and maths' }] }],
    notBehaviourManagement: true,
    parentSignOff: { name: 'Morgan Hale', date: '2026-09-03', relationship: 'Mother', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Ash' },
    serviceSignOff: { name: 'Rowan Ash', date: '2026-09-03' },
    ...overrides,
  };
}

export function pipReviewRecord(pipId: number, pupilId: number, overrides: Partial<PipReview> = {}): PipReview {
  return {
    pipId,
    pupilId,
    reviewDate: '2026-10-16',
    targetOutcomes: [{ target: 'Attend every timetabled session for three weeks', outcome: 'Met' }],
    timetable: { days: [], slots: [] },
    totalHours: 0,
    decision: 'Continue',
    ...overrides,
  };
}
