/**
 * What needs doing today, worked out from the records by the rules that already exist (pure, tested without
 * rendering): the register times in settings (Europe/London), the due calendar (domain dueCalendar, dueStatus),
 * the PIP rules (domain pipFlags), first-day calling (no mark, or N, once the register has closed) and the parent
 * contacts' follow-ups. Nothing here decides a rule of its own.
 */
import {
  addDays,
  daysBetween,
  dueStatus,
  formatUkDate,
  isOnRoll,
  isSchoolDay,
  londonClockTime,
  londonToday,
  meetingDay,
  minutesOfDay,
  mondayOf,
  pipFlags,
  type DueItem,
  type Pip,
  type PipFlag,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import type { RegisterSnapshot, Saved } from '../../../data/ports';

export interface RegisterState {
  readonly session: Session;
  /** HH:MM, London: when the register closes (settings). */
  readonly closes: string;
  readonly taken: boolean;
  readonly takenBy?: string;
  readonly takenAt?: string;
  /** Minutes until it closes (positive while open), from now in London. */
  readonly minutesLeft: number;
  readonly marked: number;
  readonly expected: number;
}

const SESSIONS: readonly Session[] = ['AM', 'PM'];

/** Today's two registers: taken (by whom, when) or not, and the time left before each closes. */
export function registerStates(
  snapshots: Readonly<Record<Session, RegisterSnapshot | undefined>>,
  pupils: readonly Pupil[],
  now: Date,
  settings: Pick<SchoolSettings, 'sessions'>,
): RegisterState[] {
  const today = londonToday(now);
  const minute = minutesOfDay(londonClockTime(now));
  const expected = pupils.filter((p) => isOnRoll(p, today)).length;
  return SESSIONS.map((session) => {
    const snap = snapshots[session];
    const marked = snap ? snap.entries.filter((e) => e.mark !== undefined).length : 0;
    const closes = settings.sessions[session].registerCloses;
    // Who took it: the register's record, else the latest mark's (each mark keeps who recorded it, and when).
    const latest = (snap?.entries ?? [])
      .map((e) => e.mark)
      .filter((m): m is NonNullable<typeof m> => m !== undefined)
      .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0];
    const takenBy = snap?.takenBy ?? latest?.recordedBy;
    const takenAt = snap?.takenAt ?? latest?.recordedAt;
    return {
      session,
      closes,
      taken: snap?.takenBy !== undefined || marked > 0,
      ...(takenBy ? { takenBy } : {}),
      ...(takenAt ? { takenAt } : {}),
      minutesLeft: minutesOfDay(closes) - minute,
      marked,
      expected,
    };
  });
}

/** "25 minutes left", "1 hour 5 minutes left", "closed at 09:30". */
export function timeLeftText(r: Pick<RegisterState, 'minutesLeft' | 'closes'>): string {
  if (r.minutesLeft <= 0) return `closed at ${r.closes}`;
  const h = Math.floor(r.minutesLeft / 60);
  const m = r.minutesLeft % 60;
  const parts = [...(h > 0 ? [`${h} hour${h === 1 ? '' : 's'}`] : []), ...(m > 0 ? [`${m} minute${m === 1 ? '' : 's'}`] : [])];
  return `${parts.join(' ')} left (closes at ${r.closes})`;
}

/** First-day calling, once the morning register has closed: pupils on roll with no mark, or N (attendance policy). */
export function callingList<P extends Saved<Pupil>>(snapshot: RegisterSnapshot | undefined, pupils: readonly P[], today: string): P[] {
  const code = new Map((snapshot?.entries ?? []).map((e) => [e.pupilId, e.mark?.code]));
  return pupils.filter((p) => isOnRoll(p, today) && (code.get(p.id) === undefined || code.get(p.id) === 'N'));
}

/** The last day of this school week (Sunday), for "due this week". */
export function endOfWeek(today: string): string {
  return addDays(mondayOf(today), 6);
}

/**
 * Due items Today lists in a section of their own: baselines, and the transition plan reviews and EHC needs-assessment
 * steps of "Transition and reintegration" (transitionToChase), so none is listed twice.
 */
const LISTED_ELSEWHERE: readonly DueItem['kind'][] = ['baseline-assessment', 'transition-plan-review', 'ehc-assessment-decision', 'ehc-assessment-draft', 'ehc-assessment-final'];

/** Reviews overdue, and due by the end of this week (act-by day), in the order staff work through them; baselines and transition have their own lists. */
export function reviewsThisWeek(items: readonly DueItem[], today: string): { item: DueItem; overdue: boolean }[] {
  const end = endOfWeek(today);
  return items
    .filter((item) => LISTED_ELSEWHERE.indexOf(item.kind) < 0)
    .map((item) => ({ item, overdue: dueStatus(item, today) === 'overdue' }))
    .filter((r) => r.overdue || r.item.actBy <= end);
}

/**
 * Baseline assessments still to sit (the due calendar's baseline items: each recent starter with none recorded, due
 * within settings.statutory.baselineAssessmentWeeks of starting), overdue first, whenever they fall due.
 */
export function baselinesDue(items: readonly DueItem[], today: string): { item: DueItem; overdue: boolean }[] {
  return items.filter((item) => item.kind === 'baseline-assessment').map((item) => ({ item, overdue: dueStatus(item, today) === 'overdue' }));
}

/** Meetings today that are going ahead (Scheduled), earliest first. */
export function meetingsToday<M extends Saved<ReviewMeeting>>(meetings: readonly M[], today: string): M[] {
  return meetings
    .filter((m) => m.status === 'Scheduled' && meetingDay(m) === today)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Days before its planned end that a PIP in force is shown as ending (the return to full time is planned then). */
export const PIP_ENDING_DAYS = 14;

export interface PipAction {
  readonly pip: Saved<Pip>;
  readonly pupil: Saved<Pupil>;
  /** What the PIP rules say needs doing (pipFlags), then "ends on …" within two weeks. */
  readonly messages: readonly string[];
}

/** PIPs that need action, by the PIP rules (pipFlags): review due or overdue, agreement missing, people to tell, past its end; and ending soon. */
export function pipActions(
  pips: readonly Saved<Pip>[],
  reviews: readonly { readonly pipId: number; readonly reviewDate: string }[],
  pupils: readonly Saved<Pupil>[],
  today: string,
  settings: Parameters<typeof pipFlags>[4],
): PipAction[] {
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const out: PipAction[] = [];
  for (const pip of pips) {
    const pupil = byId.get(pip.pupilId);
    if (!pupil || pip.status === 'Ended') continue;
    const held = reviews.filter((r) => r.pipId === pip.id).map((r) => r.reviewDate);
    const flags: PipFlag[] = pipFlags(pip, pupil, held, today, settings);
    const ending =
      pip.status === 'Active' && pip.plannedEndDate >= today && daysBetween(today, pip.plannedEndDate) <= PIP_ENDING_DAYS
        ? [`Ends on ${formatUkDate(pip.plannedEndDate)}: plan the return to full time`]
        : [];
    const messages = [...flags.map((f) => f.message), ...ending];
    if (messages.length > 0) out.push({ pip, pupil, messages });
  }
  return out;
}

/** True on a school day (registers are only taken then). */
export function isRegisterDay(today: string, settings: Parameters<typeof isSchoolDay>[1]): boolean {
  return isSchoolDay(today, settings);
}
