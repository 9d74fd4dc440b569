/**
 * The offline queue's writing half (offlineQueue.ts re-exports it, and adds reading items back): what a first screen
 * needs to keep one item on this device, or forget it, without the code that decodes and lists what is kept.
 */

import { QUEUE_KEY } from './queueKey';

export { QUEUE_KEY };

export type QueueKind = 'register' | 'learning-log-entry' | 'review-outcome';

export interface Queued<P, C> {
  readonly kind: QueueKind;
  /** The item's identity within its kind and person: a second save of the same thing replaces the first. */
  readonly id: string;
  /** Who saved it (their sign-in address). */
  readonly user: string;
  /** When it was kept on this device (ISO). */
  readonly queuedAt: string;
  readonly payload: P;
  /** Set once sent and refused or overtaken: kept for the person to deal with. */
  readonly conflict?: C;
}

/** An item as stored: its payload and conflict are the kind's own JSON. */
export interface StoredItem {
  readonly kind: string;
  readonly id: string;
  readonly user: string;
  readonly queuedAt: string;
  readonly payload: unknown;
  readonly conflict?: unknown;
}

export interface QueueCodec<P, C> {
  readonly kind: QueueKind;
  readonly idOf: (payload: P) => string;
  readonly toStored: (payload: P) => unknown;
  /** Undefined when the stored payload is not as written. */
  readonly fromStored: (value: unknown) => P | undefined;
  readonly conflictToStored: (conflict: C) => unknown;
  readonly conflictFromStored: (value: unknown) => C | undefined;
  /** A key this kind was kept under before the queue was shared: its items move here the first time it is read. */
  readonly legacy?: { readonly key: string; readonly items: (text: string | null) => readonly Queued<P, C>[] };
}

/** What writing an item needs of its kind's codec (a first screen keeps an item with this, without the reading half). */
export type QueueWriter<P, C> = Pick<QueueCodec<P, C>, 'kind' | 'toStored' | 'conflictToStored' | 'legacy'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

export const sameItem = (a: Pick<StoredItem, 'kind' | 'id' | 'user'>, b: Pick<StoredItem, 'kind' | 'id' | 'user'>): boolean =>
  a.kind === b.kind && a.id === b.id && a.user.toLowerCase() === b.user.toLowerCase();

/** What the browser kept under a key as a JSON array ([] when nothing, not JSON, or not an array). */
export function parseStoredArray(text: string | null): unknown[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Every well-formed item of every kind, in stored order (a damaged one is skipped, never the others). */
export function parseStored(text: string | null): StoredItem[] {
  return parseStoredArray(text).filter((v): v is StoredItem => isRecord(v) && isText(v.kind) && isText(v.id) && isText(v.user) && isText(v.queuedAt) && 'payload' in v);
}

export function encode<P, C>(codec: QueueWriter<P, C>, item: Queued<P, C>): StoredItem {
  return {
    kind: codec.kind,
    id: item.id,
    user: item.user,
    queuedAt: item.queuedAt,
    payload: codec.toStored(item.payload),
    ...(item.conflict !== undefined ? { conflict: codec.conflictToStored(item.conflict) } : {}),
  };
}

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

export function readStored(): StoredItem[] {
  try {
    return parseStored(storage()?.getItem(QUEUE_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Writes every item (of every kind); false when the browser would not keep it (storage full or blocked). */
export function writeStored(items: readonly StoredItem[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (items.length === 0) store.removeItem(QUEUE_KEY);
    else store.setItem(QUEUE_KEY, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves the items of the kind's former key into the queue: written here first, and the former key removed only
 * once the queue holds them (a browser that will not write keeps them where they were).
 */
export function migrate<P, C>(codec: QueueWriter<P, C>): void {
  const store = storage();
  if (!codec.legacy || !store) return;
  let text: string | null;
  try {
    text = store.getItem(codec.legacy.key);
  } catch {
    return;
  }
  if (text === null) return;
  const stored = readStored();
  const moved = codec.legacy.items(text).map((q) => encode(codec, q)).filter((q) => !stored.some((s) => sameItem(s, q)));
  if (!writeStored([...stored, ...moved])) return;
  try {
    store.removeItem(codec.legacy.key);
  } catch {
    // Left where it was: moved again (without copies) next time.
  }
}

/** Adds the item, or replaces the one with the same kind, id and person (read fresh: another tab may have changed it). */
export function putItem<P, C>(codec: QueueWriter<P, C>, item: Queued<P, C>): boolean {
  migrate(codec);
  const next = encode(codec, item);
  return writeStored([...readStored().filter((s) => !sameItem(s, next)), next]);
}

export function removeItem(which: Pick<StoredItem, 'kind' | 'id' | 'user'>): boolean {
  return writeStored(readStored().filter((s) => !sameItem(s, which)));
}
