import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Session } from '../../../../domain/vocabulary';
import { useServices } from '../../../../ui/ServicesContext';
import { changedPupils } from './offlineQueue';
import { browserOffline, type OfflineRegisters } from './offlineQueueContext';
import { formatLondonDateTime } from './registerModel';
import { personName } from './saveOutcome';
import { registerTitle } from './SessionRegister';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2 registers waiting to be saved — they will be sent when you are back online", then each with who and when. */
export function waitingHeadline(count: number, offline: boolean): string {
  return `${plural(count, 'register')} waiting to be saved — ${count === 1 ? 'it' : 'they'} will be sent ${offline ? 'when you are back online' : 'again shortly'}.`;
}

/** The registers kept on this device: what is waiting, what was sent and met someone else's marks, and sending now. */
export const OfflineRegistersBanner: React.FC<{ readonly queue: OfflineRegisters; readonly onOpen: (date: string, session: Session) => void }> = ({ queue, onOpen }) => {
  const { currentUser } = useServices();
  const { waiting, withConflicts, status } = queue;
  const sending = status.kind === 'sending';
  // Nothing at all while nothing was ever kept on this device (the register's own status region says the rest).
  if (waiting.length === 0 && withConflicts.length === 0 && status.kind === 'idle') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {waiting.length > 0 && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={<DefaultButton text="Send now" disabled={sending} onClick={queue.sendNow} />}
        >
          <Text block>{waitingHeadline(waiting.length, browserOffline())}</Text>
          <ul aria-label="Registers waiting to be saved">
            {waiting.map((q) => (
              <li key={`${q.date}|${q.session}`}>
                {registerTitle(q.date, q.session)}: {plural(changedPupils(q).size, 'mark')}, taken by {personName(q.request.takenBy, currentUser)} on{' '}
                {formatLondonDateTime(q.request.at)}, kept on this device.
              </li>
            ))}
          </ul>
        </MessageBar>
      )}
      {withConflicts.map((q) => (
        <MessageBar
          key={`conflict|${q.date}|${q.session}`}
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={<DefaultButton text="Open this register" onClick={() => onOpen(q.date, q.session)} />}
        >
          The register for {registerTitle(q.date, q.session)} taken on this device was sent, but {plural(q.conflicts?.length ?? 0, 'mark was', 'marks were')} changed by
          someone else meanwhile. Nothing of theirs was overwritten: open the register to choose which to keep.
        </MessageBar>
      ))}
      <div role="status" aria-live="polite">
        {sending && <Spinner size={SpinnerSize.small} label={status.message} ariaLive="off" labelPosition="right" />}
        {(status.kind === 'sent' || status.kind === 'stopped') && (
          <MessageBar
            role="none"
            delayedRender={false}
            messageBarType={status.kind === 'sent' && status.clean ? MessageBarType.success : MessageBarType.warning}
            isMultiline
          >
            {status.message}
          </MessageBar>
        )}
      </div>
    </Stack>
  );
};
