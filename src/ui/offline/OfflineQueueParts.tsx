import * as React from 'react';
import { DefaultButton } from '../plain/buttons';
import { MessageBar, MessageBarType } from '../plain/MessageBar';
import { Spinner, SpinnerSize } from '../plain/Spinner';
import { Text } from '../plain/Text';
import { plural } from './plural';
import type { QueueStatus, SenderWords } from './useOfflineSender';

/** "2 registers waiting to be saved — they will be sent when you are back online." */
export function waitingText(count: number, offline: boolean, words: SenderWords, verb: 'saved' | 'sent'): string {
  return `${plural(count, words.one, words.many)} waiting to be ${verb} — ${count === 1 ? 'it' : 'they'} will be sent ${offline ? 'when you are back online' : 'again shortly'}.`;
}

export interface WaitingLine {
  readonly key: string;
  readonly text: React.ReactNode;
}

/** What is kept on this device waiting to be sent: the headline, each item with who and when, and "Send now". */
export const WaitingBar: React.FC<{ readonly headline: string; readonly listLabel: string; readonly lines: readonly WaitingLine[]; readonly sending: boolean; readonly onSendNow: () => void }> = ({
  headline,
  listLabel,
  lines,
  sending,
  onSendNow,
}) =>
  lines.length === 0 ? null : (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text="Send now" disabled={sending} onClick={onSendNow} />}>
      <Text block>{headline}</Text>
      <ul aria-label={listLabel}>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
    </MessageBar>
  );

/** Sending, or what the last sending came to, in a polite live region. */
export const SendStatus: React.FC<{ readonly status: QueueStatus }> = ({ status }) => (
  <div role="status" aria-live="polite">
    {status.kind === 'sending' && <Spinner size={SpinnerSize.small} label={status.message} ariaLive="off" labelPosition="right" />}
    {(status.kind === 'sent' || status.kind === 'stopped') && (
      <MessageBar role="none" messageBarType={status.kind === 'sent' && status.clean ? MessageBarType.success : MessageBarType.warning} isMultiline>
        {status.message}
      </MessageBar>
    )}
  </div>
);
