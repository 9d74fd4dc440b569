/**
 * Where the offline queue lives in this browser (src/ui/offline/offlineQueue.ts), and a check light enough for a
 * first screen: whether the person has anything of a kind kept on this device, so the code that sends it and the
 * banner that shows it load only when there is something to show or send.
 */

export const QUEUE_KEY = 'pathwaysHub.offlineQueue.v2';

/**
 * True when this browser keeps at least one item of the kind saved by the person (waiting, or sent and met a
 * conflict). Read without decoding: a damaged item counts too (the sender, once loaded, skips it as it always has).
 */
export function hasQueued(kind: string, user: string): boolean {
  let text: string | null;
  try {
    text = typeof window !== 'undefined' ? window.localStorage.getItem(QUEUE_KEY) : null;
  } catch {
    return false; // storage blocked by the browser: nothing can have been kept
  }
  if (!text) return false;
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return false;
  }
  const mine = user.toLowerCase();
  return (
    Array.isArray(items) &&
    items.some((v: unknown) => {
      if (typeof v !== 'object' || v === null) return false;
      const item = v as { kind?: unknown; user?: unknown };
      return item.kind === kind && typeof item.user === 'string' && item.user.toLowerCase() === mine;
    })
  );
}
