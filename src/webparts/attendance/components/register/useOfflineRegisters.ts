import * as React from 'react';
import type { Pupil } from '../../../../domain';
import { DataError } from '../../../../data/errors';
import type { RegisterConflict, RegisterSaveRequest, Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { useOfflineSender } from '../../../../ui/offline/useOfflineSender';
import { queuedRegisterOf, registerCodec, registerId } from './offlineQueue';
import type { OfflineRegisters } from './offlineQueueContext';

/**
 * The code that sends a queued register. Failing to load it means the connection is not there yet: a 'network'
 * failure, so the register stays waiting, in order, and is tried again (src/ui/offline/useOfflineSender.ts).
 */
export function loadSender(): Promise<typeof import('./sendQueuedRegister')> {
  return import(/* webpackChunkName: 'attendance-offline-send' */ './sendQueuedRegister').catch((e: unknown) => {
    throw new DataError('network', `The code that sends it could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
  });
}

const REGISTER_WORDS = { one: 'register', many: 'registers' };

/**
 * The offline registers of the person signed in (the shared offline queue's sender, src/ui/offline): registers they
 * saved with no connection are sent, oldest first, when the page opens, when the browser says it is back online,
 * and again after a failed attempt. A register sent is taken out of the queue and its saved marks out of the draft
 * kept on this device; marks that met someone else's are kept, with those conflicts, until the person chooses in
 * the register.
 */
export function useOfflineRegisters(pupils: readonly Saved<Pupil>[]): OfflineRegisters {
  const services = useServices();
  const { currentUser } = services;
  const user = currentUser.email;
  const names = React.useMemo(() => new Map(pupils.map((p) => [p.id, `${p.firstName} ${p.lastName}`])), [pupils]);
  const nameOf = React.useCallback((id: number) => names.get(id) ?? `pupil ${id}`, [names]);

  const sender = useOfflineSender<RegisterSaveRequest, readonly RegisterConflict[]>({
    codec: registerCodec,
    user,
    now: services.now,
    words: REGISTER_WORDS,
    // The sending code loads with the first register to send (a chunk that cannot load yet is a connection failure: the register waits, in order).
    send: async (item, note) => (await loadSender()).sendQueuedRegister(services, item, nameOf, note),
  });
  const { remove } = sender;
  const waiting = React.useMemo(() => sender.waiting.map(queuedRegisterOf), [sender.waiting]);
  const withConflicts = React.useMemo(() => sender.withConflicts.map(queuedRegisterOf), [sender.withConflicts]);
  const settled = React.useCallback((date: string, session: string) => remove(registerId({ date, session })), [remove]);
  const conflictsFor = React.useCallback(
    (date: string, session: string) => withConflicts.find((q) => q.date === date && q.session === session)?.conflicts ?? [],
    [withConflicts],
  );
  return {
    waiting,
    withConflicts,
    status: sender.status,
    version: sender.version,
    enqueue: sender.enqueue,
    settled,
    conflictsFor,
    sendNow: sender.sendNow,
  };
}
