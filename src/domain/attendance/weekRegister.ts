import { minutesOfDay } from '../dates/clockTime';
import { addDays, mondayOf, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Pupil } from '../pupils/pupil';
import { isOnRoll } from '../pupils/onRoll';
import type { Session } from '../vocabulary';
import type { AttendanceMark } from './attendanceMark';
import { findCode } from './codes';
import { validateRegisterDate } from './registerValidation';

/**
 * The week view of the register: pupils × the ten sessions of a week (Monday morning to Friday afternoon). A session
 * of a school day whose register has closed (settings' session times) with a pupil on roll and no mark is missing;
 * one still open or ahead is not yet due; a day with no register (a closure, a holiday) says why; a day the pupil was not on roll is
 * left empty. A mark saved on any day is shown as saved (e.g. # on a planned closure).
 */
export type WeekCell =
  | { readonly kind: 'mark'; readonly code: string; readonly meaning: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-yet' }
  | { readonly kind: 'no-register'; readonly reason: string }
  | { readonly kind: 'off-roll' };

export interface WeekSessionColumn {
  readonly date: IsoDate;
  readonly session: Session;
}

export interface WeekDay {
  readonly date: IsoDate;
  /** Why no register is taken that day (e.g. "INSET day", "half-term"), or undefined on a school day. */
  readonly noRegister?: string;
}

export interface WeekRow {
  readonly pupilId: number;
  /** "Okafor, Amara". */
  readonly name: string;
  readonly yearGroup: string;
  /** One per column, in the columns' order. */
  readonly cells: readonly WeekCell[];
}

export interface WeekRegister {
  readonly monday: IsoDate;
  readonly days: readonly WeekDay[];
  readonly columns: readonly WeekSessionColumn[];
  readonly rows: readonly WeekRow[];
  readonly missing: number;
}

export type WeekRegisterPupil = Pick<Pupil, 'firstName' | 'lastName' | 'yearGroup' | 'enrolmentDate' | 'leavingDate'> & { readonly id: number };

export function weekRegister(
  marks: readonly AttendanceMark[],
  pupils: readonly WeekRegisterPupil[],
  anyDayOfWeek: IsoDate,
  settings: CalendarSettings & Pick<SchoolSettings, 'sessions'>,
  /** London's date and clock time now ("2026-11-20", "10:14"). */
  now: { readonly today: IsoDate; readonly time: string },
): WeekRegister {
  const closed = (date: IsoDate, session: Session): boolean =>
    date < now.today || (date === now.today && minutesOfDay(now.time) >= minutesOfDay(settings.sessions[session].registerCloses));
  const monday = mondayOf(anyDayOfWeek);
  const days: WeekDay[] = [0, 1, 2, 3, 4].map((i) => {
    const date = addDays(monday, i);
    const check = validateRegisterDate(date, settings);
    return check.ok ? { date } : { date, noRegister: check.label };
  });
  const columns: WeekSessionColumn[] = days.flatMap((d) => (['AM', 'PM'] as const).map((session) => ({ date: d.date, session })));
  const markAt = new Map(marks.map((m) => [`${m.pupilId}|${m.date}|${m.session}`, m]));
  const marked = new Set(marks.filter((m) => m.date >= monday && m.date <= addDays(monday, 4)).map((m) => m.pupilId));
  const inWeek = pupils.filter((p) => marked.has(p.id) || days.some((d) => isOnRoll(p, d.date)));
  let missing = 0;
  const rows = inWeek
    .map((p): WeekRow => {
      const cells = columns.map((c): WeekCell => {
        const mark = markAt.get(`${p.id}|${c.date}|${c.session}`);
        if (mark) return { kind: 'mark', code: mark.code, meaning: findCode(mark.code)?.meaning ?? 'Unknown code' };
        const noRegister = days.find((d) => d.date === c.date)?.noRegister;
        if (noRegister !== undefined) return { kind: 'no-register', reason: noRegister };
        if (!isOnRoll(p, c.date)) return { kind: 'off-roll' };
        if (!closed(c.date, c.session)) return { kind: 'not-yet' };
        missing++;
        return { kind: 'missing' };
      });
      return { pupilId: p.id, name: `${p.lastName}, ${p.firstName}`, yearGroup: p.yearGroup, cells };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
  return { monday, days, columns, rows, missing };
}
