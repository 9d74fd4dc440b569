import * as React from 'react';
import { PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import { Link } from '../../../../ui/plain/Link';
import { Text } from '../../../../ui/plain/Text';
import { PlainSelect } from '../../../../ui/plain/PlainFields';
import { PlainRadioGroup } from '../../../../ui/plain/PlainRadioGroup';
import { formatUkDate, leadersReportFileName, londonToday, reportPeriods, type Audience } from '../../../../domain';
import { preloadData, type DataModule } from '../../../../composition/dataModules';
import { onDemand } from '../../../../ui/onDemand';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import type { FiledLeadersReport, ReadResult } from '../../../../data/ports';

/** What building the report reads (besides the pupils and settings the page has): their code loads with the report's. */
export const BUILD_DATA: readonly DataModule[] = ['schools', 'attendance', 'pips', 'meetings', 'notificationLog', 'supportPlans', 'targets'];

// The report for a period is built when the person asks: its rules, charts and repositories load then, beside each
// other (one wave), not when the page opens. A failed load is said in its place.
const PeriodReport = onDemand('Loading what builds the report…', () => {
  preloadData(BUILD_DATA);
  return import(/* webpackChunkName: 'reports-leaders-build' */ './PeriodReport').then((m) => m.PeriodReport);
});

/**
 * Choose the period and the version (leaders, or governors without names). The page opens on the version filed for
 * the period in the leadership library (its link, version, date and who filed it); the report is built from the
 * records when asked for ("Build the report for this period"), then follows the period and version chosen.
 */
export const LeadersReportView: React.FC<{
  /** The library's list, read by Reports beside the rights check (a round trip saved): used once, then read afresh. */
  readonly filedFirst?: Promise<ReadResult<FiledLeadersReport>>;
}> = ({ filedFirst }) => {
  const { settings, leadershipReports, now } = useServices();
  const today = londonToday(now());
  const [loaded] = useAsync(() => settings.get(), [settings]);
  const early = React.useRef(filedFirst);
  const [filed, reloadFiled] = useAsync(() => {
    const first = early.current;
    early.current = undefined; // after filing, the library is read again
    return first ?? leadershipReports.list();
  }, [leadershipReports]);
  const [label, setLabel] = React.useState<string | undefined>();
  const [audience, setAudience] = React.useState<Audience>('leaders');
  const [asked, setAsked] = React.useState(false);
  if (loaded.status === 'loading') return <Spinner label="Loading the term dates…" />;
  if (loaded.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>The settings could not be loaded: {loaded.message}</MessageBar>;
  const periods = reportPeriods(loaded.value, today);
  if (periods.length === 0) return <MessageBar messageBarType={MessageBarType.warning}>No term has started yet: enter the term dates in Settings.</MessageBar>;
  const period = periods.find((p) => p.label === label) ?? periods.find((p) => !p.label.startsWith('School year')) ?? periods[0];
  const fileName = leadersReportFileName(period.label, audience);
  const thisOne = filed.status === 'ready' ? filed.value.items.find((r) => r.fileName === fileName) : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 24 }}>
        <PlainSelect label="Period" value={period.label} options={periods.map((p) => ({ key: p.label, text: p.label }))} onChange={setLabel} width={240} />
        <PlainRadioGroup
          label="Version"
          value={audience}
          options={[
            { key: 'leaders', text: 'Leaders (pupils named)' },
            { key: 'governors', text: 'Governors (no names)' },
          ]}
          onChange={(key) => setAudience(key as Audience)}
        />
      </Stack>
      <Text block>
        {filed.status === 'loading' && 'Looking for this report in the leadership reports library…'}
        {filed.status === 'error' && `The leadership reports library could not be read: ${filed.message}`}
        {filed.status === 'ready' && !thisOne && 'Not filed yet: this version for this period is not in the leadership reports library (readable by Leadership only).'}
        {thisOne && (
          <>
            Filed: <Link href={thisOne.url} underline>{thisOne.fileName}</Link> (version {thisOne.version}, {formatUkDate(thisOne.filedOn)}, by {thisOne.filedBy}), readable by Leadership only.
          </>
        )}
      </Text>
      {asked ? (
        <PeriodReport key={period.label} period={period} audience={audience} settings={loaded.value} today={today} onFiled={reloadFiled} />
      ) : (
        <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
          <Text block>
            The report is built from the records when you ask for it: attendance against national figures, PIPs, review
            meetings and notifications on time, and support plans’ cost against impact, with charts. Then download it as Word or
            file it for leadership.
          </Text>
          <PrimaryButton text="Build the report for this period" onClick={() => setAsked(true)} />
        </Stack>
      )}
    </Stack>
  );
};
