/**
 * The offline queue: what a person saved on this device while SharePoint could not be reached, kept in this
 * browser's localStorage (never a store of ours) until it is sent. One queue for every kind of record (registers,
 * learning-log entries, review outcomes), each item with its kind, its identity within the kind, who saved it and
 * when; each kind brings its codec (what its payload and conflict look like as JSON, read back defensively: the
 * store is outside our control). Items are sent oldest first within their kind (useOfflineSender). Once sent, an
 * item that met someone else's change (or a refusal) stays with that conflict until the person deals with it:
 * nothing queued is dropped by the product.
 */

import { encode, migrate, readStored, sameItem, writeStored, type QueueCodec, type Queued, type StoredItem } from './queueWrite';

export * from './queueWrite';

export function decode<P, C>(codec: QueueCodec<P, C>, raw: StoredItem): Queued<P, C> | undefined {
  if (raw.kind !== codec.kind) return undefined;
  const payload = codec.fromStored(raw.payload);
  if (payload === undefined) return undefined;
  const conflict = raw.conflict === undefined ? undefined : codec.conflictFromStored(raw.conflict);
  return { kind: codec.kind, id: raw.id, user: raw.user, queuedAt: raw.queuedAt, payload, ...(conflict !== undefined ? { conflict } : {}) };
}

/** One kind's items, oldest first (an item saved again keeps its place by when it was last kept). */
export function readKind<P, C>(codec: QueueCodec<P, C>): Queued<P, C>[] {
  migrate(codec);
  const out: Queued<P, C>[] = [];
  for (const raw of readStored()) {
    const item = decode(codec, raw);
    if (item) out.push(item);
  }
  return out.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Replaces the item in its place (e.g. with its conflict once sent). */
export function replaceItem<P, C>(codec: QueueCodec<P, C>, item: Queued<P, C>): boolean {
  const next = encode(codec, item);
  return writeStored(readStored().map((s) => (sameItem(s, next) ? next : s)));
}

