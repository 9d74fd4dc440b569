/** The browser says it has no connection (navigator.onLine is false only when it surely has none). */
export const browserOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

const kindOf = (e: unknown): unknown => (typeof e === 'object' && e !== null ? (e as { kind?: unknown }).kind : undefined);

/**
 * A failure that says nothing reached SharePoint or its answer did not come back (the data layer's 'network' and
 * 'unknown-outcome', or a browser that says it is offline): the only failures the offline queue keeps a save for.
 * A chunk of code that could not be loaded (webpack's ChunkLoadError: a write's code or a sender loads at the first
 * save or send) is one too: the save never started. A refusal (4xx) is not one: it is shown as it is.
 */
export function isConnectionFailure(e: unknown): boolean {
  const kind = kindOf(e);
  return kind === 'network' || kind === 'unknown-outcome' || isChunkLoadFailure(e) || browserOffline();
}

const isChunkLoadFailure = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ChunkLoadError';

/** A failure after which sending again later may work (the connection, or SharePoint too busy now): the item stays waiting. */
export function isPassingFailure(e: unknown): boolean {
  const kind = kindOf(e);
  const status = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
  return isConnectionFailure(e) || kind === 'throttled' || (kind === 'unknown' && (typeof status !== 'number' || status >= 500));
}
