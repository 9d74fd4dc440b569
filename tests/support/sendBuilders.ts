/** The one builder each for a target, an assessment and a learning-log entry in tests: a valid record, then the caller's overrides. Fictional. */
import type { Assessment, LearningLogEntry, Target } from '../../src/domain';

export function targetRecord(pupilId: number, overrides: Partial<Target> = {}): Target {
  return {
    pupilId,
    source: 'SEN support plan',
    outcome: 'Reads a short text aloud to an adult each week',
    measure: 'Reading record signed weekly',
    dueDate: '2026-12-18',
    progress: [],
    closed: false,
    ...overrides,
  };
}

export function assessmentRecord(pupilId: number, overrides: Partial<Assessment> = {}): Assessment {
  return { pupilId, kind: 'Half-termly tracking', subject: 'Maths', assessedOn: '2026-10-20', score: 90, ...overrides } as Assessment;
}

export function learningEntryRecord(pupilId: number, overrides: Partial<LearningLogEntry> = {}): LearningLogEntry {
  return {
    logId: 1,
    pupilId,
    subject: 'Maths',
    entryDate: '2026-10-05',
    teacher: 'Ms Example',
    entry: 'Worked through fractions with growing confidence.',
    highlight: false,
    ...overrides,
  };
}
