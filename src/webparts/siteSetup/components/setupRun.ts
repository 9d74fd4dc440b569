/** The state of a setup, upgrade or repair while it runs on the Site setup page. */
import type { SetupProgress } from '../../../data/sp/setup/setupTypes';

export type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly title: string; readonly progress?: SetupProgress }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** "Step 7 of 20" (and "12 of 40 pupils" inside a long step). */
export function stepText(p: SetupProgress): string {
  return `Step ${p.step} of ${p.of}${p.detail ? ` (${p.detail})` : ''}`;
}

/** Setup stopped at the person's request (SetupCancelledError, told apart by name so this view does not load the engine). */
export const wasCancelled = (e: unknown): boolean => e instanceof Error && e.name === 'SetupCancelledError';
