/**
 * Everything Today shows, read at once where nothing depends on another answer: the due calendar as the Due view
 * reads it (loadDue), today's two registers, the follow-ups due, the failed notifications (pruReads.ts). Home-school
 * staff get their pupils (SharePoint trims the lists to them) with each one's next review; the PRU's own sources are
 * not asked of those this browser has seen as home-school staff before, and dropped for those it has not.
 * A source that cannot be read is named, and the rest still shows.
 */
import type { IServices } from '../../../composition/IServices';
import type { Saved } from '../../../data/ports';
import {
  addDays,
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
  type LoggedIncident,
  type DueItem,
  type LaReturnDue,
  type LearningLogEntry,
  type ParentContact,
  type Pip,
  type Pupil,
  type FailedNotification,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../domain';
import { errorText } from '../../../ui/errorText';
import { loadDue } from '../../reviewMeeting/components/due/loadDue';
import { attendanceWatch, type AttendanceWatch } from './attendanceWatch';
import { pupilGlance, termOn, type PupilGlance } from './homeSchoolGlance';
import { baselinesDue, callingList, meetingsToday, pipActions, registerStates, reviewsThisWeek, type PipAction, type RegisterState } from './todayModel';
import { settlePruReads, startPruReads, type PruSources } from './pruReads';
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
  readonly incidents: readonly Saved<LoggedIncident>[];
  /** The days those incidents are from (today first, when it is a school day). */
  readonly incidentDays: readonly string[];
  readonly failedNotifications: readonly Saved<FailedNotification>[];
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
  // One round trip: who the person is and the settings beside the due calendar's lists and, unless this browser last
  // saw home-school staff here, the PRU's own sources (pruReads.ts: asked with a guess at the school calendar, settled
  // when the settings arrive). What depends on an answer (the recent starters' assessments) follows.
  const settingsRead = services.settings.get();
  const dueRead = loadDue(services, settingsRead);
  dueRead.catch(() => undefined); // awaited below: its failure is reported there
  const early = rememberedPruStaff(services.siteUrl) === false ? undefined : startPruReads(services, today);
  const [pru, settings] = await Promise.all([services.userAccess.isPruStaff(), settingsRead]);
  rememberPruStaff(services.siteUrl, pru);
  const schoolDay = isSchoolDay(today, settings);
  const pruRead: Promise<PruSources | undefined> = pru ? settlePruReads(services, early ?? startPruReads(services, today), settings) : Promise.resolve(undefined);
  const [due, sources] = await Promise.all([dueRead, pruRead]);
  problems.unshift(...due.problems);
  if (sources) problems.push(...sources.problems);
  for (const p of sources?.plansDue.problems ?? []) problems.push(p.message);
  const [glance, latestEntries] = pru ? [undefined, undefined] : await pupilsAtAGlance(services, due.pupils, due.pips, today, settings, problems);
  const nextMeeting = new Map<number, Saved<ReviewMeeting>>();
  for (const m of [...due.meetings].sort((a, b) => (a.start < b.start ? -1 : 1)))
    if (m.status === 'Scheduled' && new Date(m.end).getTime() >= now.getTime() && !nextMeeting.has(m.pupilId)) nextMeeting.set(m.pupilId, m);
  const amClosed = minutesOfDay(londonClockTime(now)) >= minutesOfDay(settings.sessions.AM.registerCloses);
  const nextReview = new Map<number, DueItem>();
  for (const item of due.calendar.items) if (!nextReview.has(item.pupilId)) nextReview.set(item.pupilId, item);
  const am = sources?.am;
  return {
    pru,
    schoolDay,
    settings,
    pupils: due.pupils,
    pips: due.pips,
    registers: schoolDay ? registerStates({ AM: am, PM: sources?.pm }, due.pupils, now, settings) : [],
    ...(pru && schoolDay && amClosed && am ? { calling: callingList(am, due.pupils, today) } : {}),
    followUps: sources?.followUps.items ?? [],
    meetingsToday: meetingsToday(due.meetings, today),
    reviews: reviewsThisWeek(due.calendar.items, today),
    baselines: baselinesDue(due.calendar.items, today),
    ...(sources?.marks ? { attendance: attendanceWatch(sources.marks, new Set(due.pupils.filter((p) => isOnRoll(p, today)).map((p) => p.id)), today, settings) } : {}),
    laReturns: sources ? laReturnsDue(due.pips, today, settings, sources.sentReturns.items) : [],
    role: roleFromPermissions(sources?.leadership ?? false),
    pipActions: pru ? pipActions(due.pips, due.pipReviews, due.pupils, today, settings) : [],
    senSupport: pru ? pupilsBelowSenSupport(due.pupils, today) : [],
    transition: sources ? transitionToChase(sources.plansDue.items, due.ehcRequests, due.pupils, today, settings.statutory) : [],
    incidents: recentIncidents(sources?.incidents ?? [], today, settings),
    incidentDays: incidentDays(today, settings),
    failedNotifications: sources?.notifications.items ?? [],
    nextReview,
    nextMeeting,
    ...(glance ? { glance } : {}),
    ...(latestEntries ? { latestEntries } : {}),
    problems,
  };
}

const PRU_STAFF_KEY = 'pathways-hub.today.pru-staff:';

/** Whether this browser last saw the person as PRU staff on this site (undefined: never, or storage unavailable). */
function rememberedPruStaff(siteUrl: string): boolean | undefined {
  try {
    const value = window.localStorage.getItem(PRU_STAFF_KEY + siteUrl);
    return value === 'yes' ? true : value === 'no' ? false : undefined;
  } catch {
    return undefined;
  }
}

function rememberPruStaff(siteUrl: string, pru: boolean): void {
  try {
    window.localStorage.setItem(PRU_STAFF_KEY + siteUrl, pru ? 'yes' : 'no');
  } catch {
    // A browser that keeps nothing: the PRU's reads start at once, and are dropped for home-school staff.
  }
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
