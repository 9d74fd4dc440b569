import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Stack } from '../../../ui/plain/Stack';
import { Text } from '../../../ui/plain/Text';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { errorText } from '../../../ui/errorText';
import { downloadText } from '../../../ui/download';
import { PlainSelect } from '../../../ui/plain/PlainFields';
import { onDemand } from '../../../ui/onDemand';
import type { RowResult } from '../../../domain/import/report';
import type { MappedSheet } from '../../../domain/import/rows';
import type { SourceSheet } from '../../../domain/import/cells';
import type { AnyImportPlan, ImportProgress } from '../../../data/import/importTypes';
import { ChooseSource } from './ChooseSource';
import type { LoadedSource } from './loadSource';
import type { ImportSteps } from './loadImportSteps';

// Matching the columns (Fluent's Dropdown and TextField) comes after the first screen: its code loads when a file is read.
const MapColumns = onDemand('Loading the column matching…', () => import(/* webpackChunkName: 'import-map-columns' */ './MapColumns').then((m) => m.MapColumns));

type Step =
  | { readonly step: 'choose' }
  | { readonly step: 'map'; readonly source: LoadedSource; readonly sheet: SourceSheet; readonly mapped: MappedSheet }
  | { readonly step: 'check'; readonly source: LoadedSource; readonly sheet: SourceSheet; readonly mapped: MappedSheet; readonly plan: AnyImportPlan }
  | { readonly step: 'import'; readonly source: LoadedSource; readonly plan: AnyImportPlan }
  | { readonly step: 'report'; readonly source: LoadedSource; readonly plan: AnyImportPlan; readonly results: readonly RowResult[]; readonly cancelled: boolean };

const STEP_TITLES: Record<Step['step'], string> = {
  choose: '1. Choose what to import',
  map: '2. Match the columns',
  check: '3. Check before importing',
  import: '4. Importing',
  report: '5. Report',
};

