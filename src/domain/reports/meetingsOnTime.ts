import { addDays, type IsoDate } from '../dates/isoDates';
import { londonToday } from '../dates/londonTime';
import { meetingDay } from '../meetings/meetingTime';
import { dueCalendar, type DueCalendarInput, type DueMeeting, type DuePip, type DuePupil } from '../meetings/dueCalendar';
import { DUE_KIND_LABELS, type DueKind } from '../meetings/dueItem';
import type { NotificationRecord } from '../notifications/notificationRecord';

/**
 * "Meetings and notifications on time" for the report to leaders and governors. Review meetings: each one the due
 * calendar (src/domain/meetings/dueCalendar) says fell due in the period, placed by replaying the calendar on the
 * day before each review was held (with only the reviews held before it), so the due date is the domain's own rule
 * (placement, PIP, EHC termly and annual, PEP). Notifications: the log's outcome of each entry last tried in the
 * period. The log records no trigger time, so how soon a message followed its trigger is not reported.
 */

export const REVIEW_DUE_KINDS = ['placement-review', 'pip-review', 'ehcp-termly-review', 'ehcp-annual-review', 'pep-review'] as const satisfies readonly DueKind[];
export type ReviewDueKind = (typeof REVIEW_DUE_KINDS)[number];

export interface ReviewTimelinessRow {
  readonly kind: ReviewDueKind;
  readonly label: string;
  /** Fell due in the period. */
  readonly due: number;
  readonly heldOnTime: number;
  readonly heldLate: number;
  /** Not yet held and past its due date at the end of the period. */
  readonly overdue: number;
}

export interface NotificationTimelinessRow {
  readonly kind: string;
  readonly sent: number;
  readonly failed: number;
  readonly pending: number;
}

export interface MeetingsOnTime {
  readonly reviews: readonly ReviewTimelinessRow[];
  readonly notifications: readonly NotificationTimelinessRow[];
  /** What the records cannot tell, said in the report. */
  readonly notRecorded: readonly string[];
}

export interface MeetingsOnTimeInput {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly settings: DueCalendarInput['settings'];
  readonly pupils: readonly DuePupil[];
  readonly meetings: readonly DueMeeting[];
  /** The PIPs with, for those that have ended, the day they ended (so their reviews are placed as they stood). */
  readonly pips?: readonly (DuePip & { readonly endedOn?: IsoDate })[];
  readonly pipReviews?: DueCalendarInput['pipReviews'];
  /** The log was read only back to a limit: earlier entries of the period may be missing. */
  readonly notificationsTruncated?: boolean;
  /** Why the notification log could not be read (then no notification is counted, and the report says so). */
  readonly notificationsUnread?: string;
  readonly notifications: readonly Pick<NotificationRecord, 'kind' | 'outcome' | 'lastAttempt'>[];
}

const REVIEW_KIND_OF: Partial<Record<DueMeeting['kind'], ReviewDueKind[]>> = {
  'Placement review': ['placement-review'],
  'PIP review': ['pip-review'],
  'EHCP interim review': ['ehcp-termly-review'],
  'EHCP annual review': ['ehcp-annual-review', 'ehcp-termly-review'],
  'PEP review': ['pep-review'],
};

/**
 * The PIPs as they stood on a day: the due calendar looks only at active PIPs, so one that has ended since (ended on,
 * else its planned end) was still active that day and its reviews were due by the PIP rule.
 */
function pipsAsOn(pips: MeetingsOnTimeInput['pips'], pupilId: number, day: IsoDate): DuePip[] {
  return (pips ?? [])
    .filter((p) => p.pupilId === pupilId)
    .map((p) => (p.status === 'Ended' && (p.endedOn ?? p.plannedEndDate) >= day ? { ...p, status: 'Active' as const } : p));
}

