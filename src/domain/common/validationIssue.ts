import type { ZodError } from 'zod';

/**
 * A problem found by a validation function, keyed by the field it belongs to, so a form can show the
 * message next to that field. `path` uses the same segments as zod (e.g. ['timetables', 0, 'slots', 1, 'end']).
 */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** 'timetables.0.slots.1.end' for the path above; '' for a whole-record issue. */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** Groups issues by field key, keeping their order: { 'plannedEndDate': ['Planned end date must be after the start date'] }. */
export function issuesByField(issues: readonly ValidationIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    (out[key] = out[key] || []).push(issue.message);
  }
  return out;
}

/** The issues of a failed zod parse, in the same shape as the settings-aware validators return. */
export function issuesFromZodError(error: ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: [...i.path], message: i.message }));
}
