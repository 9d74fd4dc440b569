import type { IsoDate } from '../dates/isoDates';
import { schoolDaysBetween, type CalendarSettings } from '../dates/schoolCalendar';
import type { Pupil } from '../pupils/pupil';
import { isOnRoll } from '../pupils/onRoll';
import type { Session } from '../vocabulary';

/**
 * Missing marks (the register is a legal record: every pupil on roll needs a mark for every session, SAPR 2024): for
 * each school session from `from` to `to` (the settings' calendar: terms, closures), the pupils on roll that day
 * with no mark. Sessions with none missing are left out; earliest first.
 */
export interface MissingMarksSession {
  readonly date: IsoDate;
  readonly session: Session;
  readonly pupilIds: readonly number[];
}

export function missingMarks(
  marks: readonly { readonly pupilId: number; readonly date: IsoDate; readonly session: Session }[],
  pupils: readonly (Pick<Pupil, 'enrolmentDate' | 'leavingDate'> & { readonly id: number })[],
  from: IsoDate,
  to: IsoDate,
  settings: CalendarSettings,
): MissingMarksSession[] {
  const marked = new Set(marks.map((m) => `${m.pupilId}|${m.date}|${m.session}`));
  const out: MissingMarksSession[] = [];
  for (const date of schoolDaysBetween(from, to, settings))
    for (const session of ['AM', 'PM'] as const) {
      const pupilIds = pupils.filter((p) => isOnRoll(p, date) && !marked.has(`${p.id}|${date}|${session}`)).map((p) => p.id);
      if (pupilIds.length > 0) out.push({ date, session, pupilIds });
    }
  return out;
}
