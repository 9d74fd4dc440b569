/**
 * What only PRU staff see on Today (the registers, follow-ups, notifications, attendance marks, LA returns, the
 * behaviour log, transition plans), read in the SAME round trip as the person, the settings and the due calendar
 * (issue 18: one round trip for a view's first data). Two answers of that round trip would otherwise be waited for:
 *  - whether the person is PRU staff: the reads start unless this browser last saw them as home-school staff on
 *    this site (then nothing of the PRU's is asked, as before); when they prove not to be, what came back is dropped;
 *  - the settings' school calendar: each read that needs it is asked with a guess that holds on an ordinary week
 *    (today and the weekday before; follow-ups due in the next 7 days; last year's marks while the default penalty
 *    window reaches back into it), and settle() keeps exactly what the school's calendar asks for, reading again
 *    only what the guess missed (after a holiday or a closure: one round trip more).
 */
import type { IServices } from '../../../composition/IServices';
import type { MarksRead, ReadResult, RegisterSnapshot, Saved } from '../../../data/ports';
import {
  academicYearBounds,
  academicYearOf,
  previousAcademicYear,
  addDays,
  addSchoolDays,
  addWeeks,
  incidentDays,
  isSchoolDay,
  isoWeekday,
  mondayOf,
  type AttendanceMark,
  type LoggedIncident,
  type SentReturn,
  type FailedNotification,
  type ParentContact,
  type SchoolSettings,
  type TransitionPlan,
} from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import { errorText } from '../../../ui/errorText';
import { watchFrom } from './attendanceWatch';

/** A read's value, or its fallback and the problem in words. */
interface Got<T> {
  readonly value: T;
  readonly problem?: string;
}

function attempt<T>(what: string, read: () => Promise<T>, fallback: T): Promise<Got<T>> {
  return read().then(
    (value) => ({ value }),
    (e: unknown) => ({ value: fallback, problem: `${what} could not be loaded: ${errorText(e)}` }),
  );
}

const none = { items: [], problems: [] };
/** How far ahead follow-ups are asked for before the calendar is known: the next school day of an ordinary week. */
const FOLLOW_UPS_AHEAD_DAYS = 7;
/**
 * The penalty-notice window of the default settings (DEFAULT_SETTINGS.penaltyThreshold.schoolWeeks; a test keeps them
 * equal), for the guess at last year's marks. A number, not the default settings themselves: importing those here
 * would split them out of the settings chunk every other web part loads (+0.6 KB each, measured).
 */
export const GUESSED_WINDOW_WEEKS = 10;
/** Calls home of the last four weeks whose follow-up is due. */
const FOLLOW_UPS_SINCE_DAYS = 28;

/** The PRU's sources as Today shows them, for the school's own calendar. */
export interface PruSources {
  readonly am?: RegisterSnapshot;
  readonly pm?: RegisterSnapshot;
  readonly followUps: ReadResult<Saved<ParentContact>>;
  readonly notifications: ReadResult<Saved<FailedNotification>>;
  /** This year's marks, and last year's while the penalty window reaches back into it (undefined: not read). */
  readonly marks?: AttendanceMark[];
  /** Whether the person may change the settings (the role Today starts in). */
  readonly leadership: boolean;
  readonly sentReturns: ReadResult<Saved<SentReturn>>;
  readonly incidents: Saved<LoggedIncident>[];
  readonly plansDue: ReadResult<Saved<TransitionPlan>>;
  /** What could not be read, in words. */
  readonly problems: string[];
}

/** The reads under way, with the guesses they were asked with. */
export interface PruReads {
  readonly today: string;
  readonly registers?: Promise<[Got<RegisterSnapshot | undefined>, Got<RegisterSnapshot | undefined>]>;
  readonly followUpsBy: string;
  readonly followUps: Promise<Got<ReadResult<Saved<ParentContact>>>>;
  readonly notifications: Promise<Got<ReadResult<Saved<FailedNotification>>>>;
  readonly thisYear: Promise<Got<MarksRead | undefined>>;
  readonly lastYear?: Promise<Got<MarksRead | undefined>>;
  readonly leadership: Promise<Got<boolean>>;
  readonly sentReturns: Promise<Got<ReadResult<Saved<SentReturn>>>>;
  readonly incidents: ReadonlyMap<string, Promise<Got<ReadResult<Saved<LoggedIncident>>>>>;
  readonly plansDue: Promise<Got<ReadResult<Saved<TransitionPlan>>>>;
}

const isWeekday = (day: string): boolean => isoWeekday(day) <= 5;
const previousWeekday = (day: string): string => {
  let d = addDays(day, -1);
  while (!isWeekday(d)) d = addDays(d, -1);
  return d;
};

function registerRead(services: IServices, day: string, session: Session): Promise<Got<RegisterSnapshot | undefined>> {
  return attempt(`The ${session === 'AM' ? 'morning' : 'afternoon'} register`, () => services.attendance.register(day, session), undefined);
}

function incidentsRead(services: IServices, day: string): Promise<Got<ReadResult<Saved<LoggedIncident>>>> {
  return attempt('The behaviour log', () => services.behaviourLog.incidentsOn(day), none);
}

function marksRead(services: IServices, year: string): Promise<Got<MarksRead | undefined>> {
  return attempt('This year’s attendance marks', () => services.attendance.marksForYear(year), undefined);
}

