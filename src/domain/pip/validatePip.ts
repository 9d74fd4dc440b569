import type { ValidationIssue } from '../common/validationIssue';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Pip } from './pip';
import { timetableSettingsIssues } from './timetable';

/**
 * The PIP rules that need settings (run after pipSchema has parsed the record): every slot of every
 * timetable within the school day, and no week longer than the full-time hours (default 25).
 * Pure: returns field-keyed issues, empty when the PIP is fine.
 */
export function validatePip(pip: Pick<Pip, 'timetables'>, settings: Pick<SchoolSettings, 'schoolDay' | 'fullTimeHours'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  pip.timetables.forEach((t, i) => {
    issues.push(...timetableSettingsIssues(t.slots, settings, ['timetables', i, 'slots']));
  });
  return issues;
}
