import { addDays, formatUkDate, isWeekday, toDayNumber, type IsoDate } from '../dates/isoDates';
import { isSchoolDay, type CalendarSettings } from '../dates/schoolCalendar';

/**
 * When a deadline is not a school day. Statutory periods run "within" a time ("within 6 weeks", "at least 2 weeks
 * before"), so a deadline that falls on a weekend, in a holiday or on a closure day is met by acting on the last
 * school day BEFORE it, never after. When there is no school day between the start of the period and the deadline
 * (a request received in the summer holiday with a 15-day limit), the deadline stands and the item says why.
 */
export type DeadlineMove = 'weekend' | 'holiday' | 'closure';

export interface Deadline {
  /** The end of the period: the statutory or policy date. */
  readonly dueDate: IsoDate;
  /** The last school day on or before dueDate (and not before the period started). */
  readonly actBy: IsoDate;
  /** Why actBy is earlier than dueDate; undefined when they are the same day. */
  readonly moved?: DeadlineMove;
  /** The deadline falls outside school days and no school day is left in the period. */
  readonly noSchoolDayLeft?: boolean;
}

/** Why a date is not a school day. */
export function whyNotSchoolDay(date: IsoDate, settings: CalendarSettings): DeadlineMove | undefined {
  if (isSchoolDay(date, settings)) return undefined;
  if (!isWeekday(date)) return 'weekend';
  return settings.closures.some((c) => c.date === date) ? 'closure' : 'holiday';
}

/** The deadline for a period ending on `dueDate` that started on `periodStart` (default: no earlier limit). */
export function deadlineOf(dueDate: IsoDate, settings: CalendarSettings, periodStart?: IsoDate): Deadline {
  const moved = whyNotSchoolDay(dueDate, settings);
  if (moved === undefined) return { dueDate, actBy: dueDate };
  const floor = periodStart === undefined ? toDayNumber(dueDate) - 400 : toDayNumber(periodStart);
  for (let d = addDays(dueDate, -1); toDayNumber(d) >= floor; d = addDays(d, -1)) {
    if (isSchoolDay(d, settings)) return { dueDate, actBy: d, moved };
  }
  return { dueDate, actBy: dueDate, noSchoolDayLeft: true };
}

/** "Sunday 28/02/2027 is a weekend day: act by Friday 26/02/2027." — or '' when nothing moved. */
export function deadlineNote(d: Deadline): string {
  if (d.noSchoolDayLeft) return `${formatUkDate(d.dueDate)} falls outside school days and no school day is left before it.`;
  if (d.moved === undefined) return '';
  return `${formatUkDate(d.dueDate)} falls ${movedWhy(d.moved)}: act by ${formatUkDate(d.actBy)}.`;
}

/** 'at a weekend', 'on a closure day', 'in a school holiday'. */
export function movedWhy(move: DeadlineMove): string {
  return move === 'weekend' ? 'at a weekend' : move === 'closure' ? 'on a closure day' : 'in a school holiday';
}
