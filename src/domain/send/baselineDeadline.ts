import { addWeeks, daysBetween, type IsoDate } from '../dates/isoDates';
import type { Assessment } from './assessment';

/**
 * Baseline assessments are sat within the first four weeks of a pupil starting (SEND policy; the number of
 * weeks is the setting statutory.baselineAssessmentWeeks). The start is the placement start, or the enrolment
 * date when there is none.
 */
export interface BaselineStatus {
  readonly start: IsoDate;
  readonly deadline: IsoDate;
  /** The baselines recorded (any subject), earliest first. */
  readonly baselines: readonly Pick<Assessment, 'subject' | 'assessedOn'>[];
  /** 'done' when a baseline was recorded by the deadline; 'late' when only after it. */
  readonly state: 'done' | 'late' | 'due' | 'overdue';
  /** Days from today to the deadline (negative once past). */
  readonly daysLeft: number;
}

export function baselineDeadline(start: IsoDate, weeks: number): IsoDate {
  return addWeeks(start, weeks);
}

export function baselineStatus(
  pupil: { enrolmentDate: IsoDate; placementStart?: IsoDate },
  assessments: readonly Pick<Assessment, 'kind' | 'subject' | 'assessedOn'>[],
  today: IsoDate,
  weeks: number,
): BaselineStatus {
  const start = pupil.placementStart ?? pupil.enrolmentDate;
  const deadline = baselineDeadline(start, weeks);
  const baselines = assessments
    .filter((a) => a.kind === 'Baseline')
    .map((a) => ({ subject: a.subject, assessedOn: a.assessedOn }))
    .sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0));
  const daysLeft = daysBetween(today, deadline);
  let state: BaselineStatus['state'];
  if (baselines.some((b) => b.assessedOn <= deadline)) state = 'done';
  else if (baselines.length > 0) state = 'late';
  else state = today > deadline ? 'overdue' : 'due';
  return { start, deadline, baselines, state, daysLeft };
}
