/** The one builder each for a target, an assessment, a learning-log entry, a support plan and an EHC request in tests: a valid record, then the caller's overrides. Fictional. */
import type { Assessment, EhcRequest, LearningLog, LearningLogEntry, SupportPlanInput, Target } from '../../src/domain';

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

/** The autumn term's learning log with maths. */
export function learningLogRecord(pupilId: number, overrides: Partial<LearningLog> = {}): LearningLog {
  return { pupilId, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Ms Example' }], ...overrides };
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

/** An APDR cycle started on Monday 14/09/2026 with a costed provision map and a one-page profile. */
export function supportPlanRecord(pupilId: number, overrides: Partial<SupportPlanInput> = {}): SupportPlanInput {
  return {
    pupilId,
    cycleStart: '2026-09-14',
    assessed: 'Reading fluency and comprehension',
    assessmentTools: ['York Assessment of Reading for Comprehension'],
    provision: [
      { description: 'Precision teaching, reading', frequency: '3 × 20 minutes a week', provider: 'Teaching assistant', costPerYear: 1850.5 },
      { description: 'Speech and language therapy', frequency: 'Fortnightly', provider: 'NHS SLT', costPerYear: 4500 },
    ],
    profile: { likeAndAdmire: 'Kind to younger pupils', mattersToMe: 'Football', howToSupport: 'Warn before changes' },
    ...overrides,
  };
}

/** The local authority's request for advice and information, received on Monday 02/11/2026. */
export function ehcRequestRecord(pupilId: number, overrides: Partial<EhcRequest> = {}): EhcRequest {
  return { pupilId, kind: 'LA information request', receivedOn: '2026-11-02', reference: 'EHC-2026-0042', ...overrides };
}

/** A request for an EHC needs assessment the LA received on 02/11/2026, with no decision yet. */
export function needsAssessmentRequest(pupilId: number, overrides: Partial<EhcRequest> = {}): EhcRequest {
  return ehcRequestRecord(pupilId, { kind: 'Needs assessment request', reference: undefined, requestedBy: 'The home school with Pathways', ...overrides });
}
