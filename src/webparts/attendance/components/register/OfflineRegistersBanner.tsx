import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import type { Session } from '../../../../domain/vocabulary';
import { SendStatus } from '../../../../ui/offline/OfflineQueueParts';
import { plural } from '../../../../ui/offline/plural';
import type { OfflineRegisters } from './offlineQueueContext';
import { registerTitle } from './registerTitle';
import { KeptRegistersBar, waitingHeadline } from './KeptRegistersBar';

export { waitingHeadline };

/** The registers kept on this device: what is waiting, what was sent and met someone else's marks, and sending now. */
export const OfflineRegistersBanner: React.FC<{ readonly queue: OfflineRegisters; readonly onOpen: (date: string, session: Session) => void }> = ({ queue, onOpen }) => {
  const { waiting, withConflicts, status } = queue;
  // Nothing at all while nothing was ever kept on this device (the register's own status region says the rest).
  if (waiting.length === 0 && withConflicts.length === 0 && status.kind === 'idle') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <KeptRegistersBar waiting={waiting} sending={status.kind === 'sending'} onSendNow={queue.sendNow} />
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
