import type { z } from 'zod';

/** Parses with a domain schema; throws with the record's label and every issue when it does not pass. */
export function parseOrThrow<S extends z.ZodTypeAny>(schema: S, value: unknown, label: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    throw new Error(`Demo data: ${label} is not valid: ${issues}`);
  }
  return result.data as z.output<S>;
}

/** Placeholder SharePoint id used only to satisfy required id fields while validating. */
export const PLACEHOLDER_ID = 1;

/** Drops the given keys from a parsed record (the ids the seeder fills in). */
export function withoutKeys<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> {
  const out: Partial<T> = { ...record };
  for (const k of keys) delete out[k];
  return out as Omit<T, K>;
}
