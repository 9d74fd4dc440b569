/**
 * Helpers shared by the PIP and PIP review mappers' reads: JSON columns, sign-offs split over two columns, and the
 * column a validation issue belongs to (their writes: pipWriters.ts).
 */
import type { FieldValue, FieldValues } from '../fieldCodec';

/** A JSON column's value, or `fallback` when blank; malformed JSON is kept as text so the schema reports it. */
export function jsonColumn(value: FieldValue | undefined, fallback: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return fallback;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export function signOffOf(values: FieldValues, prefix: string): { name: string; date: string } | undefined {
  const name = values[`Pw${prefix}SignedBy`];
  const date = values[`Pw${prefix}SignedOn`];
  if ((name === null || name === '') && (date === null || date === '')) return undefined;
  return { name: typeof name === 'string' ? name : '', date: typeof date === 'string' ? date : '' };
}

/** Copies the non-null values of `columns` into `target` under the domain keys. */
export function definedValues(values: FieldValues, columns: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const v = values[column];
    if (v !== null && v !== undefined && v !== '') out[key] = v;
  }
  return out;
}

/** The column name for the first segment of a zod path, by a domain-key → column map. */
export function columnFor(path: readonly (string | number)[], columns: Record<string, string>): string {
  const key = path.length > 0 ? String(path[0]) : '';
  // A part of a record kept in a column of its own ('parentSignOff.method' → PwAgreementMethod) is named by it.
  const nested = path.length > 1 ? columns[`${key}.${String(path[1])}`] : undefined;
  return nested ?? columns[key] ?? (key || 'record');
}
