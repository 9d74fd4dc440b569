/**
 * The key a create carries from before its first attempt (src/data/sp/exactlyOnce.ts): made by the data layer, or
 * by a screen that keeps it across attempts (the offline queue), so a re-send finds the first copy.
 */
export function newClientKey(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const part = (): string => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${Date.now().toString(36)}-${part()}-${part()}-${part()}`;
}
