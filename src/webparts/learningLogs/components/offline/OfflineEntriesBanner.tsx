import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import { PlainTextArea } from '../../../../ui/plain/PlainTextArea';
import { formatLondonDateTime } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { browserOffline } from '../../../../ui/offline/connection';
import { SendStatus, WaitingBar, waitingText } from '../../../../ui/offline/OfflineQueueParts';
import { personName } from '../../../../ui/offline/personName';
import { ENTRY_WORDS, entryTitle } from './entryQueue';
import type { OfflineEntries } from './useOfflineEntries';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Learning-log entries kept on this device: those waiting (who wrote them, when, "Send now"), and those sent but
 * refused, each with the reason and its text to copy; the person removes one from the device once they have.
 */
export const OfflineEntriesBanner: React.FC<{ readonly queue: OfflineEntries }> = ({ queue }) => {
  const { currentUser } = useServices();
  const { waiting, withConflicts, status } = queue;
  if (waiting.length === 0 && withConflicts.length === 0 && status.kind === 'idle') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <WaitingBar
        headline={waitingText(waiting.length, browserOffline(), ENTRY_WORDS, 'sent')}
        listLabel="Learning-log entries waiting to be sent"
        sending={status.kind === 'sending'}
        onSendNow={queue.sendNow}
        lines={waiting.map((q) => ({
          key: q.id,
          text: `${capital(entryTitle(q.payload))} (${q.payload.logName} log), written by ${personName(q.user, currentUser)} on ${formatLondonDateTime(q.queuedAt)}, kept on this device.`,
        }))}
      />
      {withConflicts.map((q) => (
        <MessageBar
          key={q.id}
          messageBarType={MessageBarType.severeWarning}
          isMultiline
          actions={<DefaultButton text="Remove from this device" ariaLabel={`Remove ${entryTitle(q.payload)} from this device`} onClick={() => queue.remove(q.id)} />}
        >
          <p>
            {capital(entryTitle(q.payload))}, written on this device on {formatLondonDateTime(q.queuedAt)}, was sent but not saved: {q.conflict?.reason} Copy its text
            to keep it (for example into the right pupil&apos;s log), then remove it from this device.
          </p>
          <PlainTextArea label={`Text of ${entryTitle(q.payload)}`} value={q.payload.entry.entry} />
        </MessageBar>
      ))}
      <SendStatus status={status} />
    </Stack>
  );
};
