import type { ValidationIssue } from '../../../domain';
import { DataError } from '../../errors';

/**
 * A PIP or review that breaks a rule (src/domain/pip/pipRules.ts): every issue keyed by its field, so the form
 * shows each message at its field. Thrown before anything is written.
 */
export class PipValidationError extends DataError {
  public readonly issues: readonly ValidationIssue[];

  public constructor(what: string, issues: readonly ValidationIssue[]) {
    super('invalid-record', `The ${what} was not saved: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'PipValidationError';
    this.issues = issues;
  }
}
