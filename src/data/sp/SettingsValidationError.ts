import type { ValidationIssue } from '../../domain';
import { DataError } from '../errors';

/**
 * Settings that break a rule (validateSettings: each value, the rules between values, the whole calendar): every
 * issue keyed by its SchoolSettings path, so the form shows each message at its field. Thrown before anything
 * is written.
 */
export class SettingsValidationError extends DataError {
  public readonly issues: readonly ValidationIssue[];

  public constructor(issues: readonly ValidationIssue[]) {
    super('invalid-record', `The settings were not saved: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}
