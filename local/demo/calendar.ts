import { minutesOfDay } from '../../src/domain/dates/clockTime';
import { londonOffsetMinutes } from '../../src/domain/dates/londonTime';
import { pad2, type IsoDate } from '../../src/domain/dates/isoDates';
import { schoolDaysBetween } from '../../src/domain/dates/schoolCalendar';
import { DEFAULT_SETTINGS } from '../../src/domain/settings/defaultSettings';
import type { Session } from '../../src/domain/vocabulary';

/** The calendar the demo uses: DEFAULT_SETTINGS term dates and closures. */
export const DEMO_SETTINGS = DEFAULT_SETTINGS;
export const DEMO_ACADEMIC_YEAR = '2026/27';

/** First day of the autumn term 2026 (from the settings). */
export function autumnTermStart(): IsoDate {
  const term = DEMO_SETTINGS.terms.find((t) => t.academicYear === DEMO_ACADEMIC_YEAR && t.term === 'Autumn');
  if (!term) throw new Error('Demo data: DEFAULT_SETTINGS has no autumn term 2026/27');
  return term.halfTerms[0].start;
}

export function autumnTermEnd(): IsoDate {
  const term = DEMO_SETTINGS.terms.find((t) => t.academicYear === DEMO_ACADEMIC_YEAR && t.term === 'Autumn');
  if (!term) throw new Error('Demo data: DEFAULT_SETTINGS has no autumn term 2026/27');
  return term.halfTerms[term.halfTerms.length - 1].end;
}

export interface SessionSlot {
  date: IsoDate;
  session: Session;
}

/** Every register session (AM, PM) of every school day from `from` to `to`, in order. */
export function sessionsBetween(from: IsoDate, to: IsoDate): SessionSlot[] {
  const out: SessionSlot[] = [];
  if (to < from) return out;
  for (const date of schoolDaysBetween(from, to, DEMO_SETTINGS)) {
    out.push({ date, session: 'AM' }, { date, session: 'PM' });
  }
  return out;
}

/** ISO date-time with the London offset of that moment: ('2026-10-01', '09:35') → '2026-10-01T09:35:00+01:00'. */
export function londonDateTime(date: IsoDate, time: string): string {
  const minutes = minutesOfDay(time);
  // The offset at that wall-clock time: try BST first (UTC = local − 1h), fall back to GMT.
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7)) - 1;
  const d = Number(date.slice(8, 10));
  const asBst = new Date(Date.UTC(y, mo, d, 0, minutes - 60));
  const offset = londonOffsetMinutes(asBst) === 60 ? 60 : 0;
  const sign = '+';
  return `${date}T${time}:00${sign}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`;
}
