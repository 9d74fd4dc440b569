/** Exit and transition plans for tests (fictional). */
import type { TransitionPlan, TransitionStep } from '../../src/domain';

export function transitionStep(overrides: Partial<TransitionStep> = {}): TransitionStep {
  return { what: 'Visit the home school with the lead tutor', owner: 'Lead tutor', dueOn: '2026-11-27', ...overrides };
}

/** An open plan for the pupil to return to the home school on 04/01/2027 with two steps, neither done. */
export function transitionPlanRecord(pupilId: number, overrides: Partial<TransitionPlan> = {}): TransitionPlan {
  return {
    pupilId,
    destinationKind: 'Return to the home school',
    plannedOn: '2027-01-04',
    status: 'Planning',
    reviewOn: '2026-12-11',
    steps: [transitionStep(), transitionStep({ what: 'Phased timetable at the home school: two mornings', owner: 'Home school SENCO', dueOn: '2026-12-07' })],
    createdBy: 'senco@pathways.example.org',
    ...overrides,
  };
}
