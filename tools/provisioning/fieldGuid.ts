import { createHash } from 'node:crypto';

/** Namespace of every Pathways Hub field id (a fixed, random UUID: never change it, or every field id changes). */
export const PATHWAYS_FIELD_NAMESPACE = '3c9f2d61-7a4e-4b8c-9d15-6e0a2f7b8c43';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 9562 UUID version 5 (SHA-1, name-based): the same namespace and name always give the same UUID. */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Not a UUID: '${namespace}'.`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/**
 * The SharePoint field id (lower-case, no braces) of a list's column: derived from the list key and the
 * internal name only, so it is stable across runs, machines and display-name changes.
 */
export function fieldGuid(listKey: string, internalName: string): string {
  if (!listKey || !internalName) throw new Error('fieldGuid needs a list key and an internal name.');
  return uuidV5(`${listKey}/${internalName}`, PATHWAYS_FIELD_NAMESPACE);
}
