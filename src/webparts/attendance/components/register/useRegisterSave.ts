import * as React from 'react';
import type { IAttendanceRepository, RegisterConflict, RegisterSaveResult, RegisterSnapshot } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { buildSaveRequest, draftAfterSave, type Draft, type RegisterRowModel } from './registerModel';
import { outcomeMessage, savingMessage } from './saveOutcome';
import { errorText } from '../../../../ui/errorText';
import { browserOffline, isConnectionFailure, OfflineRegistersContext } from './offlineQueueContext';

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
    if (built.changedCount === 0) {
      const message = built.held.length > 0 ? outcomeMessage(emptyResult(baseline), built.held.length) : 'Nothing to save: every mark shown is already saved.';
      setStatus({ kind: 'done', message, clean: false });
      return;
    }
    // Known to be offline: kept on this device at once, not tried (the browser would only fail after a while).
    if (offline && browserOffline() && offline.enqueue(built.request)) {
      setStatus({ kind: 'queued', message: QUEUED_MESSAGE });
      return;
    }
    setStatus({ kind: 'saving', message: savingMessage(built.request.marks.length) });
    try {
      const r = await attendance.saveRegister(built.request);
      if (!live.current) return;
      setBaseline(r.snapshot);
      setResult(r);
      const stillOpen = conflicts.filter((c) => options.hold?.has(c.pupilId));
      setConflicts([...stillOpen, ...r.conflicts]);
      if (stillOpen.length + r.conflicts.length === 0) offline?.settled(loaded.date, loaded.session);
      updateDraft((d) => draftAfterSave(d, [...r.saved, ...r.unchanged]));
      const clean = r.failures.length === 0 && r.conflicts.length === 0 && built.held.length === 0;
      setStatus({ kind: 'done', message: outcomeMessage(r, built.held.length), clean });
      // Follow-ups run after the save, never holding it up; what did not work is said in the status.
      const note = (text: string): void => {
        if (live.current) setStatus((st) => (st.kind === 'done' ? { ...st, message: `${st.message} ${text}`, clean: false } : st));
      };
      if (r.saved.length + r.unchanged.length > 0)
        void loadAfterSave().then(
          (m) => m.followUpRegisterSave(services, built.request, r, note),
          (e: unknown) => note(`Home schools could not be told about this register, and the attendance stage they see was not updated (${errorText(e).replace(/\.$/, '')}).`),
        );
    } catch (e) {
      if (!live.current) return;
      // The connection went (or its answer was lost): kept on this device and sent when it is back.
      if (offline && isConnectionFailure(e) && offline.enqueue(built.request)) {
        setStatus({ kind: 'queued', message: QUEUED_MESSAGE });
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
  };

  const failures = React.useMemo(() => new Map((result?.failures ?? []).map((f) => [f.pupilId, f.message])), [result]);
  return { baseline, status, failures, conflicts, save };
}

function emptyResult(snapshot: RegisterSnapshot): RegisterSaveResult {
  return { saved: [], unchanged: [], conflicts: [], failures: [], snapshot };
}
