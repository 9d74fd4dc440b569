import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { PlainSelect, type PlainOption } from '../../../../ui/plain/PlainFields';
import { ProgressIndicator } from '../../../../ui/plain/ProgressIndicator';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import {
  cohortForTerm,
  cohortSummary,
  mergeOutcomes,
  pupilsToRetry,
  YEAR_GROUPS,
  type CohortFilter,
  type CohortOutcome,
  type Pupil,
  type ReviewPeriod,
  type School,
  type SchoolSettings,
} from '../../../../domain';
import type { ReadResult, Saved } from '../../../../data/ports';
import { errorText } from '../../../../ui/errorText';
import { RecordProblems } from '../../../../ui/RecordProblems';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { reportableTerms } from '../progress/reportableTerms';
import { ReportsPupilsContext } from '../reportsPupils';

const ALL = 'all';

interface Loaded {
  readonly settings: SchoolSettings;
  readonly pupils: ReadResult<Saved<Pupil>>;
  readonly schools: readonly Saved<School>[];
}

type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly text: string; readonly done: number; readonly total: number; readonly cancelling: boolean }
  | { readonly kind: 'finished'; readonly outcomes: readonly CohortOutcome[]; readonly period: ReviewPeriod }
  | { readonly kind: 'error'; readonly text: string };

/**
 * Termly progress reports for every pupil on roll in a term, or a group of them (a home school, a year group), in
 * one action (attendance policy Appendix 3: every pupil "receives termly progress reports"). Each report is the one
 * the pupil record makes, filed in the pupil's folder of the Letters library. Progress names the pupil in hand;
 * Cancel stops before the next pupil; a report that fails is named with the reason and can be tried again. Shown
 * on Reports' first screen (part of its view), so on the plain controls; what making the reports needs (the records,
 * the Word maker, the chart, the comments) loads with the first "Generate" (cohortRun.ts).
 */
