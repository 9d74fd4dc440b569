import * as React from 'react';
import type { Pupil } from '../../../../domain';
import type { RegisterConflict, RegisterSaveRequest, RegisterSaveResult, Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { plural, useOfflineSender } from '../../../../ui/offline/useOfflineSender';
import { followUpRegisterSave } from './afterSave';
import { changedPupils, queuedRegisterOf, registerCodec, registerId, type QueuedRegister } from './offlineQueue';
import type { OfflineRegisters } from './offlineQueueContext';
import { draftAfterSave, formatLondonDateTime } from './registerModel';
import { registerTitle } from './SessionRegister';
import { draftKey, readDraft, writeDraft } from './useRegisterDraft';

/** "Sent the register for Friday 20/11/2026, morning (AM), taken on this device on 20/11/2026 at 09:05: 12 marks saved." */
export function sentMessage(entry: QueuedRegister, r: RegisterSaveResult, nameOf: (pupilId: number) => string): string {
  // Marks changed on that page but found stored already (an earlier attempt whose answer was lost had saved them).
  const changed = changedPupils(entry);
  const already = r.unchanged.filter((id) => changed.has(id)).length;
  const parts = [
    `Sent the register for ${registerTitle(entry.date, entry.session)}, taken on this device on ${formatLondonDateTime(entry.request.at)}: ${plural(r.saved.length, 'mark')} saved${already > 0 ? ` (${plural(already, 'mark was', 'marks were')} already saved)` : ''}.`,
  ];
  if (r.conflicts.length > 0)
    parts.push(
      `${plural(r.conflicts.length, 'mark was', 'marks were')} changed by someone else meanwhile (${r.conflicts.map((c) => nameOf(c.pupilId)).join(', ')}): nothing of theirs was overwritten. Open this register to choose what to keep.`,
    );
  if (r.failures.length > 0)
    parts.push(`${plural(r.failures.length, 'mark')} not saved: ${r.failures.map((f) => `${nameOf(f.pupilId)}: ${f.message}`).join(' ')} Open this register to correct ${r.failures.length === 1 ? 'it' : 'them'}.`);
  return parts.join(' ');
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
  const { attendance, currentUser } = services;
  const user = currentUser.email;
  const names = React.useMemo(() => new Map(pupils.map((p) => [p.id, `${p.firstName} ${p.lastName}`])), [pupils]);
  const nameOf = React.useCallback((id: number) => names.get(id) ?? `pupil ${id}`, [names]);

  const sender = useOfflineSender<RegisterSaveRequest, readonly RegisterConflict[]>({
    codec: registerCodec,
    user,
    now: services.now,
    words: REGISTER_WORDS,
    send: async (item, note) => {
      const entry = queuedRegisterOf(item);
      const r = await attendance.saveRegister(entry.request);
      const key = draftKey(entry.user, entry.date, entry.session);
      writeDraft(key, draftAfterSave(readDraft(key), [...r.saved, ...r.unchanged]));
      followUpRegisterSave(services, entry.request, r, note);
      return {
        message: sentMessage(entry, r, nameOf),
        clean: r.conflicts.length === 0 && r.failures.length === 0,
        ...(r.conflicts.length > 0 ? { conflict: r.conflicts } : {}),
      };
    },
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
