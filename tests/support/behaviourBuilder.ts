/** The one builder for behaviour and engagement log entries and SEMH focus profiles in tests: valid records, then the caller's overrides. Fictional. */
import type { BehaviourLogEntry, SemhProfile } from '../../src/domain';

/** An engagement rating for a group lesson at 10:15 London time on Friday 20/11/2026. */
export function engagementEntry(pupilId: number, overrides: Partial<BehaviourLogEntry> = {}): Omit<BehaviourLogEntry, 'day'> & Partial<Pick<BehaviourLogEntry, 'day'>> {
  return {
    pupilId,
    kind: 'Engagement',
    at: '2026-11-20T10:15:00Z',
    lessonKind: 'Group lesson',
    lesson: 'Maths',
    engagement: 4,
    indicators: ['Settles to work', 'Asks for help'],
    recordedBy: 'rowan.ash@pathways.example.org',
    ...overrides,
  };
}

/** An incident with what, where, who, the action and the outcome. */
export function incidentEntry(pupilId: number, overrides: Partial<BehaviourLogEntry> = {}): Omit<BehaviourLogEntry, 'day'> & Partial<Pick<BehaviourLogEntry, 'day'>> {
  return engagementEntry(pupilId, {
    kind: 'Incident',
    engagement: undefined,
    indicators: ['Leaves the room'],
    what: 'Left the lesson after a disagreement over a seat',
    where: 'Classroom 2, then the corridor',
    involved: 'The pupil and the lead tutor',
    action: 'Calm space offered, lead tutor talked it through',
    outcome: 'Returned after ten minutes and finished the task',
    ...overrides,
  });
}

/** A 6-week SEMH focus profile started on Monday 02/11/2026, reviewed on Friday 11/12/2026 unless overridden. */
export function semhProfileRecord(pupilId: number, overrides: Partial<SemhProfile> = {}): SemhProfile {
  return {
    pupilId,
    group: 'WPA group',
    startsOn: '2026-11-02',
    reviewDueOn: '2026-12-14',
    focus: [
      { need: 'Manages frustration', strategy: 'Agreed signal to take a short break' },
      { need: 'Works with others', strategy: 'Paired tasks with a chosen partner' },
    ],
    pupilViews: 'I want to stay in lessons when I get annoyed.',
    createdBy: 'semh.lead@pathways.example.org',
    ...overrides,
  };
}
