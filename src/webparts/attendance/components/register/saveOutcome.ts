import { londonClockTime, londonToday, formatUkDate } from '../../../../domain';
import type { RegisterConflict, RegisterSaveResult } from '../../../../data/ports';
import { personName } from '../../../../ui/offline/personName';
import { marks } from './registerWording';

/** Wording of a save's outcome (pure, so it is tested without rendering); the save's chunk holds it. */

/** What the first screen says before a save (registerWording.ts, kept on the first screen). */
export { savingMessage, takenText } from './registerWording';

/** "Saved 58 marks." plus what was not saved and why, in one sentence each. */
export function outcomeMessage(result: RegisterSaveResult, held: number): string {
  const parts = [`Saved ${marks(result.saved.length)}.`];
  if (result.unchanged.length > 0) parts.push(`${marks(result.unchanged.length)} unchanged.`);
  if (result.failures.length > 0) parts.push(`${marks(result.failures.length)} not saved: see the message at each pupil.`);
  if (result.conflicts.length > 0)
    parts.push(`${marks(result.conflicts.length)} changed by someone else while you were working: choose what to keep.`);
  if (held > 0) parts.push(`${marks(held)} not sent: correct the message at each pupil, then save again.`);
  return parts.join(' ');
}

/** Who saved a mark, by their address (the mark stores the e-mail address): src/ui/offline/personName. */
export { personName };

/** "Leo Brennan: you entered O, Sam Patel's save says I at 09:41". */
export function describeConflict(
  conflict: RegisterConflict,
  pupilName: string,
  registerDate: string,
  currentUser: { email: string; displayName: string },
): string {
  const { mine, theirs } = conflict;
  if (!theirs) return `${pupilName}: you entered ${mine.code}, but the saved mark has since been removed`;
  const at = new Date(theirs.recordedAt);
  let when = '';
  if (!Number.isNaN(at.getTime())) {
    const day = londonToday(at);
    when = ` at ${londonClockTime(at)}${day === registerDate ? '' : ` on ${formatUkDate(day)}`}`;
  }
  return `${pupilName}: you entered ${mine.code}, ${personName(theirs.recordedBy, currentUser)}'s save says ${theirs.code}${when}`;
}
