import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Stack } from '../../../ui/plain/Stack';
import { Text } from '../../../ui/plain/Text';
import type { HealthFinding, HealthReport } from '../../../data/sp/setup/health/healthTypes';
import type { SetupResult, SetupRunOptions, SiteVersionState } from '../../../data/sp/setup/setupTypes';
import { useServices } from '../../../ui/ServicesContext';
import { onDemand } from '../../../ui/onDemand';
import { useAsync, type AsyncState } from '../../../ui/useAsync';
import { errorText } from '../../../ui/errorText';
import { FindingList } from './FindingList';
import { wasCancelled, type RunState } from './setupRun';

// What only a press needs loads with it: a run's progress (setup, upgrade, a repair) and "Repair all"'s.
const RunProgress = onDemand('Starting…', () => import(/* webpackChunkName: 'site-setup-run' */ './RunProgress').then((m) => m.RunProgress));
const ApplySharingToAll = onDemand('Starting…', () =>
  import(/* webpackChunkName: 'site-setup-run' */ '../../../ui/access/ApplySharingToAll').then((m) => m.ApplySharingToAll),
);

const done = (r: SetupResult): string =>
  r.writes === 0 ? 'Nothing needed changing.' : `Done: ${r.stepsDone} step${r.stepsDone === 1 ? '' : 's'}, ${r.writes} change${r.writes === 1 ? '' : 's'} to the site.`;

/** The main button for where the site stands: set up, upgrade, or (once checked) put right what setup can. */
function mainAction(at: { readonly state: SiteVersionState; readonly findings?: readonly HealthFinding[] }): string | undefined {
  if (at.state === 'new') return 'Set up Pathways Hub on this site';
  if (at.state === 'unversioned' || at.state === 'older') return 'Upgrade';
  if (at.state === 'current' && at.findings?.some((f) => f.repair?.kind === 'setup')) return 'Repair lists and permissions';
  return undefined;
}

const kindOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { kind?: unknown }).kind === 'string' ? (e as { kind: string }).kind : undefined;

/**
 * Site setup, for the site's owners. It opens on the site's status, read in one round trip: whether the signed-in
 * person may set up, whether Pathways Hub is set up, and at which version against the one deployed, with the button
 * that fits (set up, upgrade). "Check this site" (its code loaded then) compares the whole site with what Pathways
 * Hub needs and lists what is not right, with a Repair for what the product can put right; it runs again after every
 * setup, upgrade or repair. Setup runs step by step in the browser as the signed-in owner, can be cancelled, and can
 * be run again (it finishes what was left).
 */
