import * as React from 'react';
import type { IAttendanceRepository, RegisterConflict, RegisterSaveResult, RegisterSnapshot } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { buildSaveRequest, type Draft, type RegisterRowModel } from './registerModel';
import { savingMessage } from './registerWording';
import { errorText } from '../../../../ui/errorText';
import { browserOffline, OfflineRegistersContext } from './offlineQueueContext';

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string; readonly clean: boolean }
  | { readonly kind: 'error'; readonly message: string }
  /** No connection: the register is kept on this device and sent when the connection is back. */
  | { readonly kind: 'queued'; readonly message: string };

/**
 * What follows a save that reached SharePoint (afterSave.ts: telling home schools, the attendance stage they see), its own
 * chunk: RegisterEditor starts loading it with the first mark changed, so a save never waits for it.
 */
export const loadAfterSave = (): Promise<typeof import('./afterSave')> => import(/* webpackChunkName: 'attendance-after-save' */ './afterSave');

/**
 * The save itself once its request is built (registerSaving.ts: the call, the outcome's wording), its own chunk:
 * RegisterEditor starts loading it with the first mark entered, and Save awaits it ("Saving…" shown meanwhile).
 */
export const loadSaving = (): Promise<typeof import('./registerSaving')> => import(/* webpackChunkName: 'attendance-save' */ './registerSaving');

export const QUEUED_MESSAGE =
  'No connection: this register is kept on this device and will be sent when you are back online (reloading the page loses nothing). ' +
  'Marks someone else saves meanwhile are never overwritten: you will be asked which to keep.';

export interface SaveOptions {
  readonly rows: readonly RegisterRowModel[];
  readonly overwrite?: ReadonlySet<number>;
  readonly hold?: ReadonlySet<number>;
}

export interface RegisterSave {
  readonly baseline: RegisterSnapshot;
  readonly status: SaveStatus;
  readonly failures: ReadonlyMap<number, string>;
  readonly conflicts: readonly RegisterConflict[];
  readonly save: (options: SaveOptions) => Promise<void>;
}

/**
 * Saving the register: one call to the repository with the whole register, then the outcome. The draft keeps
 * every mark that was not saved (failures, conflicts, held rows, or all of them when the call fails).
 */
export function useRegisterSave(
  attendance: IAttendanceRepository,
  loaded: RegisterSnapshot,
  user: { email: string },
  now: () => Date,
  updateDraft: (change: (d: Draft) => Draft) => void,
): RegisterSave {
  const [baseline, setBaseline] = React.useState<RegisterSnapshot>(loaded);
  const [status, setStatus] = React.useState<SaveStatus>({ kind: 'idle' });
  const [result, setResult] = React.useState<RegisterSaveResult | undefined>();
  const offline = React.useContext(OfflineRegistersContext);
  // Marks sent from this device while the register was closed that met someone else's: the person chooses here.
  const kept = offline?.conflictsFor(loaded.date, loaded.session);
  const [conflicts, setConflicts] = React.useState<readonly RegisterConflict[]>(() => kept ?? []);
  // The sending code loads after the register when registers are kept here: their conflicts show once it knows them.
  React.useEffect(() => {
    if (kept && kept.length > 0) setConflicts((c) => (c.length > 0 ? c : kept));
  }, [kept]);
  const services = useServices();
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const save = async (options: SaveOptions): Promise<void> => {
    const built = buildSaveRequest(options.rows, baseline, {
      takenBy: user.email,
      at: now().toISOString(),
      overwrite: options.overwrite,
      hold: options.hold,
    });
    if (built.changedCount === 0 && built.held.length === 0) {
      setStatus({ kind: 'done', message: 'Nothing to save: every mark shown is already saved.', clean: false });
      return;
    }
    // Known to be offline: kept on this device at once, not tried (the browser would only fail after a while).
    if (built.changedCount > 0 && offline && browserOffline() && offline.enqueue(built.request)) {
      setStatus({ kind: 'queued', message: QUEUED_MESSAGE });
      return;
    }
    if (built.changedCount > 0) setStatus({ kind: 'saving', message: savingMessage(built.request.marks.length) });
    let saving: typeof import('./registerSaving');
    try {
      saving = await loadSaving();
    } catch (e) {
      if (!live.current) return;
      // The save's code could not load (no connection): the save never started, so it is kept as a save that finds
      // no connection is (a register with nothing changed has nothing to keep: the draft still holds its marks).
      if (built.changedCount > 0 && offline && offline.enqueue(built.request)) {
        setStatus({ kind: 'queued', message: QUEUED_MESSAGE });
        return;
      }
      setStatus({ kind: 'error', message: `The register was not saved (${errorText(e).replace(/\.$/, '')}). Your marks are kept on this device: try again.` });
      return;
    }
    if (!live.current) return;
    if (built.changedCount === 0) {
      setStatus({ kind: 'done', message: saving.heldMessage(baseline, built.held.length), clean: false });
      return;
    }
    await saving.runSave({
      attendance,
      services,
      built,
      loaded,
      conflicts,
      hold: options.hold,
      offline,
      live,
      queuedMessage: QUEUED_MESSAGE,
      setBaseline,
      setResult,
      setConflicts,
      setStatus,
      updateDraft,
    });
  };

  const failures = React.useMemo(() => new Map((result?.failures ?? []).map((f) => [f.pupilId, f.message])), [result]);
  return { baseline, status, failures, conflicts, save };
}
