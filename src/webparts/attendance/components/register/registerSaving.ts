import type { IAttendanceRepository, RegisterConflict, RegisterSaveResult, RegisterSnapshot } from '../../../../data/ports';
import type { IServices } from '../../../../composition/IServices';
import { errorText } from '../../../../ui/errorText';
import { draftAfterSave, type BuiltSave, type Draft } from './registerModel';
import { outcomeMessage } from './saveOutcome';
import { isConnectionFailure, type RegisterKeeping } from './offlineQueueContext';
import { loadAfterSave, type SaveStatus } from './useRegisterSave';

/**
 * The register's save once the request is built (chunk `attendance-save`): one call to the repository with the whole
 * register, then the outcome. It starts loading with the first mark entered (RegisterEditor) and is awaited at Save;
 * useRegisterSave keeps the register on this device when it cannot load (no connection).
 */

export interface SaveRun {
  readonly attendance: IAttendanceRepository;
  readonly services: IServices;
  readonly built: BuiltSave;
  readonly loaded: Pick<RegisterSnapshot, 'date' | 'session'>;
  readonly conflicts: readonly RegisterConflict[];
  readonly hold?: ReadonlySet<number>;
  readonly offline?: Pick<RegisterKeeping, 'enqueue' | 'settled'>;
  readonly live: { readonly current: boolean };
  readonly queuedMessage: string;
  readonly setBaseline: (snapshot: RegisterSnapshot) => void;
  readonly setResult: (result: RegisterSaveResult) => void;
  readonly setConflicts: (conflicts: readonly RegisterConflict[]) => void;
  readonly setStatus: (status: SaveStatus | ((s: SaveStatus) => SaveStatus)) => void;
  readonly updateDraft: (change: (d: Draft) => Draft) => void;
}

/** "Saved 0 marks. 2 marks not sent: …" when nothing could be sent but some marks are held. */
export const heldMessage = (snapshot: RegisterSnapshot, held: number): string =>
  outcomeMessage({ saved: [], unchanged: [], conflicts: [], failures: [], snapshot }, held);

export async function runSave(run: SaveRun): Promise<void> {
  const { built, live, setStatus, offline } = run;
  try {
    const r = await run.attendance.saveRegister(built.request);
    if (!live.current) return;
    run.setBaseline(r.snapshot);
    run.setResult(r);
    const stillOpen = run.conflicts.filter((c) => run.hold?.has(c.pupilId));
    run.setConflicts([...stillOpen, ...r.conflicts]);
    if (stillOpen.length + r.conflicts.length === 0) offline?.settled(run.loaded.date, run.loaded.session);
    run.updateDraft((d) => draftAfterSave(d, [...r.saved, ...r.unchanged]));
    const clean = r.failures.length === 0 && r.conflicts.length === 0 && built.held.length === 0;
    setStatus({ kind: 'done', message: outcomeMessage(r, built.held.length), clean });
    // Follow-ups run after the save, never holding it up; what did not work is said in the status.
    const note = (text: string): void => {
      if (live.current) setStatus((st) => (st.kind === 'done' ? { ...st, message: `${st.message} ${text}`, clean: false } : st));
    };
    if (r.saved.length + r.unchanged.length > 0)
      void loadAfterSave().then(
        (m) => m.followUpRegisterSave(run.services, built.request, r, note),
        (e: unknown) => note(`Home schools could not be told about this register, and the attendance stage they see was not updated (${errorText(e).replace(/\.$/, '')}).`),
      );
  } catch (e) {
    if (!live.current) return;
    // The connection went (or its answer was lost): kept on this device and sent when it is back.
    if (offline && isConnectionFailure(e) && offline.enqueue(built.request)) {
      setStatus({ kind: 'queued', message: run.queuedMessage });
      return;
    }
    const why = errorText(e);
    // SharePoint stopped answering part-way and could not be asked: the repository says what is known.
    const partial = typeof e === 'object' && e !== null && (e as { kind?: unknown }).kind === 'unknown-outcome';
    setStatus({
      kind: 'error',
      message: partial ? why : `The register was not saved (${why.replace(/\.$/, '')}). Your marks are kept on this device: try again.`,
    });
  }
}
