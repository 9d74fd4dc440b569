import type { IServices } from '../../../../composition/IServices';
import type { RegisterConflict, RegisterSaveRequest, RegisterSaveResult } from '../../../../data/ports';
import type { Queued } from '../../../../ui/offline/offlineQueue';
import type { SendOutcome } from '../../../../ui/offline/useOfflineSender';
import { plural } from '../../../../ui/offline/useOfflineSender';
import { followUpRegisterSave } from './afterSave';
import { changedPupils, queuedRegisterOf, type QueuedRegister } from './offlineQueue';
import { draftAfterSave, formatLondonDateTime } from './registerModel';
import { registerTitle } from './registerTitle';
import { draftKey, readDraft, writeDraft } from './useRegisterDraft';

/**
 * Sending one register kept on this device (the offline queue's replay): its own chunk (`attendance-offline-send`),
 * loaded by useOfflineRegisters with the first register there is to send — never while nothing is waiting, and only
 * when the connection is there to send it.
 */

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

/** Sends one queued register: saved as it was taken, its saved marks out of the draft kept on this device, then the follow-ups. */
export async function sendQueuedRegister(
  services: Pick<IServices, 'attendance' | 'attendanceNotifier' | 'pupilSummaries'>,
  item: Queued<RegisterSaveRequest, readonly RegisterConflict[]>,
  nameOf: (pupilId: number) => string,
  note: (text: string) => void,
): Promise<SendOutcome<readonly RegisterConflict[]>> {
  const entry = queuedRegisterOf(item);
  const r = await services.attendance.saveRegister(entry.request);
  const key = draftKey(entry.user, entry.date, entry.session);
  writeDraft(key, draftAfterSave(readDraft(key), [...r.saved, ...r.unchanged]));
  followUpRegisterSave(services, entry.request, r, note);
  return {
    message: sentMessage(entry, r, nameOf),
    clean: r.conflicts.length === 0 && r.failures.length === 0,
    ...(r.conflicts.length > 0 ? { conflict: r.conflicts } : {}),
  };
}
