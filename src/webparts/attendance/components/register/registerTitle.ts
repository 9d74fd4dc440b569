import { formatUkDate, isoWeekday } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Friday 20/11/2026, morning (AM)". */
export function registerTitle(date: string, session: Session): string {
  return `${DAY_NAMES[isoWeekday(date) - 1]} ${formatUkDate(date)}, ${session === 'AM' ? 'morning (AM)' : 'afternoon (PM)'}`;
}
