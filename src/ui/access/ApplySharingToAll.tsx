import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../plain/buttons';
import { MessageBar, MessageBarType } from '../plain/MessageBar';
import { ProgressIndicator } from '../plain/ProgressIndicator';
import { Text } from '../plain/Text';
import type { RepairAllProgress, RepairAllResult } from '../../data/ports';
import { errorText } from '../errorText';
import { useServices } from '../ServicesContext';
import { useMounted } from '../useMounted';

type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress?: RepairAllProgress }
  | { readonly kind: 'finished'; readonly result: RepairAllResult }
  | { readonly kind: 'failed'; readonly message: string };

const pupils = (n: number): string => `${n} pupil${n === 1 ? '' : 's'}`;

/** "Updating 12 of 40: Rowan Ellis" (the pupil started last; with a few at once, the count is of those finished). */
export function progressText(p: RepairAllProgress | undefined): string {
  if (!p) return 'Finding the pupils whose folders need updating…';
  if (p.waitingSeconds) return `SharePoint asked Pathways Hub to wait: going on in ${p.waitingSeconds} second${p.waitingSeconds === 1 ? '' : 's'} (${p.done} of ${p.of} done).`;
  if (p.done >= p.of) return `Updated ${p.of} of ${p.of}.`;
  return `Updating ${p.done + 1} of ${p.of}${p.current ? `: ${p.current}` : ''}`;
}

/** How a run ended, in one sentence. */
export function resultText(r: RepairAllResult): string {
  if (r.of === 0) return 'Every pupil’s folders already follow the sharing settings: nothing needed updating.';
  const parts = [`${pupils(r.updated)} updated`];
  if (r.alreadyUpToDate > 0) parts.push(`${pupils(r.alreadyUpToDate)} already up to date`);
  if (r.failures.length > 0) parts.push(`${pupils(r.failures.length)} not updated (below)`);
  const head = r.cancelled ? 'Cancelled; the pupils in hand were finished whole' : 'Done';
  const rest = r.notStarted > 0 ? ` ${pupils(r.notStarted)} not started yet: run it again to finish them.` : '';
  return `${head}: ${parts.join(', ')}.${rest}`;
}

export interface ApplySharingToAllProps {
  /** How many pupils were found out of date (what the button applies to). */
  readonly count: number;
  /** "Apply to all pupils now" (Settings) or "Repair all" (Site setup). */
  readonly actionText: string;
  /** Other buttons on the page are held while this runs. */
  readonly disabled?: boolean;
  readonly onRunning?: (running: boolean) => void;
  /** After a run: the page reads again what is out of date. */
  readonly onFinished?: () => void;
  /** Starts at once when shown: its page showed the button itself, and loads this when it is pressed (Site setup). */
  readonly startAtOnce?: boolean;
}

/**
 * One action for every pupil whose folders do not follow the sharing settings (IHomeSchoolAccess.repairAll): progress
 * pupil by pupil, Cancel between pupils, the pupils not updated named with the reason, and "Try the N again".
 */
export const ApplySharingToAll: React.FC<ApplySharingToAllProps> = ({ count, actionText, disabled, onRunning, onFinished, startAtOnce }) => {
  const { pupilAccess } = useServices();
  const [run, setRun] = React.useState<Run>({ kind: 'idle' });
  const controller = React.useRef<AbortController | undefined>(undefined);
  const [cancelling, setCancelling] = React.useState(false);
  const mounted = useMounted();
  React.useEffect(() => () => controller.current?.abort(), []);

  const start = (pupilIds?: readonly number[]): void => {
    const c = new AbortController();
    controller.current = c;
    setCancelling(false);
    setRun({ kind: 'running' });
    onRunning?.(true);
    pupilAccess
      .repairAll({ ...(pupilIds ? { pupilIds } : {}), signal: c.signal, onProgress: (progress) => mounted() && setRun({ kind: 'running', progress }) })
      .then(
        (result) => mounted() && setRun({ kind: 'finished', result }),
        (e: unknown) => mounted() && setRun({ kind: 'failed', message: errorText(e) }),
      )
      .finally(() => {
        if (!mounted()) return;
        onRunning?.(false);
        onFinished?.();
      });
  };

  React.useEffect(() => {
    if (startAtOnce) start();
    // Once, when shown: the press that showed it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (run.kind === 'running') {
    const p = run.progress;
    return (
      <div style={{ margin: '8px 0' }}>
        <ProgressIndicator label="Updating the pupils’ folders" description={progressText(p)} percentComplete={p && p.of > 0 ? p.done / p.of : undefined} />
        <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {progressText(p)}
        </div>
        <DefaultButton
          text={cancelling ? 'Cancelling: finishing the pupils in hand…' : 'Cancel'}
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            controller.current?.abort();
          }}
          style={{ marginTop: 8, minHeight: 44 }}
        />
      </div>
    );
  }

  const result = run.kind === 'finished' ? run.result : undefined;
  const failed = result?.failures ?? [];
  const left = result !== undefined && (result.notStarted > 0 || result.cancelled);
  return (
    <div style={{ margin: '8px 0' }}>
      {run.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {`The pupils’ folders could not be updated: ${run.message} Nothing already done is lost; try again.`}
        </MessageBar>
      )}
      {result && (
        <MessageBar messageBarType={failed.length > 0 || left ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {resultText(result)}
        </MessageBar>
      )}
      {failed.length > 0 && (
        <section aria-label="Pupils not updated" style={{ marginTop: 8 }}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            Not updated:
          </Text>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {failed.map((f) => (
              <li key={f.pupilId} style={{ overflowWrap: 'anywhere', padding: '2px 0' }}>
                {`${f.name} (${f.pupilRef}): ${f.message}`}
              </li>
            ))}
          </ul>
          <PrimaryButton text={`Try the ${failed.length} again`} disabled={disabled} onClick={() => start(failed.map((f) => f.pupilId))} style={{ minHeight: 44 }} />
        </section>
      )}
      {(result === undefined || left) && count > 0 && (
        <PrimaryButton text={actionText} disabled={disabled} onClick={() => start()} style={{ marginTop: 8, minHeight: 44 }} />
      )}
    </div>
  );
};
