import * as React from 'react';
import { DefaultButton } from '../../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../../ui/plain/MessageBar';
import { Stack } from '../../../../../ui/plain/Stack';
import { formatLondonDateTime } from '../../../../../domain';
import { useServices } from '../../../../../ui/ServicesContext';
import { browserOffline } from '../../../../../ui/offline/connection';
import { PlainTextArea } from '../../../../../ui/plain/PlainTextArea';
import { SendStatus, WaitingBar, waitingText } from '../../../../../ui/offline/OfflineQueueParts';
import { personName } from '../../../../attendance/components/register/saveOutcome';
import { OUTCOME_WORDS, outcomeLines, outcomeOf, outcomeTitle } from './outcomeQueue';
import type { OfflineOutcomes } from './useOfflineOutcomes';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Review outcomes kept on this device: those waiting (who recorded them, when, "Send now"), and those that met
 * someone else's outcome or a refusal, with theirs and the person's own side by side, until the person removes it.
 */
export const OfflineOutcomesBanner: React.FC<{ readonly queue: OfflineOutcomes; readonly onOpen: (meetingId: number) => void }> = ({ queue, onOpen }) => {
  const { currentUser } = useServices();
  const { waiting, withConflicts, status } = queue;
  if (waiting.length === 0 && withConflicts.length === 0 && status.kind === 'idle') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <WaitingBar
        headline={waitingText(waiting.length, browserOffline(), OUTCOME_WORDS, 'sent')}
        listLabel="Review outcomes waiting to be sent"
        sending={status.kind === 'sending'}
        onSendNow={queue.sendNow}
        lines={waiting.map((q) => ({
          key: q.id,
          text: `${capital(outcomeTitle(q.payload))}, recorded by ${personName(q.user, currentUser)} on ${formatLondonDateTime(q.queuedAt)}, kept on this device.`,
        }))}
      />
      {withConflicts.map((q) => (
        <MessageBar
          key={q.id}
          messageBarType={MessageBarType.severeWarning}
          isMultiline
          actions={
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <DefaultButton text="Open the meeting" ariaLabel={`Open the meeting: ${outcomeTitle(q.payload)}`} onClick={() => onOpen(q.payload.meetingId)} />
              <DefaultButton text="Remove from this device" ariaLabel={`Remove ${outcomeTitle(q.payload)} from this device`} onClick={() => queue.remove(q.id)} />
            </Stack>
          }
        >
          <p>
            {capital(outcomeTitle(q.payload))}, recorded on this device on {formatLondonDateTime(q.queuedAt)}, was sent but not saved: {q.conflict?.reason}{' '}
            {q.conflict?.theirs ? 'Neither was overwritten: compare them, and record yours again in the meeting if it should replace theirs.' : 'Copy what you recorded to keep it.'} Then
            remove it from this device.
          </p>
          {q.conflict?.theirs && (
            <ReadOnlyLines label={`Recorded by someone else: ${outcomeTitle(q.payload)}`} lines={outcomeLines(q.conflict.theirs)} />
          )}
          <ReadOnlyLines label={`Recorded by you: ${outcomeTitle(q.payload)}`} lines={outcomeLines(outcomeOf(q.payload.held))} />
        </MessageBar>
      ))}
      <SendStatus status={status} />
    </Stack>
  );
};

/** An outcome's lines as read-only text to select and copy, as tall as its lines. */
const ReadOnlyLines: React.FC<{ readonly label: string; readonly lines: readonly string[] }> = ({ label, lines }) => (
  <PlainTextArea label={label} rows={Math.max(lines.length, 2)} value={lines.join('\n')} />
);
