import * as React from 'react';
import type { IAttendanceRepository, RegisterConflict, RegisterSaveResult, RegisterSnapshot } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { buildSaveRequest, draftAfterSave, type Draft, type RegisterRowModel } from './registerModel';
import { outcomeMessage, savingMessage } from './saveOutcome';
import { errorText } from '../../../../ui/errorText';

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string; readonly clean: boolean }
  | { readonly kind: 'error'; readonly message: string };

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
  const [conflicts, setConflicts] = React.useState<readonly RegisterConflict[]>([]);
  const { attendanceNotifier: notifier, pupilSummaries } = useServices();
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
    setStatus({ kind: 'saving', message: savingMessage(built.request.marks.length) });
    try {
      const r = await attendance.saveRegister(built.request);
      if (!live.current) return;
      setBaseline(r.snapshot);
      setResult(r);
      const stillOpen = conflicts.filter((c) => options.hold?.has(c.pupilId));
      setConflicts([...stillOpen, ...r.conflicts]);
      updateDraft((d) => draftAfterSave(d, [...r.saved, ...r.unchanged]));
      const clean = r.failures.length === 0 && r.conflicts.length === 0 && built.held.length === 0;
      setStatus({ kind: 'done', message: outcomeMessage(r, built.held.length), clean });
      // Follow-ups run after the save, never holding it up; what did not work is said in the status.
      const addNote = (note: string | undefined): void => {
        if (note && live.current) setStatus((st) => (st.kind === 'done' ? { ...st, message: `${st.message} ${note}`, clean: false } : st));
      };
      // Home schools are told (and each message logged).
      if (notifier && r.saved.length + r.unchanged.length > 0)
        notifier
          .afterRegisterSave(built.request, r)
          .then((n) => n.failed === 0 ? undefined : `${n.failed} message${n.failed === 1 ? '' : 's'} to home schools could not be sent (${n.problems[0] ?? 'unknown reason'}); staff can send ${n.failed === 1 ? 'it' : 'them'} again from Notifications in Review meetings.`)
          .catch((e: unknown) => `Home schools could not be told about this register (${errorText(e)}).`)
          .then(addNote)
          .catch(() => undefined);
      // The attendance stage that home schools see in their list view is brought up to date.
      if (r.saved.length > 0)
        pupilSummaries
          .refresh(r.saved)
          .then((u) => (u.failures.length === 0 ? undefined : `The attendance stage shown to home schools was not updated for ${u.failures.length} pupil(s).`))
          .catch((e: unknown) => `The attendance stage shown to home schools was not updated (${errorText(e)}).`)
          .then(addNote)
          .catch(() => undefined);
    } catch (e) {
      if (!live.current) return;
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
