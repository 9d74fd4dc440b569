import type { ZodTypeAny } from 'zod';
import { issuesByField, issuesFromZodError } from '../../src/domain/common/validationIssue';

/** Field-keyed messages of a failed parse ({} when it parses). */
export function issuesOf(schema: ZodTypeAny, input: unknown): Record<string, string[]> {
  const r = schema.safeParse(input);
  return r.success ? {} : issuesByField(issuesFromZodError(r.error));
}

export const STAFF = 'leo.brennan@pathways.example.org';
export const RECORDED_AT = '2026-03-02T09:05:00Z';
