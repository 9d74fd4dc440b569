import type { ValidationIssue } from '../common/validationIssue';
import { issuesFromZodError } from '../common/validationIssue';
import { calendarIssues } from './calendarRules';
import { schoolSettingsSchema, type SchoolSettings } from './schoolSettings';

export type SettingsCheck = { readonly ok: true; readonly value: SchoolSettings } | { readonly ok: false; readonly issues: ValidationIssue[] };

/**
 * Everything checked before settings are saved: the schema (each value and the rules between values) and the
 * whole-calendar rules (calendarIssues). Reading stored settings uses the schema alone, so a calendar saved
 * before a rule existed still loads and can be corrected.
 */
export function validateSettings(input: unknown): SettingsCheck {
  const parsed = schoolSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesFromZodError(parsed.error);
    // The calendar rules skip dates that are not yet valid, so they can run beside the field messages
    // whenever the terms and closures have their shape (as a form always gives them).
    const calendar = input as Partial<SchoolSettings> | undefined;
    const terms = calendar?.terms;
    const closures = calendar?.closures;
    const shaped =
      Array.isArray(terms) &&
      terms.every((t) => typeof t === 'object' && t !== null && Array.isArray(t.halfTerms) && t.halfTerms.every((h) => typeof h === 'object' && h !== null)) &&
      Array.isArray(closures) &&
      closures.every((c) => typeof c === 'object' && c !== null);
    if (shaped) issues.push(...calendarIssues({ terms, closures }));
    return { ok: false, issues };
  }
  const issues = calendarIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}
