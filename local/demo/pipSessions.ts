import { minutesOfDay } from '../../src/domain/dates/clockTime';
import { isoWeekday, type IsoDate } from '../../src/domain/dates/isoDates';
import { timetableOn } from '../../src/domain/pip/pip';
import type { PipTimetable } from '../../src/domain/pip/timetableSlot';
import type { Session, Weekday } from '../../src/domain/vocabulary';
import { WEEKDAYS } from '../../src/domain/vocabulary';
import { DEMO_SETTINGS } from './calendar';

/** The weekday name of a school day ('Monday' … 'Friday'); undefined at weekends. */
export function weekdayOf(date: IsoDate): Weekday | undefined {
  const n = isoWeekday(date);
  return n <= 5 ? WEEKDAYS[n - 1] : undefined;
}

/** True when a slot of the timetable overlaps the register session on that weekday. */
export function isTimetabledSession(timetable: Pick<PipTimetable, 'slots'>, day: Weekday, session: Session): boolean {
  const times = DEMO_SETTINGS.sessions[session];
  const from = minutesOfDay(times.startsAt);
  const to = minutesOfDay(times.endsAt);
  return timetable.slots.some((s) => s.day === day && minutesOfDay(s.start) < to && minutesOfDay(s.end) > from);
}

export interface PipWindow {
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  timetables: readonly PipTimetable[];
}

/**
 * The C2 rule of the demo: on a day inside the PIP (start to planned end), a session that no slot of the
 * timetable in force covers is "C2: leave, temporary part-time timetable". Returns false outside the PIP.
 */
export function isC2Session(pip: PipWindow, date: IsoDate, session: Session): boolean {
  if (date < pip.startDate || date > pip.plannedEndDate) return false;
  const day = weekdayOf(date);
  const timetable = timetableOn(pip.timetables, date);
  if (!day || !timetable) return false;
  return !isTimetabledSession(timetable, day, session);
}
