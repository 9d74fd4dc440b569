import { minutesOfDay } from '../dates/clockTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import { WEEKDAYS, type Weekday } from '../vocabulary';
import type { TimetableSlot } from './timetableSlot';

/**
 * The Appendix 4 review timetable: AM and PM per day, as text ("09:30 to 11:30 Maths (Pathways centre)"),
 * from the week's slots. A slot starting before the afternoon session starts is a morning one.
 */
export interface ReviewDay {
  day: Weekday;
  am?: string;
  pm?: string;
}

export function reviewDayGrid(slots: readonly TimetableSlot[], settings: Pick<SchoolSettings, 'sessions'>): ReviewDay[] {
  const pmStart = minutesOfDay(settings.sessions.PM.startsAt);
  const text = (list: readonly TimetableSlot[]): string | undefined =>
    list.length === 0
      ? undefined
      : [...list]
          .sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start))
          .map((s) => `${s.start} to ${s.end} ${s.curriculum} (${s.location})`)
          .join('; ');
  return WEEKDAYS.map((day) => {
    const own = slots.filter((s) => s.day === day);
    return { day, am: text(own.filter((s) => minutesOfDay(s.start) < pmStart)), pm: text(own.filter((s) => minutesOfDay(s.start) >= pmStart)) };
  });
}