export function meetingsOnTime(input: MeetingsOnTimeInput): MeetingsOnTime {
  const { from, to, settings } = input;
  const tally = new Map<ReviewDueKind, { due: number; heldOnTime: number; heldLate: number; overdue: number }>(
    REVIEW_DUE_KINDS.map((k) => [k, { due: 0, heldOnTime: 0, heldLate: 0, overdue: 0 }]),
  );
  for (const pupil of input.pupils) {
    const mine = input.meetings.filter((m) => m.pupilId === pupil.id);
    const held = mine.filter((m) => m.status === 'Held').sort((a, b) => (a.start < b.start ? -1 : 1));
    // PIP reviews are also recorded on the PIP itself (with or without a meeting): one event a day and kind.
    const pipIds = new Set((input.pips ?? []).filter((p) => p.pupilId === pupil.id).map((p) => p.id));
    const events = new Map<string, { kind: DueMeeting['kind']; day: IsoDate }>();
    for (const m of held) events.set(`${m.kind}|${meetingDay(m)}`, { kind: m.kind, day: meetingDay(m) });
    for (const r of (input.pipReviews ?? []).filter((x) => pipIds.has(x.pipId))) events.set(`PIP review|${r.reviewDate}`, { kind: 'PIP review', day: r.reviewDate });
    // Each review held: what the calendar said was due the day before, from the reviews held before it.
    for (const { kind, day } of [...events.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) {
      // Held after the period: at its end the review was still not held (counted below as overdue).
      if (day > to) continue;
      const replayPupil: DuePupil = {
        ...pupil,
        lastPlacementReview: pupil.lastPlacementReview !== undefined && pupil.lastPlacementReview < day ? pupil.lastPlacementReview : undefined,
        ehcpLastReview: pupil.ehcpLastReview !== undefined && pupil.ehcpLastReview < day ? pupil.ehcpLastReview : undefined,
      };
      const items = dueCalendar({
        today: addDays(day, -1),
        settings,
        pupils: [replayPupil],
        meetings: held.filter((x) => meetingDay(x) < day),
        pips: pipsAsOn(input.pips, pupil.id, addDays(day, -1)),
        pipReviews: input.pipReviews?.filter((r) => r.reviewDate < day),
      }).items;
      // The item this review meets: of its own kind first; the earliest not yet past, else the latest past (held late).
      const item = (REVIEW_KIND_OF[kind] ?? [])
        .map((kind) => {
          const mine = items.filter((i) => i.kind === kind && i.dueDate >= from && i.dueDate <= to).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
          return mine.find((i) => i.dueDate >= day) ?? mine[mine.length - 1];
        })
        .find((i) => i !== undefined);
      if (item === undefined) continue;
      const t = tally.get(item.kind as ReviewDueKind);
      if (!t) continue;
      t.due += 1;
      if (day <= item.dueDate) t.heldOnTime += 1;
      else t.heldLate += 1;
    }
    // What is still not held at the end of the period and past its due date.
    const now = dueCalendar({
      today: to,
      settings,
      pupils: [pupil],
      meetings: held.filter((x) => meetingDay(x) <= to),
      pips: pipsAsOn(input.pips, pupil.id, to),
      pipReviews: input.pipReviews?.filter((r) => r.reviewDate <= to),
    });
    for (const i of now.items) {
      const t = tally.get(i.kind as ReviewDueKind);
      if (!t || i.dueDate < from || i.dueDate >= to) continue;
      t.due += 1;
      t.overdue += 1;
    }
  }
  const byKind = new Map<string, NotificationTimelinessRow>();
  for (const n of input.notifications) {
    if (n.lastAttempt === undefined) continue;
    const day = londonToday(new Date(n.lastAttempt));
    if (day < from || day > to) continue;
    const r = byKind.get(n.kind) ?? { kind: n.kind, sent: 0, failed: 0, pending: 0 };
    byKind.set(n.kind, { ...r, sent: r.sent + (n.outcome === 'Sent' ? 1 : 0), failed: r.failed + (n.outcome === 'Failed' ? 1 : 0), pending: r.pending + (n.outcome === 'Pending' ? 1 : 0) });
  }
  return {
    reviews: REVIEW_DUE_KINDS.map((kind) => ({ kind, label: DUE_KIND_LABELS[kind], ...(tally.get(kind) as { due: number; heldOnTime: number; heldLate: number; overdue: number }) })),
    notifications: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    notRecorded: [
      'How soon each notification followed what triggered it: the notification log records when a message was last tried, not when the event that called for it happened.',
      'Notifications never tried (still pending with no attempt) are not counted in any period.',
      ...(input.notificationsUnread !== undefined ? [`The notification log could not be read (${input.notificationsUnread}): no notification is counted.`] : []),
      ...(input.notificationsTruncated ? ['Only the newest entries of the notification log were read: earlier messages of the period may be missing from these counts.'] : []),
    ],
  };
}

/** One plain-English line: "12 review meetings fell due: 9 held on time, 2 late, 1 not yet held. 30 notifications sent, 1 failed." */
export function onTimeSummary(r: MeetingsOnTime): string {
  const sum = (f: (x: ReviewTimelinessRow) => number): number => r.reviews.reduce((t, x) => t + f(x), 0);
  const sent = r.notifications.reduce((t, x) => t + x.sent, 0);
  const failed = r.notifications.reduce((t, x) => t + x.failed, 0);
  const due = sum((x) => x.due);
  return (
    `${due} review ${due === 1 ? 'meeting' : 'meetings'} fell due in the period: ${sum((x) => x.heldOnTime)} held on time, ${sum((x) => x.heldLate)} held late, ` +
    `${sum((x) => x.overdue)} not yet held and overdue. ${sent} ${sent === 1 ? 'notification' : 'notifications'} sent, ${failed} failed.`
  );
}
