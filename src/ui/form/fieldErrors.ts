import type { ValidationIssue } from '../../domain';

/** Messages by field key ('plannedEndDate', 'timetables.0.slots.1.start'). */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

export function byField(issues: readonly ValidationIssue[]): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const i of issues) {
    const key = i.path.join('.');
    (out[key] = out[key] ?? []).push(i.message);
  }
  return out;
}

/** The first message for a field, for a control's errorMessage (undefined when none). */
export function errorAt(errors: FieldErrors, key: string): string | undefined {
  const m = errors[key];
  return m && m.length > 0 ? m.join(' ') : undefined;
}

/** Every message whose key starts with `prefix.` or equals it. */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
    .flatMap(([, v]) => v);
}
