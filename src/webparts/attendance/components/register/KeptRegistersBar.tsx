import * as React from 'react';
import { formatLondonDateTime } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { WaitingBar, waitingText } from '../../../../ui/offline/OfflineQueueParts';
import { personName } from '../../../../ui/offline/personName';
import { plural } from '../../../../ui/offline/plural';
import { browserOffline } from '../../../../ui/offline/connection';
import { changedPupils } from './keepRegister';
import type { QueuedRegister } from './offlineQueue';
import { registerTitle } from './registerTitle';

const REGISTER_WORDS = { one: 'register', many: 'registers' };

/** "2 registers waiting to be saved — they will be sent when you are back online", then each with who and when. */
export function waitingHeadline(count: number, offline: boolean): string {
  return waitingText(count, offline, REGISTER_WORDS, 'saved');
}

/**
 * The registers kept on this device waiting to be sent, each with who took it and when, and "Send now": in the
 * sender's banner (OfflineRegistersBanner), and on the register's first screen for a register it kept before the
 * sending code had loaded (TakeRegister).
 */
export const KeptRegistersBar: React.FC<{
  readonly waiting: readonly Pick<QueuedRegister, 'date' | 'session' | 'request'>[];
  readonly sending: boolean;
  readonly onSendNow: () => void;
}> = ({ waiting, sending, onSendNow }) => {
  const { currentUser } = useServices();
  return (
    <WaitingBar
      headline={waitingHeadline(waiting.length, browserOffline())}
      listLabel="Registers waiting to be saved"
      sending={sending}
      onSendNow={onSendNow}
      lines={waiting.map((q) => ({
        key: `${q.date}|${q.session}`,
        text: `${registerTitle(q.date, q.session)}: ${plural(changedPupils(q).size, 'mark')}, taken by ${personName(q.request.takenBy, currentUser)} on ${formatLondonDateTime(q.request.at)}, kept on this device.`,
      }))}
    />
  );
};
