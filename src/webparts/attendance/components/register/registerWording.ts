import type { RegisterSnapshot } from '../../../../data/ports';
import { formatLondonDateTime } from '../../../../domain';
import { personName } from '../../../../ui/offline/personName';

/**
 * What the register's first screen says before any save (saveOutcome.ts, in the save's chunk, has the wording of a
 * save's outcome and re-exports these).
 */

export const marks = (n: number): string => `${n} mark${n === 1 ? '' : 's'}`;

/** "Saving 58 marks…" (shown at once at Save, while the save's code loads if it has not yet). */
export function savingMessage(count: number): string {
  return `Saving ${marks(count)}…`;
}

/** "Register taken by Sam Patel on 20/11/2026 at 09:05." (who saved it first, London time). */
export function takenText(snapshot: RegisterSnapshot, currentUser: { email: string; displayName: string }): string {
  if (snapshot.takenBy === undefined) return 'This register has not been taken yet.';
  const when = snapshot.takenAt === undefined ? '' : ` on ${formatLondonDateTime(snapshot.takenAt)}`;
  return `Register taken by ${personName(snapshot.takenBy, currentUser)}${when}.`;
}
