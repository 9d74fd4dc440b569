import { minutesOfDay } from '../dates/clockTime';
import { isoWeekday, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import { WEEKDAYS, type Session } from '../vocabulary';
import { timetableOn } from './pip';
import { isInForceOn, type PipForHistory } from './pipHistory';
import type { SlotTimes } from './timetable';

/**
 * Which sessions a PIP expects, and the C2 a register starts with outside them (facts sheet §10 rule 7). Its own
 * module so the register's first screen prefills C2 without the attendance statistics `planAttendance` needs
 * (planAttendance.ts re-exports all of it).
 */
export type SessionSettings = Pick<SchoolSettings, 'sessions'>;

/** True when a slot on that weekday overlaps the session's times. */
export function slotsCoverSession(slots: readonly SlotTimes[], date: IsoDate, session: Session, settings: SessionSettings): boolean {
  const weekday = isoWeekday(date);
  if (weekday < 1 || weekday > 5) return false;
  const day = WEEKDAYS[weekday - 1];
  const times = settings.sessions[session];
  const from = minutesOfDay(times.startsAt);
  const to = minutesOfDay(times.endsAt);
  return slots.some((s) => s.day === day && minutesOfDay(s.start) < to && from < minutesOfDay(s.end));
}

/** Whether the PIP expects the pupil in that session: undefined when the PIP is not in force that day. */
export function pipExpects(pip: PipForHistory, date: IsoDate, session: Session, settings: SessionSettings): boolean | undefined {
  if (!isInForceOn(pip, date)) return undefined;
  const t = timetableOn(pip.timetables, date);
  return t ? slotsCoverSession(t.slots, date, session, settings) : false;
}

/**
 * The code a register starts with for a pupil: 'C2' when one of the pupil's PIPs is in force that day and
 * its timetable does not include the session; otherwise undefined (mark the session as usual).
 */
export function pipPrefillCode(pipsOfPupil: readonly PipForHistory[], date: IsoDate, session: Session, settings: SessionSettings): 'C2' | undefined {
  for (const pip of pipsOfPupil) {
    const expects = pipExpects(pip, date, session, settings);
    if (expects === false) return 'C2';
  }
  return undefined;
}
