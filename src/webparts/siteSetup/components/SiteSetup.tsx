import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Stack } from '../../../ui/plain/Stack';
import { Text } from '../../../ui/plain/Text';
import type { HealthFinding, HealthReport } from '../../../data/sp/setup/health/healthTypes';
import type { SetupResult, SetupRunOptions } from '../../../data/sp/setup/setupTypes';
import { useServices } from '../../../ui/ServicesContext';
import { onDemand } from '../../../ui/onDemand';
import { useAsync } from '../../../ui/useAsync';
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

/** The main button for where the site stands: set up, upgrade, or put right what setup can. */
function mainAction(report: HealthReport): string | undefined {
  if (report.state === 'new') return 'Set up Pathways Hub on this site';
  if (report.state === 'unversioned' || report.state === 'older') return 'Upgrade';
  if (report.state === 'current' && report.findings.some((f) => f.repair?.kind === 'setup')) return 'Repair lists and permissions';
  return undefined;
}

/**
 * Site setup, for the site's owners: sets Pathways Hub up on this site, upgrades it when a newer version is
 * deployed, and checks it ("Check this site") with a Repair for what the product can put right. Setup runs step by
 * step in the browser as the signed-in owner, can be cancelled, and can be run again (it finishes what was left).
 */
export const SiteSetup: React.FC = () => {
  const { siteSetup } = useServices();
  const [report, recheck] = useAsync(() => siteSetup.check(), [siteSetup]);
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
    if (report.status === 'ready') setOutOfDate(report.value.findings.filter((f) => f.repair?.kind === 'pupil-access').length);
  }, [report]);

  const start = (title: string, work: (options: SetupRunOptions) => Promise<string>): void => {
    const c = new AbortController();
    controller.current = c;
    setCancelling(false);
    setRun({ kind: 'running', title });
    work({ signal: c.signal, onProgress: (progress) => setRun({ kind: 'running', title, progress }) }).then(
      (message) => {
        setRun({ kind: 'done', message });
        recheck();
      },
      (e: unknown) => {
        setRun(wasCancelled(e) ? { kind: 'cancelled' } : { kind: 'failed', message: errorText(e) });
        recheck();
      },
    );
  };
  const runSetup = (title: string): void => start(title, async (options) => done(await siteSetup.runSetup(options)));
  const repair = (f: HealthFinding): void => start('Repairing', (options) => siteSetup.repair(f, options));
  const cancel = (): void => {
    setCancelling(true);
    controller.current?.abort();
  };

  return (
    <section aria-labelledby="site-setup-heading" style={{ maxWidth: 1000 }}>
      <Text as="h2" id="site-setup-heading" variant="xLarge" block styles={{ root: { margin: '0 0 8px' } }}>
        Site setup
      </Text>
      {report.status === 'loading' && !busy && <Spinner label="Checking this site…" />}
      {report.status === 'error' &&
        (report.kind === 'access-denied' ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
              Only a site owner can set up or check Pathways Hub
            </Text>
            {report.message}
          </MessageBar>
        ) : (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {`The site could not be checked: ${report.message}`}
          </MessageBar>
        ))}
      {report.status === 'ready' && (
        <>
          <Text block styles={{ root: { marginBottom: 8 } }} data-testid="setup-summary">
            {report.value.summary}
          </Text>
          {report.value.state === 'new' && (
            <Text block styles={{ root: { marginBottom: 8 } }}>
              Setup creates every Pathways Hub list with its columns, indexes and views, the Pathways Hub Leadership, Office and Staff
              groups and their permissions, and records the version. It changes nothing else on the site, and can be run again.
            </Text>
          )}
        </>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '8px 0' } }}>
        {report.status === 'ready' && mainAction(report.value) && (
          <PrimaryButton text={mainAction(report.value)} disabled={busy} onClick={() => runSetup(mainAction(report.value) ?? 'Setup')} />
        )}
        {report.status !== 'loading' && <DefaultButton text="Check this site again" disabled={busy} onClick={recheck} />}
      </Stack>
      {run.kind !== 'idle' && <RunProgress run={run} onCancel={cancel} cancelling={cancelling} />}
      {report.status === 'ready' && report.value.state !== 'new' && report.value.findings.length === 0 && run.kind !== 'running' && (
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
        <ApplySharingToAll count={outOfDate} actionText="Repair all" disabled={run.kind === 'running'} onRunning={setRepairingAll} onFinished={recheck} startAtOnce />
      ) : (
        outOfDate > 0 && (
          <div style={{ margin: '8px 0' }}>
            <PrimaryButton text="Repair all" disabled={run.kind === 'running'} onClick={() => setRepairAllShown(true)} style={{ marginTop: 8, minHeight: 44 }} />
          </div>
        )
      )}
      {report.status === 'ready' && <FindingList findings={report.value.findings} busy={busy} onRepair={repair} />}
    </section>
  );
};
