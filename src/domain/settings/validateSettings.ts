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
    // The calendar rules need whole term and closure records: run them when those parsed.
    const calendar = input as Partial<SchoolSettings>;
    const calendarParsed = !issues.some((i) => i.path[0] === 'terms' || i.path[0] === 'closures');
    if (calendarParsed && Array.isArray(calendar.terms) && Array.isArray(calendar.closures))
      issues.push(...calendarIssues({ terms: calendar.terms, closures: calendar.closures }));
    return { ok: false, issues };
  }
  const issues = calendarIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}