export const CohortReports: React.FC<{ today: string }> = ({ today }) => {
  const { settings, pupils, schools } = useServices();
  const early = React.useContext(ReportsPupilsContext); // read by Reports beside the settings
  const [loaded] = useAsync(async (): Promise<Loaded> => {
    const [s, p, sc] = await Promise.all([settings.get(), early?.() ?? pupils.list(), schools.list()]);
    return { settings: s, pupils: p, schools: sc.items };
  }, [settings, pupils, schools]);
  if (loaded.status === 'loading') return <Spinner label="Loading the pupils on roll and the term dates…" />;
  if (loaded.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>The pupils could not be loaded: {loaded.message}</MessageBar>;
  const terms = reportableTerms(loaded.value.settings, today);
  if (terms.length === 0) return <MessageBar messageBarType={MessageBarType.warning}>No term has started yet: enter the term dates in Settings.</MessageBar>;
  return <CohortForm loaded={loaded.value} terms={terms} today={today} />;
};

const CohortForm: React.FC<{ loaded: Loaded; terms: ReviewPeriod[]; today: string }> = ({ loaded, terms, today }) => {
  const services = useServices();
  const [termLabel, setTermLabel] = React.useState(terms[0].label);
  const [school, setSchool] = React.useState<string>(ALL);
  const [year, setYear] = React.useState<string>(ALL);
  const [run, setRun] = React.useState<Run>({ kind: 'idle' });
  const controller = React.useRef<AbortController | undefined>();
  const period = terms.find((t) => t.label === termLabel) ?? terms[0];
  const filter: CohortFilter = {
    homeSchoolId: school === ALL ? undefined : Number(school),
    yearGroup: year === ALL ? undefined : (year as Pupil['yearGroup']),
  };
  const cohort = cohortForTerm(loaded.pupils.items, period, today, filter);
  const schoolName = (id: number): string | undefined => loaded.schools.find((s) => s.id === id)?.name;
  const running = run.kind === 'running';

  const generate = async (pupils: readonly Saved<Pupil>[], forPeriod: ReviewPeriod, before?: readonly CohortOutcome[]): Promise<void> => {
    const abort = new AbortController();
    controller.current = abort;
    setRun({ kind: 'running', text: 'Loading the Word maker…', done: 0, total: pupils.length, cancelling: false });
    try {
      const { runCohortReports } = await import(/* webpackChunkName: 'ondemand-word-cohort-reports' */ './cohortRun');
      const outcomes = await runCohortReports(services, {
        pupils,
        period: forPeriod,
        today,
        settings: loaded.settings,
        homeSchoolName: schoolName,
        madeBy: services.currentUser.displayName,
        signal: abort.signal,
        onProgress: (p) => setRun((r) => ({ kind: 'running', text: p.text, done: p.position - 1, total: p.total, cancelling: r.kind === 'running' && r.cancelling })),
      });
      setRun({ kind: 'finished', outcomes: before ? mergeOutcomes(before, outcomes) : outcomes, period: forPeriod });
    } catch (e) {
      setRun({ kind: 'error', text: `The reports could not be made: ${errorText(e)}` });
    } finally {
      controller.current = undefined;
    }
  };
  const cancel = (): void => {
    controller.current?.abort();
    setRun((r) => (r.kind === 'running' ? { ...r, cancelling: true } : r));
  };
  const retry = (outcomes: readonly CohortOutcome[], forPeriod: ReviewPeriod): void => {
    const ids = new Set(pupilsToRetry(outcomes));
    void generate(
      loaded.pupils.items.filter((p) => ids.has(p.id)),
      forPeriod,
      outcomes,
    );
  };

  const schoolOptions: PlainOption[] = [
    { key: ALL, text: 'All home schools' },
    ...loaded.schools
      .filter((s) => loaded.pupils.items.some((p) => p.homeSchoolId === s.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((s) => ({ key: String(s.id), text: s.name })),
  ];
  const yearOptions: PlainOption[] = [
    { key: ALL, text: 'All year groups' },
    ...YEAR_GROUPS.filter((y) => loaded.pupils.items.some((p) => p.yearGroup === y)).map((y) => ({ key: y, text: y === 'R' ? 'Reception' : `Year ${y}` })),
  ];
  const finished = run.kind === 'finished' ? run : undefined;
  const summary = finished && cohortSummary(finished.outcomes);
  const notFiled = finished?.outcomes.filter((o) => o.status !== 'filed') ?? [];
  const withGaps = finished?.outcomes.filter((o) => o.status === 'filed' && o.leftOut > 0) ?? [];

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <RecordProblems problems={loaded.pupils.problems} effect="left out of the cohort" />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <PlainSelect label="Term" value={period.label} options={terms.map((t) => ({ key: t.label, text: t.label }))} onChange={setTermLabel} disabled={running} width={220} />
        <PlainSelect label="Home school" value={school} options={schoolOptions} onChange={setSchool} disabled={running} width={220} />
        <PlainSelect label="Year group" value={year} options={yearOptions} onChange={setYear} disabled={running} width={160} />
      </Stack>
      <Text block>
        {cohort.length === 0
          ? `No pupil in this group was on roll in the ${period.label}.`
          : `${cohort.length} ${cohort.length === 1 ? 'pupil' : 'pupils'} on roll in the ${period.label}: each report is filed in the pupil’s folder of the Letters library (a report already filed for this term is replaced).`}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <PrimaryButton text={`Generate ${cohort.length} ${cohort.length === 1 ? 'report' : 'reports'}`} onClick={() => void generate(cohort, period)} disabled={running || cohort.length === 0} />
        {running && <DefaultButton text={run.cancelling ? 'Cancelling…' : 'Cancel'} onClick={cancel} disabled={run.cancelling} />}
      </Stack>
      <div role="status" aria-live="polite">
        {running && (
          <ProgressIndicator
            label={run.text}
            description={run.cancelling ? 'Cancelling: the report in hand is finished first, the rest are not made.' : `${run.done} of ${run.total} done`}
            percentComplete={run.total === 0 ? 0 : run.done / run.total}
          />
        )}
        {summary && (
          <MessageBar messageBarType={summary.failed > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
            {finished.period.label}: {summary.text}
          </MessageBar>
        )}
      </div>
      {run.kind === 'error' && <MessageBar messageBarType={MessageBarType.error}>{run.text}</MessageBar>}
      {finished && notFiled.length > 0 && (
        <section aria-labelledby="cohort-not-filed">
          <Text as="h3" id="cohort-not-filed" variant="mediumPlus" block>
            Not filed
          </Text>
          <ul>
            {notFiled.map((o) => (
              <li key={o.pupilId}>
                {o.name}: {o.status === 'failed' ? o.reason : 'not made (cancelled)'}
              </li>
            ))}
          </ul>
          <DefaultButton text={`Try the ${notFiled.length} again`} onClick={() => retry(finished.outcomes, finished.period)} />
        </section>
      )}
      {withGaps.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Filed without records that could not be read: {withGaps.map((o) => o.name).join(', ')}. Open the pupil’s record to see which.
        </MessageBar>
      )}
    </Stack>
  );
};
