import type { ValidationIssue } from '../common/validationIssue';
import { type IsoDate } from '../dates/isoDates';
import { londonToday } from '../dates/londonTime';
import { ENGAGEMENT_LEVELS } from '../vocabulary';
import type { BehaviourLogEntry } from './behaviourLogEntry';

/**
 * What logging an entry and showing the log use beside the entry's schema (behaviourLogEntry.ts): apart, so Today,
 * which reads the day's incidents with the schema, does not load them (issue 18).
 */

/** The entry with its London day filled in from its instant. */
export function behaviourLogDay<T extends { readonly at: string }>(e: T): T & { day: IsoDate } {
  return { ...e, day: londonToday(new Date(e.at)) };
}

/** A log records what has happened: never a lesson or an incident still to come. */
export function behaviourLogTimeIssue(e: Pick<BehaviourLogEntry, 'at'>, now: Date): ValidationIssue | undefined {
  return Date.parse(e.at) > now.getTime() ? { path: ['at'], message: 'That time has not come yet: log a lesson or an incident once it has happened' } : undefined;
}

/** "4 – Engaged" for a level; "—" when none. */
export function engagementLabel(level: number | undefined): string {
  if (level === undefined) return '—';
  const words = ENGAGEMENT_LEVELS[level - 1];
  return words ? `${level} – ${words}` : String(level);
}
