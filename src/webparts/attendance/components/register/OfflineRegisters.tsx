import * as React from 'react';
import type { Pupil } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { Saved } from '../../../../data/ports';
import { OfflineRegistersBanner } from './OfflineRegistersBanner';
import type { RegisterKeeping } from './offlineQueueContext';
import { useOfflineRegisters } from './useOfflineRegisters';

/**
 * Sends the registers kept on this device (oldest first, when loaded, when the browser is back online, and by the
 * backing-off retry) and shows them (OfflineRegistersBanner); tells the register when one was sent and how to keep one.
 * Its own chunk (`attendance-offline`), loaded by TakeRegister with the first mark entered, or at once when registers
 * are kept here (src/ui/offline/useLoadWhenKept.ts).
 */
export const OfflineRegisters: React.FC<{
  readonly pupils: readonly Saved<Pupil>[];
  readonly onOpen: (date: string, session: Session) => void;
  readonly onChange: (keeping: RegisterKeeping) => void;
}> = ({ pupils, onOpen, onChange }) => {
  const queue = useOfflineRegisters(pupils);
  const { version, enqueue, settled } = queue;
  // The conflicts as the queue holds them now, through one function for the page (the sender's own is new at each
  // render); a register sent meanwhile raises `version`, and the open register loads again with them.
  const latest = React.useRef(queue.conflictsFor);
  latest.current = queue.conflictsFor;
  const conflictsFor = React.useCallback((date: string, session: string) => latest.current(date, session), []);
  React.useEffect(() => onChange({ version, enqueue, settled, conflictsFor }), [onChange, version, enqueue, settled, conflictsFor]);
  return <OfflineRegistersBanner queue={queue} onOpen={onOpen} />;
};
