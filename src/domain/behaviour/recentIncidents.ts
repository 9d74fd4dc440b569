import { addSchoolDays, isSchoolDay, type CalendarSettings } from '../dates/schoolCalendar';
import type { IsoDate } from '../dates/isoDates';
import type { BehaviourLogEntry } from './behaviourLogEntry';

/**
 * The behaviour incidents Today shows for follow-up. An incident is recorded whole (what, where, who, the action and
 * the outcome are all required), and nothing in the log marks one as still open, so "needs follow-up" is taken as
 * recent: today's incidents and those of the school day before (settings' calendar: Friday's on a Monday), newest
 * first, for the lead tutor to check in with the pupil and the home school.
 */
export function incidentDays(today: IsoDate, settings: CalendarSettings): IsoDate[] {
  const before = addSchoolDays(today, -1, settings);
  return isSchoolDay(today, settings) ? [today, before] : [before];
}

export function recentIncidents<E extends Pick<BehaviourLogEntry, 'kind' | 'day' | 'at'>>(entries: readonly E[], today: IsoDate, settings: CalendarSettings): E[] {
  const days = new Set(incidentDays(today, settings));
  return entries.filter((e) => e.kind === 'Incident' && days.has(e.day)).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
