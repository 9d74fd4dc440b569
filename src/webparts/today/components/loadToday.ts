/**
 * Everything Today shows, read at once where nothing depends on another answer: the due calendar as the Due view
 * reads it (loadDue), today's two registers, the follow-ups due, the failed notifications. Home-school staff get
 * their pupils (SharePoint trims the lists to them) with each one's next review; PRU-only sources are not asked.
 * A source that cannot be read is named, and the rest still shows.
 */
import type { IServices } from '../../../composition/IServices';
import type { RegisterSnapshot, Saved } from '../../../data/ports';
import {
  addDays,
  addSchoolDays,
  isSchoolDay,
  londonClockTime,
  londonToday,
  minutesOfDay,
  type DueItem,
  type NotificationRecord,
  type ParentContact,
  type Pip,
  type Pupil,
  type ReviewMeeting,
} from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import { errorText } from '../../../ui/errorText';
import { loadDue } from '../../reviewMeeting/components/due/loadDue';
import { callingList, meetingsToday, pipActions, registerStates, reviewsThisWeek, type PipAction, type RegisterState } from './todayModel';

export interface TodayData {
  readonly pru: boolean;
  readonly schoolDay: boolean;
  readonly pupils: readonly Saved<Pupil>[];
  readonly pips: readonly Saved<Pip>[];
  readonly registers: readonly RegisterState[];
  /** After the morning register has closed: who to call (else undefined). */
  readonly calling?: readonly Saved<Pupil>[];
  readonly followUps: readonly Saved<ParentContact>[];
  readonly meetingsToday: readonly Saved<ReviewMeeting>[];
  readonly reviews: readonly { item: DueItem; overdue: boolean }[];
  readonly pipActions: readonly PipAction[];
  readonly failedNotifications: readonly Saved<NotificationRecord>[];
  /** Each pupil's next item on the due calendar. */
  readonly nextReview: ReadonlyMap<number, DueItem>;
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
  const [pru, due] = await Promise.all([services.userAccess.isPruStaff(), loadDue(services)]);
  problems.push(...due.problems);
  const { settings } = due;
  const schoolDay = isSchoolDay(today, settings);
  const none = { items: [], problems: [] };
  const register = (session: Session): Promise<RegisterSnapshot | undefined> =>
    optional(`The ${session === 'AM' ? 'morning' : 'afternoon'} register`, () => services.attendance.register(today, session), undefined, problems);
  const [am, pm, followUps, notifications] = pru
    ? await Promise.all([
        schoolDay ? register('AM') : Promise.resolve(undefined),
        schoolDay ? register('PM') : Promise.resolve(undefined),
        // Follow-ups open by the next school day, from the last four weeks of calls.
        optional('The follow-ups of calls home', () => services.parentContacts.followUpsDue(addSchoolDays(today, 1, settings), addDays(today, -28)), none, problems),
        optional('The notifications log', () => services.notifications.recent(200), none, problems),
      ])
    : [undefined, undefined, none, none];
  const amClosed = minutesOfDay(londonClockTime(now)) >= minutesOfDay(settings.sessions.AM.registerCloses);
  const nextReview = new Map<number, DueItem>();
  for (const item of due.calendar.items) if (!nextReview.has(item.pupilId)) nextReview.set(item.pupilId, item);
  return {
    pru,
    schoolDay,
    pupils: due.pupils,
    pips: due.pips,
    registers: schoolDay ? registerStates({ AM: am, PM: pm }, due.pupils, now, settings) : [],
    ...(pru && schoolDay && amClosed && am ? { calling: callingList(am, due.pupils, today) } : {}),
    followUps: followUps.items,
    meetingsToday: meetingsToday(due.meetings, today),
    reviews: reviewsThisWeek(due.calendar.items, today),
    pipActions: pru ? pipActions(due.pips, due.pipReviews, due.pupils, today, settings) : [],
    failedNotifications: notifications.items.filter((n) => n.outcome === 'Failed'),
    nextReview,
    problems,
  };
}
