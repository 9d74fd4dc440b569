import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { formatUkDate, londonParts, type Pupil } from '../../../domain';

/** 'Okafor, Amara' */
export const pupilName = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.lastName}, ${p.firstName}`;

export { errorText } from '../../../ui/errorText';

/** '20/11/2026 at 09:45' (London). */
export function formatInstant(iso: string): string {
  const p = londonParts(iso);
  return `${formatUkDate(p.date)} at ${p.time}`;
}

/** 'Friday 23/10/2026' */
export function formatDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${day} ${formatUkDate(date)}`;
}

export type Notice = { readonly ok: boolean; readonly text: string };

/** An outcome announced to screen readers (polite), shown as a message bar. */
export const StatusMessage: React.FC<{ notice?: Notice; onDismiss?: () => void }> = ({ notice, onDismiss }) => (
  <div role="status" aria-live="polite">
    {notice && (
      <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error} isMultiline onDismiss={onDismiss} dismissButtonAriaLabel="Close the message">
        {notice.text}
      </MessageBar>
    )}
  </div>
);
