import { stageOfCumulative, type AttendanceStage } from '../attendance/stages';
import type { MarkForStats, StatsSettings } from '../attendance/stats';
import { addDays, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { PipStatus } from '../vocabulary';
import { pipReviewStatus } from '../pip/reviewDates';

/**
 * What the commissioning schools' list view shows at a glance on each pupil (cached on the pupil item, because
 * SharePoint list views cannot compute it): the attendance stage for the year so far, and the PIP status with the
 * next review.
 */
export const PIP_LIST_STATUSES = ['None', 'Active', 'Review due', 'Overdue'] as const;
export type PipListStatus = (typeof PIP_LIST_STATUSES)[number];

export interface PupilListSummary {
  readonly attendanceStage: AttendanceStage | null;
  readonly pipStatus: PipListStatus;
  readonly nextReview: IsoDate | null;
}

export interface PipForSummary {
  readonly status: PipStatus;
  readonly startDate: IsoDate;
  readonly plannedEndDate: IsoDate;
  /** Dates of the reviews held. */
  readonly reviewDates: readonly IsoDate[];
}

/** A PIP review due within this many days shows as "Review due". */
export const REVIEW_DUE_WITHIN_DAYS = 7;

export function pupilListSummary(
  marks: readonly MarkForStats[],
  pips: readonly PipForSummary[],
  today: IsoDate,
  settings: StatsSettings & Pick<SchoolSettings, 'stageBoundaries' | 'pipReviewIntervalWeeks' | 'terms' | 'closures'>,
): PupilListSummary {
  const attendanceStage = stageOfCumulative(marks, settings);
  const active = pips.filter((p) => p.status === 'Active' && p.startDate <= today);
  if (active.length === 0) return { attendanceStage, pipStatus: 'None', nextReview: null };
  const statuses = active.map((p) => pipReviewStatus(p, p.reviewDates, today, settings));
  const next = statuses.map((s) => s.actBy).sort()[0];
  const pipStatus: PipListStatus = statuses.some((s) => s.overdue || s.pastEnd)
    ? 'Overdue'
    : next <= addDays(today, REVIEW_DUE_WITHIN_DAYS)
      ? 'Review due'
      : 'Active';
  return { attendanceStage, pipStatus, nextReview: next };
}