/** Starts every PRU read at once, before the settings are known (see the file's comment for the guesses). */
export function startPruReads(services: IServices, today: string): PruReads {
  const year = academicYearOf(today);
  const followUpsBy = addDays(today, FOLLOW_UPS_AHEAD_DAYS);
  // The default window (10 school weeks) spans at least as many calendar weeks, and a half-term more at most in the autumn.
  const lastYearLikely = addWeeks(mondayOf(today), -(GUESSED_WINDOW_WEEKS + 1)) < academicYearBounds(year).start;
  const days = isWeekday(today) ? [today, previousWeekday(today)] : [previousWeekday(today)];
  return {
    today,
    ...(isWeekday(today) ? { registers: Promise.all([registerRead(services, today, 'AM'), registerRead(services, today, 'PM')]) } : {}),
    followUpsBy,
    followUps: attempt('The follow-ups of calls home', () => services.parentContacts.followUpsDue(followUpsBy, addDays(today, -FOLLOW_UPS_SINCE_DAYS)), none),
    notifications: attempt('The notifications log', () => services.notifications.failed(), none),
    thisYear: marksRead(services, year),
    ...(lastYearLikely ? { lastYear: marksRead(services, previousAcademicYear(year)) } : {}),
    leadership: attempt('What you may change', () => services.userAccess.can('edit-settings'), false),
    // The returns recorded as sent end their reminders; unread, every return due is still shown.
    sentReturns: attempt('The LA returns sent', () => services.laReturns.sent(), none),
    incidents: new Map(days.map((d) => [d, incidentsRead(services, d)])),
    plansDue: attempt('The transition plans', () => services.transitionPlans.actionsDue(today), none),
  };
}

/** What the school's calendar asks for, from the reads started before it was known; what the guesses missed is read now. */
export async function settlePruReads(services: IServices, reads: PruReads, settings: SchoolSettings): Promise<PruSources> {
  const { today } = reads;
  const problems: string[] = [];
  const take = <T>(got: Got<T>): T => {
    if (got.problem) problems.push(got.problem);
    return got.value;
  };
  const schoolDay = isSchoolDay(today, settings);
  const nextSchoolDay = nextSchoolDayAfter(today, settings, problems);
  const year = academicYearOf(today);
  const lastYearNeeded = watchFrom(today, settings) < academicYearBounds(year).start;
  const days = incidentDays(today, settings);
  const [registers, followUps, notifications, thisYear, lastYear, leadership, sentReturns, incidents, plansDue] = await Promise.all([
    schoolDay ? (reads.registers ?? Promise.all([registerRead(services, today, 'AM'), registerRead(services, today, 'PM')])) : undefined,
    nextSchoolDay === undefined
      ? { value: none }
      : nextSchoolDay <= reads.followUpsBy
      ? reads.followUps
      : attempt('The follow-ups of calls home', () => services.parentContacts.followUpsDue(nextSchoolDay, addDays(today, -FOLLOW_UPS_SINCE_DAYS)), none),
    reads.notifications,
    reads.thisYear,
    lastYearNeeded ? (reads.lastYear ?? marksRead(services, previousAcademicYear(year))) : undefined,
    reads.leadership,
    reads.sentReturns,
    Promise.all(days.map((d) => reads.incidents.get(d) ?? incidentsRead(services, d))),
    reads.plansDue,
  ]);
  const [am, pm] = registers ? [take(registers[0]), take(registers[1])] : [undefined, undefined];
  const due = take(followUps);
  const marks = yearMarks(thisYear, lastYear, problems);
  const result: PruSources = {
    ...(am ? { am } : {}),
    ...(pm ? { pm } : {}),
    followUps: { items: due.items.filter((c) => c.followUpOn !== undefined && nextSchoolDay !== undefined && c.followUpOn <= nextSchoolDay), problems: due.problems },
    notifications: take(notifications),
    ...(marks ? { marks } : {}),
    leadership: take(leadership),
    sentReturns: take(sentReturns),
    incidents: incidents.flatMap((r) => {
      const read = take(r);
      for (const p of read.problems) problems.push(p.message);
      return read.items;
    }),
    plansDue: take(plansDue),
    problems,
  };
  return result;
}

/** Follow-ups are due by the next school day; a calendar with none ahead (term dates missing) says so instead. */
function nextSchoolDayAfter(today: string, settings: SchoolSettings, problems: string[]): string | undefined {
  try {
    return addSchoolDays(today, 1, settings);
  } catch (e) {
    problems.push(`The follow-ups of calls home could not be loaded: ${errorText(e)}`);
    return undefined;
  }
}

/** This year's marks with last year's before them when needed; undefined (and the problem said) when either could not be read. */
function yearMarks(thisYear: Got<MarksRead | undefined>, lastYear: Got<MarksRead | undefined> | undefined, problems: string[]): AttendanceMark[] | undefined {
  const failed = thisYear.problem ?? lastYear?.problem;
  if (failed || !thisYear.value || (lastYear && !lastYear.value)) {
    if (failed) problems.push(failed);
    return undefined;
  }
  const last = lastYear?.value ?? [];
  for (const p of [...(last.problems ?? []), ...(thisYear.value.problems ?? [])]) problems.push(p.message);
  return [...last, ...thisYear.value];
}