const reportName = (source: LoadedSource, kind: string): string => `Import report ${kind} ${source.name.replace(/\.[^.]+$/, '')}.csv`.replace(/[\\/:*?"<>|]/g, ' ');

/** The Import view: choose a source, match its columns, check every row (a dry run), import with progress, read the report. */
export const ImportRecords: React.FC = () => {
  const { userAccess, imports } = useServices();
  // Importing adds pupils (and their records): offered to those SharePoint lets add to the Pupils list, not to teachers.
  const [access] = useAsync(() => userAccess.pupilRights().then((r) => r.canAdd), [userAccess]);
  const [state, setState] = React.useState<Step>({ step: 'choose' });
  // The code of the steps after choosing (parsing, the check's and report's tables): loaded with the first file or list read.
  const [steps, setSteps] = React.useState<ImportSteps>();
  const [problem, setProblem] = React.useState<string>();
  const [checking, setChecking] = React.useState(false);
  const [progress, setProgress] = React.useState<ImportProgress>({ done: 0, total: 0 });
  const cancelRef = React.useRef(false);
  const [cancelling, setCancelling] = React.useState(false);
  const headingRef = React.useRef<HTMLHeadingElement>(null);

  // Each new step's heading takes the focus, so keyboard and screen-reader users start at the top of it (not on first load).
  const firstStep = React.useRef(true);
  React.useEffect(() => {
    if (firstStep.current) firstStep.current = false;
    else headingRef.current?.focus();
  }, [state.step]);

  if (access.status === 'loading') return <Spinner label="Checking what you may do…" />;
  if (access.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>{access.message}</MessageBar>;
  if (!access.value)
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        Importing records is for PRU staff who may add pupils. Ask the headteacher or the site owner if you need to import.
      </MessageBar>
    );

  const openSheet = (kit: ImportSteps, source: LoadedSource, sheetName?: string): void => {
    setProblem(undefined);
    setSteps(kit);
    const prepared = kit.prepareSheet(source.sheets, sheetName ? { sheetName } : {});
    if (!prepared.ok) {
      setProblem(prepared.message);
      setState({ step: 'choose' });
      return;
    }
    setState({ step: 'map', source, sheet: prepared.sheet, mapped: prepared.mapped });
  };

  const check = async (s: Extract<Step, { step: 'map' }>): Promise<void> => {
    setProblem(undefined);
    setChecking(true);
    try {
      const plan = await imports.plan(s.sheet, s.mapped);
      setState({ ...s, step: 'check', plan });
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setChecking(false);
    }
  };

  const run = async (s: Extract<Step, { step: 'check' }>): Promise<void> => {
    cancelRef.current = false;
    setCancelling(false);
    setProgress({ done: 0, total: s.plan.rows.length });
    setState({ step: 'import', source: s.source, plan: s.plan });
    try {
      const results = await imports.run(s.plan, { onProgress: setProgress, isCancelled: () => cancelRef.current });
      setState({ step: 'report', source: s.source, plan: s.plan, results, cancelled: cancelRef.current });
    } catch (e) {
      setProblem(`The import stopped: ${errorText(e)} What was written before it stopped is saved; check the file again to see what is left.`);
      setState(s);
    }
  };

  const writes = state.step === 'check' && steps ? steps.countOutcomes(state.plan.rows) : undefined;
  const toWrite = writes ? writes.new + writes.updated : 0;

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { maxWidth: 960 } }}>
      <Text as="h2" variant="xLarge" block>
        Import records
      </Text>
      <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
        {STEP_TITLES[state.step]}
      </h3>
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
          {problem}
        </MessageBar>
      )}
      {state.step === 'choose' && <ChooseSource onLoaded={(source, kit) => openSheet(kit, source)} />}
      {state.step === 'map' && steps && (
        <Stack tokens={{ childrenGap: 12 }}>
          <Text block>
            {state.source.name} ({state.source.description}): header on row {state.mapped.headerIndex + 1}, {state.sheet.rows.length - state.mapped.headerIndex - 1} rows below it.
          </Text>
          {state.source.sheets.length > 1 && (
            <PlainSelect
              label="Sheet"
              value={state.sheet.name}
              options={state.source.sheets.map((s) => ({ key: s.name, text: s.name }))}
              onChange={(key) => openSheet(steps, state.source, key)}
              width={300}
            />
          )}
          <MapColumns mapped={state.mapped} checking={checking} onChange={(mapped) => setState({ ...state, mapped })} onCheck={() => void check(state)} onBack={() => setState({ step: 'choose' })} />
        </Stack>
      )}
      {state.step === 'check' && steps && (
        <Stack tokens={{ childrenGap: 12 }}>
          <Text block>
            {steps.IMPORT_KIND_LABELS[state.mapped.kind]} from {state.source.name}. Nothing has been saved yet. Rows marked Conflict or Refused are never written.
          </Text>
          <steps.PlanCounts rows={state.plan.rows} />
          <steps.PlanDetails rows={state.plan.rows} />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={toWrite === 0 ? 'Nothing to import' : `Import ${toWrite} ${toWrite === 1 ? 'record' : 'records'}`} disabled={toWrite === 0} onClick={() => void run(state)} />
            <DefaultButton text="Change the mapping" onClick={() => setState({ step: 'map', source: state.source, sheet: state.sheet, mapped: state.mapped })} />
            <DefaultButton text="Download the check as CSV" onClick={() => downloadText(reportName(state.source, 'check'), steps.importReportCsv(state.plan.rows))} />
          </Stack>
        </Stack>
      )}
      {state.step === 'import' && steps && (
        <Stack tokens={{ childrenGap: 12 }}>
          <steps.ProgressIndicator
            label={cancelling ? 'Stopping after the current batch…' : 'Importing'}
            description={`${progress.done} of ${progress.total} rows done`}
            percentComplete={progress.total > 0 ? progress.done / progress.total : undefined}
            ariaValueText={`${progress.done} of ${progress.total} rows done`}
          />
          <div>
            <DefaultButton
              text="Cancel"
              disabled={cancelling}
              onClick={() => {
                cancelRef.current = true;
                setCancelling(true);
              }}
            />
          </div>
        </Stack>
      )}
      {state.step === 'report' && steps && (
        <Stack tokens={{ childrenGap: 12 }}>
          <div role="status">
            <MessageBar messageBarType={state.cancelled || steps.countResults(state.results).failed > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
              {state.cancelled ? 'The import was cancelled: rows written before it stopped are saved; the rest were not imported. ' : 'The import has finished. '}
              {steps.countResults(state.results).created + steps.countResults(state.results).updated} records were written.
            </MessageBar>
          </div>
          <steps.ResultCounts results={state.results} />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text="Download the report (CSV)" onClick={() => downloadText(reportName(state.source, 'result'), steps.importReportCsv(state.plan.rows, state.results))} />
            <DefaultButton text="Import another file" onClick={() => setState({ step: 'choose' })} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
};
