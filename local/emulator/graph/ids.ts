/** Identifiers shaped like Exchange/Graph ones (opaque but recognisable). */
import { createHash, randomBytes } from 'crypto';

export function newEventId(): string {
  return `AAMkAGVtdWxhdG9y${randomBytes(48).toString('base64url')}AAA=`;
}

export function newChangeKey(): string {
  return randomBytes(16).toString('base64');
}

/** Exchange's iCalUId: the Outlook global object id prefix followed by random bytes, upper-case hex. */
export function newICalUId(): string {
  return `040000008200E00074C5B7101A82E00800000000${randomBytes(24).toString('hex').toUpperCase()}`;
}

/** A GUID derived from a name, stable across runs (used for the emulated tenant id). */
export function stableGuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
