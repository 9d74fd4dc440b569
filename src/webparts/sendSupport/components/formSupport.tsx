import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import type { ZodType, ZodTypeDef } from 'zod';
import { issuesByField, issuesFromZodError } from '../../../domain';

export type FieldErrors = Record<string, string[]>;

/** Validates with the record's schema: the value, or the messages by field (nothing is sent when there are any). */
export function check<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): { ok: true; value: T } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesByField(issuesFromZodError(parsed.error)) };
}

/** A save's outcome, announced to screen readers. */
export const SaveStatus: React.FC<{ status?: { ok: boolean; text: string } }> = ({ status }) => (
  <div role="status">{status && <MessageBar messageBarType={status.ok ? MessageBarType.success : MessageBarType.error} isMultiline>{status.text}</MessageBar>}</div>
);

export { errorText } from '../../../ui/errorText';

export const money = (n: number): string => `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