export const SiteSetup: React.FC = () => {
  const { siteSetup } = useServices();
  const [status, rereadStatus] = useAsync(() => siteSetup.status(), [siteSetup]);
  // The check: not asked for (undefined) until "Check this site" is pressed, or a setup, upgrade or repair has run.
  const [report, setReport] = React.useState<AsyncState<HealthReport> | undefined>(undefined);
  const checks = React.useRef(0);
  React.useEffect(
    () => () => {
      checks.current = -1;
    },
    [],
  );
  const check = React.useCallback((): void => {
    if (checks.current < 0) return;
    const round = ++checks.current;
    setReport({ status: 'loading' });
    siteSetup.check().then(
      (value) => {
        if (checks.current === round) setReport({ status: 'ready', value });
      },
      (e: unknown) => {
        const kind = kindOf(e);
        if (checks.current === round) setReport({ status: 'error', message: errorText(e), ...(kind ? { kind } : {}) });
      },
    );
  }, [siteSetup]);
  const [run, setRun] = React.useState<RunState>({ kind: 'idle' });
  const controller = React.useRef<AbortController | undefined>(undefined);
  const [cancelling, setCancelling] = React.useState(false);
  const [repairingAll, setRepairingAll] = React.useState(false);
  // "Repair all" pressed at least once: from then on its own component (loaded then) shows its progress and outcome.
  const [repairAllShown, setRepairAllShown] = React.useState(false);
  const busy = run.kind === 'running' || repairingAll;
  // Pupils out of date in the last report read (kept while the check runs again, so "Repair all"'s outcome stays shown).
  const [outOfDate, setOutOfDate] = React.useState(0);
  React.useEffect(() => {
    if (report?.status === 'ready') setOutOfDate(report.value.findings.filter((f) => f.repair?.kind === 'pupil-access').length);
  }, [report]);

  const start = (title: string, work: (options: SetupRunOptions) => Promise<string>): void => {
    const c = new AbortController();
    controller.current = c;
    setCancelling(false);
    setRun({ kind: 'running', title });
    work({ signal: c.signal, onProgress: (progress) => setRun({ kind: 'running', title, progress }) }).then(
      (message) => {
        setRun({ kind: 'done', message });
        check();
      },
      (e: unknown) => {
        setRun(wasCancelled(e) ? { kind: 'cancelled' } : { kind: 'failed', message: errorText(e) });
        check();
      },
    );
  };
  const runSetup = (title: string): void => start(title, async (options) => done(await siteSetup.runSetup(options)));
  const repair = (f: HealthFinding): void => start('Repairing', (options) => siteSetup.repair(f, options));
  const cancel = (): void => {
    setCancelling(true);
    controller.current?.abort();
  };

  // What the page shows: the check's report once asked for, else the site's status.
  const shown: AsyncState<{ readonly state: SiteVersionState; readonly summary: string; readonly findings?: readonly HealthFinding[] }> = report ?? status;
  const action = shown.status === 'ready' ? mainAction(shown.value) : undefined;
  const checked = report?.status === 'ready' ? report.value : undefined;

  return (
    <section aria-labelledby="site-setup-heading" style={{ maxWidth: 1000 }}>
      <Text as="h2" id="site-setup-heading" variant="xLarge" block styles={{ root: { margin: '0 0 8px' } }}>
        Site setup
      </Text>
      {shown.status === 'loading' && !busy && <Spinner label={report ? 'Checking this site…' : 'Reading this site…'} />}
      {shown.status === 'error' &&
        (shown.kind === 'access-denied' ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
              Only a site owner can set up or check Pathways Hub
            </Text>
            {shown.message}
          </MessageBar>
        ) : (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {`${report ? 'The site could not be checked' : 'The site could not be read'}: ${shown.message}`}
          </MessageBar>
        ))}
      {shown.status === 'ready' && (
        <>
          <Text block styles={{ root: { marginBottom: 8 } }} data-testid="setup-summary">
            {shown.value.summary}
          </Text>
          {shown.value.state === 'new' && (
            <Text block styles={{ root: { marginBottom: 8 } }}>
              Setup creates every Pathways Hub list with its columns, indexes and views, the Pathways Hub Leadership, Office and Staff
              groups and their permissions, and records the version. It changes nothing else on the site, and can be run again.
            </Text>
          )}
          {!report && shown.value.state !== 'new' && shown.value.state !== 'newer' && (
            <Text block styles={{ root: { marginBottom: 8 } }}>
              “Check this site” compares the site with what this version of Pathways Hub needs (its lists and columns, groups and
              permissions, who can see each pupil, the home schools’ staff groups) and offers a Repair for what Pathways Hub can put right.
            </Text>
          )}
        </>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '8px 0' } }}>
        {action && <PrimaryButton text={action} disabled={busy} onClick={() => runSetup(action)} />}
        {shown.status !== 'loading' &&
          (report || status.status !== 'error' ? (
            <DefaultButton text={report ? 'Check this site again' : 'Check this site'} disabled={busy} onClick={check} />
          ) : (
            <DefaultButton text="Check this site again" disabled={busy} onClick={rereadStatus} />
          ))}
      </Stack>
      {run.kind !== 'idle' && <RunProgress run={run} onCancel={cancel} cancelling={cancelling} />}
      {checked && checked.state !== 'new' && checked.findings.length === 0 && run.kind !== 'running' && (
        <MessageBar messageBarType={MessageBarType.success}>Nothing to put right: the site matches what Pathways Hub needs.</MessageBar>
      )}
      {outOfDate > 0 && (
        <Text block styles={{ root: { marginTop: 12 } }}>
          {outOfDate === 1
            ? '1 pupil’s records are not shared as the rule and the sharing settings say (below). “Repair all” puts it right, as its own Repair does.'
            : `${outOfDate} pupils’ records are not shared as the rule and the sharing settings say (below). “Repair all” puts every one of them right, a few at a time.`}
        </Text>
      )}
      {/* Once pressed, kept mounted while the check runs again after it, so its outcome is not lost. */}
      {repairAllShown ? (
        <ApplySharingToAll count={outOfDate} actionText="Repair all" disabled={run.kind === 'running'} onRunning={setRepairingAll} onFinished={check} startAtOnce />
      ) : (
        outOfDate > 0 && (
          <div style={{ margin: '8px 0' }}>
            <PrimaryButton text="Repair all" disabled={run.kind === 'running'} onClick={() => setRepairAllShown(true)} style={{ marginTop: 8, minHeight: 44 }} />
          </div>
        )
      )}
      {checked && <FindingList findings={checked.findings} busy={busy} onRepair={repair} />}
    </section>
  );
};
