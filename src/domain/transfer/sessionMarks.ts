import { addDays, isWeekday, type IsoDate } from '../dates/isoDates';
import { isSchoolDay, type CalendarSettings } from '../dates/schoolCalendar';

/** What the session string needs of a mark. */
export interface SessionMark {
  readonly date: IsoDate;
  readonly session: 'AM' | 'PM';
  readonly code: string;
}

/** A session with no mark on a school day. */
export const NO_MARK = '-';
/** A weekday that is not a school day in the calendar (holiday, closure) and carries no mark: planned closure. */
export const CLOSED = '#';

export type SessionString =
  | { readonly ok: true; readonly startDate: IsoDate; readonly marks: string }
  | { readonly ok: false; readonly codes: readonly string[] };

/**
 * A CTF's AttendSessions: one character per session, AM then PM, for every weekday from `from` to `to` (weekends
 * are left out), each the session's code; '#' for a weekday outside the school calendar with no mark, '-' for a
 * school day left unmarked. Codes of two characters (C1, C2, J1, Y1–Y7) cannot be written one per character: the
 * string is then not made, and the codes are named, so the caller can say why the year carries its totals only.
 */
export function sessionString(marks: readonly SessionMark[], from: IsoDate, to: IsoDate, calendar: CalendarSettings): SessionString {
  const byKey = new Map(marks.map((m) => [`${m.date}|${m.session}`, m.code]));
  const wide = new Set<string>();
  let out = '';
  let start: IsoDate | undefined;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (!isWeekday(d)) continue;
    start ??= d;
    const closed = !isSchoolDay(d, calendar);
    for (const session of ['AM', 'PM'] as const) {
      const code = byKey.get(`${d}|${session}`);
      if (code !== undefined && code.length !== 1) wide.add(code);
      out += code ?? (closed ? CLOSED : NO_MARK);
    }
  }
  if (wide.size > 0) return { ok: false, codes: Array.from(wide).sort() };
  return { ok: true, startDate: start ?? from, marks: out };
}
