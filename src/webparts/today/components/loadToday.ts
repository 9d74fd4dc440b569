/**
 * Everything Today shows, read at once where nothing depends on another answer: the due calendar as the Due view
 * reads it (loadDue), today's two registers, the follow-ups due, the failed notifications. Home-school staff get
 * their pupils (SharePoint trims the lists to them) with each one's next review; PRU-only sources are not asked.
 * A source that cannot be read is named, and the rest still shows.
 */
import type { IServices } from '../../../composition/IServices';
import type { MarksRead, RegisterSnapshot, Saved } from '../../../data/ports';
import {
  academicYearBounds,
  academicYearOf,
  addDays,
  addSchoolDays,
  isOnRoll,
  isSchoolDay,
  incidentDays,
  laReturnsDue,
  londonClockTime,
  pupilsBelowSenSupport,
  recentIncidents,
  londonToday,
  minutesOfDay,
  mondayOf,
  type AttendanceMark,
  type BehaviourLogEntry,
  type DueItem,
  type LaReturnDue,
  type LearningLogEntry,
  type NotificationRecord,
  type ParentContact,
  type Pip,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import { errorText } from '../../../ui/errorText';
import { loadDue } from '../../reviewMeeting/components/due/loadDue';
import { previousAcademicYear } from '../../attendance/components/insights/shared/yearMarks';
import { attendanceWatch, watchFrom, type AttendanceWatch } from './attendanceWatch';
import { pupilGlance, termOn, type PupilGlance } from './homeSchoolGlance';
import { baselinesDue, callingList, meetingsToday, pipActions, registerStates, reviewsThisWeek, type PipAction, type RegisterState } from './todayModel';
import { roleFromPermissions, type TodayRole } from './todayRoles';
import { transitionToChase, type TransitionToChase } from './transitionWatch';

export interface TodayData {
  readonly pru: boolean;
  readonly schoolDay: boolean;
  readonly settings: SchoolSettings;
  readonly pupils: readonly Saved<Pupil>[];
  readonly pips: readonly Saved<Pip>[];
  readonly registers: readonly RegisterState[];
  /** After the morning register has closed: who to call (else undefined). */
  readonly calling?: readonly Saved<Pupil>[];
  readonly followUps: readonly Saved<ParentContact>[];
  readonly meetingsToday: readonly Saved<ReviewMeeting>[];
  readonly reviews: readonly { item: DueItem; overdue: boolean }[];
  /** Baseline assessments still to sit, from the due calendar. */
  readonly baselines: readonly { item: DueItem; overdue: boolean }[];
  /** Stage 2/3 entered this week, the penalty-notice threshold, the illness return (PRU staff; undefined when the marks could not be read). */
  readonly attendance?: AttendanceWatch;
  /** The LA's part-time-timetable returns due around today and not recorded as sent (settings.laPartTimeReturn.timing). */
  readonly laReturns: readonly LaReturnDue[];
  /** Whose order Today starts in, from what SharePoint lets the person do. */
  readonly role: TodayRole;
  readonly pipActions: readonly PipAction[];
  /** Pupils on roll recorded at SEN provision N, to be put at SEN support (SEND policy: every pupil on roll is). */
  readonly senSupport: readonly Saved<Pupil>[];
  /** Transition plans with reintegration steps overdue or a review due, EHC needs assessments' statutory steps to chase (PRU staff). */
  readonly transition: readonly TransitionToChase[];
  /** Behaviour incidents today and on the school day before, newest first (PRU staff). */
  readonly incidents: readonly Saved<BehaviourLogEntry>[];
  /** The days those incidents are from (today first, when it is a school day). */
  readonly incidentDays: readonly string[];
  readonly failedNotifications: readonly Saved<NotificationRecord>[];
  /** Each pupil's next item on the due calendar. */
  readonly nextReview: ReadonlyMap<number, DueItem>;
  /** Home-school staff: each of their pupils' attendance this week and term, against the PIP's plan (undefined when the marks could not be read). */
  readonly glance?: ReadonlyMap<number, PupilGlance>;
  /** Home-school staff: each pupil's latest learning-log entries, newest first (undefined when they could not be read). */
  readonly latestEntries?: ReadonlyMap<number, readonly Saved<LearningLogEntry>[]>;
  /** Each pupil's next meeting (Scheduled, from now on). */
  readonly nextMeeting: ReadonlyMap<number, Saved<ReviewMeeting>>;
  readonly problems: readonly string[];
}

async function optional<T>(what: string, read: () => Promise<T>, fallback: T, problems: string[]): Promise<T> {
  try {
    return await read();
  } catch (e) {
    problems.push(`${what} could not be loaded: ${errorText(e)}`);
    return fallback;
  }
}

export async function loadToday(services: IServices): Promise<TodayData> {
  const now = services.now();
  const today = londonToday(now);
  const problems: string[] = [];
  // Two round trips: who the person is and the settings beside the due calendar's lists, then what depends on them
  // (the PRU's own sources, the settings' school days) while the due calendar's larger reads may still be coming.
  const settingsRead = services.settings.get();
  const dueRead = loadDue(services, settingsRead);
  dueRead.catch(() => undefined); // awaited below: its failure is reported there
  const [pru, settings] = await Promise.all([services.userAccess.isPruStaff(), settingsRead]);
  const schoolDay = isSchoolDay(today, settings);
  const none = { items: [], problems: [] };
  const register = (session: Session): Promise<RegisterSnapshot | undefined> =>
    optional(`The ${session === 'AM' ? 'morning' : 'afternoon'} register`, () => services.attendance.register(today, session), undefined, problems);
  const days = incidentDays(today, settings);
  const pruReads = pru
    ? Promise.all([
        schoolDay ? register('AM') : Promise.resolve(undefined),
        schoolDay ? register('PM') : Promise.resolve(undefined),
        // Follow-ups open by the next school day, from the last four weeks of calls.
        optional('The follow-ups of calls home', () => services.parentContacts.followUpsDue(addSchoolDays(today, 1, settings), addDays(today, -28)), none, problems),
        optional('The notifications log', () => services.notifications.recent(200), none, problems),
        optional('This year’s attendance marks', () => watchMarks(services, today, settings, problems), undefined, problems),
        optional('What you may change', () => services.userAccess.can('edit-settings'), false, problems),
        // The returns recorded as sent end their reminders; unread, every return due is still shown.
        optional('The LA returns sent', () => services.laReturns.list(), none, problems),
        optional('The behaviour log', () => readIncidents(services, days, problems), [], problems),
        optional('The transition plans', () => services.transitionPlans.actionsDue(today), none, problems),
      ])
    : Promise.resolve([undefined, undefined, none, none, undefined, false, none, [], none] as const);
  const [due, [am, pm, followUps, notifications, marks, leadership, sentReturns, incidents, plansDue]] = await Promise.all([dueRead, pruReads]);
  problems.unshift(...due.problems);
  for (const p of plansDue.problems) problems.push(p.message);
  const [glance, latestEntries] = pru ? [undefined, undefined] : await pupilsAtAGlance(services, due.pupils, due.pips, today, settings, problems);
  const nextMeeting = new Map<number, Saved<ReviewMeeting>>();
  for (const m of [...due.meetings].sort((a, b) => (a.start < b.start ? -1 : 1)))
    if (m.status === 'Scheduled' && new Date(m.end).getTime() >= now.getTime() && !nextMeeting.has(m.pupilId)) nextMeeting.set(m.pupilId, m);
  const amClosed = minutesOfDay(londonClockTime(now)) >= minutesOfDay(settings.sessions.AM.registerCloses);
  const nextReview = new Map<number, DueItem>();
  for (const item of due.calendar.items) if (!nextReview.has(item.pupilId)) nextReview.set(item.pupilId, item);
  return {
    pru,
    schoolDay,
    settings,
    pupils: due.pupils,
    pips: due.pips,
    registers: schoolDay ? registerStates({ AM: am, PM: pm }, due.pupils, now, settings) : [],
    ...(pru && schoolDay && amClosed && am ? { calling: callingList(am, due.pupils, today) } : {}),
    followUps: followUps.items,
    meetingsToday: meetingsToday(due.meetings, today),
    reviews: reviewsThisWeek(due.calendar.items, today),
    baselines: baselinesDue(due.calendar.items, today),
    ...(marks ? { attendance: attendanceWatch(marks, new Set(due.pupils.filter((p) => isOnRoll(p, today)).map((p) => p.id)), today, settings) } : {}),
    laReturns: pru ? laReturnsDue(due.pips, today, settings, sentReturns.items) : [],
    role: roleFromPermissions(leadership),
    pipActions: pru ? pipActions(due.pips, due.pipReviews, due.pupils, today, settings) : [],
    senSupport: pru ? pupilsBelowSenSupport(due.pupils, today) : [],
    transition: pru ? transitionToChase(plansDue.items, due.ehcRequests, due.pupils, today, settings.statutory) : [],
    incidents: recentIncidents(incidents, today, settings),
    incidentDays: days,
    failedNotifications: notifications.items.filter((n) => n.outcome === 'Failed'),
    nextReview,
    nextMeeting,
    ...(glance ? { glance } : {}),
    ...(latestEntries ? { latestEntries } : {}),
    problems,
  };
}

/** The marks the attendance items need: this school year's, and last year's while the penalty window reaches back into it. */
async function watchMarks(services: IServices, today: string, settings: Parameters<typeof watchFrom>[1], problems: string[]): Promise<AttendanceMark[]> {
  const year = academicYearOf(today);
  const reachBack = watchFrom(today, settings) < academicYearBounds(year).start;
  const [these, last] = await Promise.all([services.attendance.marksForYear(year), reachBack ? services.attendance.marksForYear(previousAcademicYear(year)) : Promise.resolve<MarksRead>([])]);
  for (const p of [...(last.problems ?? []), ...(these.problems ?? [])]) problems.push(p.message);
  return [...last, ...these];
}

/** The behaviour log of each day Today looks back over (one indexed query a day). */
async function readIncidents(services: IServices, days: readonly string[], problems: string[]): Promise<Saved<BehaviourLogEntry>[]> {
  const reads = await Promise.all(days.map((d) => services.behaviourLog.onDay(d)));
  for (const r of reads) for (const p of r.problems) problems.push(p.message);
  return reads.flatMap((r) => r.items);
}

/** How many learning-log entries each pupil shows, and how far back they are read. */
export const LATEST_ENTRIES = 3;
const ENTRIES_WEEKS = 8;

/**
 * Home-school staff: their pupils' marks this term (or this week, in a holiday) and latest learning-log entries, each
 * read for all their pupils at once on the indexed pupil column (SharePoint trims every list to their pupils' folders).
 */
async function pupilsAtAGlance(
  services: IServices,
  pupils: readonly Saved<Pupil>[],
  pips: readonly Pip[],
  today: string,
  settings: SchoolSettings,
  problems: string[],
): Promise<[ReadonlyMap<number, PupilGlance> | undefined, ReadonlyMap<number, readonly Saved<LearningLogEntry>[]> | undefined]> {
  const ids = pupils.map((p) => p.id);
  if (ids.length === 0) return [new Map(), new Map()];
  const monday = mondayOf(today);
  const term = termOn(today, settings);
  const from = term && term.start < monday ? term.start : monday;
  const [marks, entries] = await Promise.all([
    optional('Your pupils’ attendance', () => services.attendance.marksForPupils(ids, from, today), undefined, problems),
    optional(
      'The learning logs',
      () => services.learningLogs.entriesForPupils(ids, addDays(today, -7 * ENTRIES_WEEKS), today),
      undefined,
      problems,
    ),
  ]);
  for (const p of marks?.problems ?? []) problems.push(p.message);
  const glance = marks ? new Map(ids.map((id) => [id, pupilGlance(id, pips, marks, today, settings)])) : undefined;
  let latest: Map<number, readonly Saved<LearningLogEntry>[]> | undefined;
  if (entries) {
    latest = new Map();
    for (const p of entries.problems) problems.push(p.message);
    const newest = [...entries.items].sort((a, b) => (a.entryDate < b.entryDate ? 1 : a.entryDate > b.entryDate ? -1 : (b.id ?? 0) - (a.id ?? 0)));
    for (const id of ids) latest.set(id, newest.filter((e) => e.pupilId === id).slice(0, LATEST_ENTRIES));
  }
  return [glance, latest];
}
