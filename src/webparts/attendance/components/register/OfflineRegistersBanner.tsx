import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import type { Session } from '../../../../domain/vocabulary';
import { useServices } from '../../../../ui/ServicesContext';
import { SendStatus, WaitingBar, waitingText } from '../../../../ui/offline/OfflineQueueParts';
import { plural } from '../../../../ui/offline/useOfflineSender';
import { changedPupils } from './offlineQueue';
import { browserOffline, type OfflineRegisters } from './offlineQueueContext';
import { formatLondonDateTime } from './registerModel';
import { personName } from './saveOutcome';
import { registerTitle } from './SessionRegister';

const REGISTER_WORDS = { one: 'register', many: 'registers' };

/** "2 registers waiting to be saved — they will be sent when you are back online", then each with who and when. */
export function waitingHeadline(count: number, offline: boolean): string {
  return waitingText(count, offline, REGISTER_WORDS, 'saved');
}

/** The registers kept on this device: what is waiting, what was sent and met someone else's marks, and sending now. */
export const OfflineRegistersBanner: React.FC<{ readonly queue: OfflineRegisters; readonly onOpen: (date: string, session: Session) => void }> = ({ queue, onOpen }) => {
  const { currentUser } = useServices();
  const { waiting, withConflicts, status } = queue;
  // Nothing at all while nothing was ever kept on this device (the register's own status region says the rest).
  if (waiting.length === 0 && withConflicts.length === 0 && status.kind === 'idle') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <WaitingBar
        headline={waitingHeadline(waiting.length, browserOffline())}
        listLabel="Registers waiting to be saved"
        sending={status.kind === 'sending'}
        onSendNow={queue.sendNow}
        lines={waiting.map((q) => ({
          key: `${q.date}|${q.session}`,
          text: `${registerTitle(q.date, q.session)}: ${plural(changedPupils(q).size, 'mark')}, taken by ${personName(q.request.takenBy, currentUser)} on ${formatLondonDateTime(q.request.at)}, kept on this device.`,
        }))}
      />
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
      <SendStatus status={status} />
    </Stack>
  );
};
