import { daysBetween, type IsoDate } from '../dates/isoDates';
import type { MeetingKind, MeetingStatus } from '../vocabulary';
import type { DeadlineMove } from './deadlines';

/** Everything the service must hold, send or answer by a date (SEND policies, facts sheet §6 and §8). */
export const DUE_KINDS = [
  'placement-review',
  'pip-review',
  'ehcp-termly-review',
  'ehcp-annual-review',
  'ehcp-invitations',
  'ehcp-papers',
  'ehcp-report',
  'ehcp-la-decision',
  'phase-transfer',
  'pep-review',
  'baseline-assessment',
  'la-information-request',
  'draft-plan-comments',
  'ehc-assessment-decision',
  'ehc-assessment-draft',
  'ehc-assessment-final',
  'transition-plan-review',
  'transition-meeting',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export const DUE_KIND_LABELS: Record<DueKind, string> = {
  'placement-review': 'Placement review with the home school',
  'pip-review': 'PIP review',
  'ehcp-termly-review': 'EHC plan termly review',
  'ehcp-annual-review': 'EHC plan annual review',
  'ehcp-invitations': 'Send the annual review invitations',
  'ehcp-papers': 'Circulate the advice and papers for the annual review',
  'ehcp-report': 'Send the annual review report to everyone invited',
  'ehcp-la-decision': "The LA's decision on the EHC plan is due",
  'phase-transfer': 'EHC plan reviewed and amended for the phase transfer',
  'pep-review': 'PEP review',
  'baseline-assessment': 'Baseline assessment',
  'la-information-request': 'Reply to the LA request for information',
  'draft-plan-comments': 'Comments on the draft EHC plan',
  'ehc-assessment-decision': 'EHC needs assessment: the LA decides whether to assess',
  'ehc-assessment-draft': 'EHC needs assessment: the draft plan, or notice that no plan will be issued',
  'ehc-assessment-final': 'EHC needs assessment: the final EHC plan is issued',
  'transition-plan-review': 'Look at the transition plan again',
  'transition-meeting': 'Transition meeting before the pupil moves on',
};

/** The meeting a due item is met by, when it is a meeting (tasks such as sending the report have none). */
export const DUE_KIND_MEETING: Partial<Record<DueKind, MeetingKind>> = {
  'placement-review': 'Placement review',
  'pip-review': 'PIP review',
  'ehcp-termly-review': 'EHCP interim review',
  'ehcp-annual-review': 'EHCP annual review',
  'phase-transfer': 'EHCP annual review',
  'pep-review': 'PEP review',
  'transition-meeting': 'Transition meeting',
};

/** A meeting already arranged (Draft or Scheduled) that will meet the item. */
export interface PlannedMeeting {
  readonly id: number;
  readonly start: string;
  readonly status: MeetingStatus;
  /** Its Outlook invitation exists. */
  readonly invited: boolean;
}

export interface DueItem {
  readonly pupilId: number;
  readonly kind: DueKind;
  readonly label: string;
  /** The date the statutory or policy period ends. */
  readonly dueDate: IsoDate;
  /** The last school day on or before dueDate: the day to act by. */
  readonly actBy: IsoDate;
  readonly moved?: DeadlineMove;
  /** What the date is worked out from, in plain words ("6 weeks after the last review on 02/10/2026"). */
  readonly basis: string;
  /** Anything else staff should know (a moved deadline, a possible exemption). */
  readonly notes: readonly string[];
  /** The meeting kind to arrange, for items met by a meeting. */
  readonly meetingKind?: MeetingKind;
  readonly planned?: PlannedMeeting;
  /** The record the item is about: the LA request, or the meeting held (report, LA decision). */
  readonly sourceId?: number;
}

export type DueStatus = 'overdue' | 'due-soon' | 'upcoming';

export const DUE_STATUS_LABELS: Record<DueStatus, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
};

/** Overdue once the period has ended; due soon from `soonDays` before the act-by day. */
export function dueStatus(item: Pick<DueItem, 'dueDate' | 'actBy'>, today: IsoDate, soonDays = 14): DueStatus {
  if (today > item.dueDate) return 'overdue';
  return daysBetween(today, item.actBy) <= soonDays ? 'due-soon' : 'upcoming';
}

/** Items in the order staff work through them: earliest act-by first, then pupil, then kind. */
export function compareDueItems(a: DueItem, b: DueItem): number {
  if (a.actBy !== b.actBy) return a.actBy < b.actBy ? -1 : 1;
  if (a.pupilId !== b.pupilId) return a.pupilId - b.pupilId;
  return DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind);
}
