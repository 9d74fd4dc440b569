import type { MeetingKind } from '../vocabulary';
import type { DueItem } from './dueItem';

/** Meeting kinds that count as the same series when the next review is looked for. */
const SERIES: Record<MeetingKind, readonly MeetingKind[]> = {
  'Placement review': ['Placement review'],
  'PIP review': ['PIP review'],
  'EHCP annual review': ['EHCP annual review', 'EHCP interim review'],
  'EHCP interim review': ['EHCP interim review', 'EHCP annual review'],
  'PEP review': ['PEP review'],
  'SEN support review': [],
  'Attendance meeting': [],
  'Transition meeting': [],
};

/**
 * After a meeting has been held, the next review of the same series as the calendar now has it (pass the due
 * items worked out with the held meeting included), or undefined when the kind has no statutory cycle or nothing
 * is due. Items with a meeting already planned are skipped.
 */
export function nextReviewAfter(kind: MeetingKind, pupilId: number, items: readonly DueItem[]): DueItem | undefined {
  const series = SERIES[kind];
  return items
    .filter((i) => i.pupilId === pupilId && i.meetingKind !== undefined && series.indexOf(i.meetingKind) >= 0 && i.planned === undefined)
    .sort((a, b) => (a.actBy < b.actBy ? -1 : a.actBy > b.actBy ? 1 : 0))[0];
}
