import { addSchoolDays, type CalendarSettings } from '../dates/schoolCalendar';
import type { IsoDate } from '../dates/isoDates';

/**
 * The Education (Pupil Information) (England) Regulations 2005, reg 9(3): when a pupil ceases to be registered at a
 * school and becomes registered at another, the old school sends the common transfer information to the new school
 * within 15 school days of the pupil ceasing to be registered. Counted in the PRU's own school days (term dates and
 * closures from settings), from the day after the last day on roll.
 */
export const CTF_DUE_SCHOOL_DAYS = 15;

export function ctfDueBy(leavingDate: IsoDate, calendar: CalendarSettings): IsoDate {
  return addSchoolDays(leavingDate, CTF_DUE_SCHOOL_DAYS, calendar);
}

/** A CTF made for a leaver, as the transfer view shows it. */
export interface MadeCtf {
  readonly fileName: string;
  readonly madeOn: IsoDate;
  readonly sentOn?: IsoDate;
}

export type CtfState =
  | { readonly state: 'not-left' }
  | { readonly state: 'no-calendar'; readonly message: string }
  | { readonly state: 'to-make' | 'to-send' | 'sent'; readonly dueBy: IsoDate; readonly overdue: boolean; readonly latest?: MadeCtf };

/**
 * Where a leaver's CTF stands: nothing to do while the pupil has no leaving date; otherwise due within 15 school
 * days, and made (not yet sent) or sent (a person recorded the day it went, e.g. through the DfE's S2S site).
 * Overdue: past the due day and not sent.
 */
export function ctfState(leavingDate: IsoDate | undefined, made: readonly MadeCtf[], today: IsoDate, calendar: CalendarSettings): CtfState {
  if (leavingDate === undefined) return { state: 'not-left' };
  let dueBy: IsoDate;
  try {
    dueBy = ctfDueBy(leavingDate, calendar);
  } catch (e) {
    return { state: 'no-calendar', message: e instanceof Error ? e.message : String(e) };
  }
  const sent = made.filter((m) => m.sentOn !== undefined).sort((a, b) => ((a.sentOn ?? '') < (b.sentOn ?? '') ? 1 : -1))[0];
  if (sent) return { state: 'sent', dueBy, overdue: false, latest: sent };
  const latest = [...made].sort((a, b) => (a.madeOn < b.madeOn ? 1 : a.madeOn > b.madeOn ? -1 : a.fileName < b.fileName ? 1 : -1))[0];
  return { state: latest ? 'to-send' : 'to-make', dueBy, overdue: today > dueBy, latest };
}
