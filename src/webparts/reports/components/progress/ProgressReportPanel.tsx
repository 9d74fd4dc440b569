import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { NO_COMMENTS, progressReport, type ProgressComments, type ProgressReport, type Pupil, type ReviewPeriod, type SchoolSettings } from '../../../../domain';
import { DOCX_TYPE } from '../../../../data/letters/docxType';
import { loadProgressRecords } from '../../../../data/reports/progressRecords';
import { loadProgressComments, saveProgressComments, type TermComments } from '../../../../data/reports/progressComments';
import type { Saved } from '../../../../data/ports';
import { downloadBlob } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';
import { RecordProblems } from '../../../../ui/RecordProblems';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { FiledReports } from './FiledReports';
import { ProgressPreview } from './ProgressPreview';
import { progressChartPicture } from './progressChart';
import { reportableTerms } from './reportableTerms';

/** The Word maker (docx) loads only when a report is made. */
const makeDocx = async (report: ProgressReport, chartBox: HTMLDivElement | null, boundaries: SchoolSettings['stageBoundaries']): Promise<Uint8Array> => {
  const chart = await progressChartPicture(report, boundaries, chartBox);
  const { progressReportDocx } = await import(/* webpackChunkName: 'ondemand-word-progress-report' */ '../../../../data/reports/progressReportDocx');
  return progressReportDocx(report, chart);
};

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export interface ProgressReportPanelProps {
  readonly pupil: Saved<Pupil>;
  readonly homeSchool?: string;
  readonly today: string;
}


/**
 * The termly progress report (attendance policy Appendix 3) for one pupil: choose the term, write the comments,
 * check the preview (the Word document has exactly this content), then file it in the pupil's folder of the Letters
 * library or download it.
 */
export const ProgressReportPanel: React.FC<ProgressReportPanelProps> = ({ pupil, homeSchool, today }) => {
  const { settings } = useServices();
  const [loaded] = useAsync(() => settings.get(), [settings]);
  const [label, setLabel] = React.useState<string | undefined>();
  const [filed, setFiled] = React.useState(0);
  if (loaded.status === 'loading') return <Spinner label="Loading the term dates…" />;
  if (loaded.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>The settings could not be loaded: {loaded.message}</MessageBar>;
  const s = loaded.value;
  const terms = reportableTerms(s, today);
  if (terms.length === 0) return <MessageBar messageBarType={MessageBarType.warning}>No term has started yet: enter the term dates in Settings.</MessageBar>;
  const period = terms.find((t) => t.label === label) ?? terms[0];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Dropdown
        label="Term"
        selectedKey={period.label}
        options={terms.map((t) => ({ key: t.label, text: t.label }))}
        onChange={(_e, o) => o && setLabel(String(o.key))}
        styles={{ root: { maxWidth: 320 } }}
      />
      <FiledReports pupil={pupil} today={today} serviceName={s.service.name} version={filed} />
      <TermReport key={period.label} pupil={pupil} homeSchool={homeSchool} today={today} period={period} settings={s} onFiled={() => setFiled((n) => n + 1)} />
    </Stack>
  );
};

const TermReport: React.FC<ProgressReportPanelProps & { period: ReviewPeriod; settings: SchoolSettings; onFiled: () => void }> = ({ pupil, homeSchool, today, period, settings, onFiled }) => {
  const services = useServices();
  const { letters, currentUser } = services;
  const [records] = useAsync(async () => {
    const [r, stored] = await Promise.all([loadProgressRecords(services, pupil.id, period), loadProgressComments(services.learningLogs, pupil.id, period, settings.terms)]);
    return { ...r, stored };
  }, [services, pupil.id, period, settings.terms]);
  const [comments, setComments] = React.useState<ProgressComments>(NO_COMMENTS);
  const stored = React.useRef<TermComments | undefined>();
  React.useEffect(() => {
    if (records.status !== 'ready' || stored.current) return;
    stored.current = records.value.stored;
    setComments(records.value.stored.comments);
  }, [records]);
  const keepComments = async (): Promise<void> => {
    stored.current = await saveProgressComments(services.learningLogs, pupil, period, settings.terms, comments, stored.current ?? { comments: NO_COMMENTS });
  };
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const chartBox = React.useRef<HTMLDivElement>(null);
  const report = React.useMemo(
    () =>
      records.status === 'ready'
        ? progressReport({
            pupil,
            homeSchool,
            serviceName: settings.service.name,
            period,
            today,
            settings,
            marks: records.value.marks,
            pips: records.value.pips,
            targets: records.value.targets,
            assessments: records.value.assessments,
            entries: records.value.entries,
            behaviour: records.value.behaviour,
            comments,
          })
        : undefined,
    [records, pupil, homeSchool, settings, period, today, comments],
  );
  if (records.status === 'loading') return <Spinner label={`Loading ${pupil.firstName}’s records for the ${period.label}…`} />;
  if (records.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>The records could not be loaded: {records.message}</MessageBar>;
  if (!report) return null;
  const problems = records.value.problems;
  const busy = status.kind === 'busy';

  const file = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Saving the comments, making the Word document and filing it in the pupil’s folder…' });
    try {
      await keepComments();
      const content = await makeDocx(report, chartBox.current, settings.stageBoundaries);
      const saved = await letters.file({ pupilId: pupil.id, kind: 'Termly progress report', letterDate: today, sentBy: currentUser.displayName, fileName: report.fileName }, content, pupil.pupilRef);
      setStatus({ kind: 'done', text: `Saved "${saved.fileName}" in the Letters library, in ${pupil.pupilRef}'s folder.` });
      onFiled();
    } catch (e) {
      setStatus({ kind: 'error', text: `The report was not saved: ${errorText(e)}` });
    }
  };
  const saveComments = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Saving the comments…' });
    try {
      await keepComments();
      setStatus({ kind: 'done', text: `The comments were saved with ${pupil.pupilRef}'s learning log for the ${period.label}: making the report again uses them.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The comments were not saved (what you wrote is still here): ${errorText(e)}` });
    }
  };
  const download = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Making the Word document…' });
    try {
      downloadBlob(report.fileName, new Blob([await makeDocx(report, chartBox.current, settings.stageBoundaries)], { type: DOCX_TYPE }));
      setStatus({ kind: 'done', text: `The Word document "${report.fileName}" was made: see your downloads.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The report could not be made: ${errorText(e)}` });
    }
  };
  const field = (key: keyof ProgressComments, label: string, description: string): React.ReactElement => (
    <TextField label={label} description={description} multiline autoAdjustHeight value={comments[key]} onChange={(_e, v) => setComments((c) => ({ ...c, [key]: v ?? '' }))} />
  );

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <RecordProblems problems={problems} effect="left out of the report" />
      {field('leadTutor', 'Lead tutor’s comment', 'Goes into the report as written.')}
      {field('pupilVoice', 'The pupil’s own words', 'What the pupil says about the term, in their words.')}
      {field('nextSteps', 'Further next steps', 'One a line; the open targets that run beyond the term are listed first.')}
      <Text as="h4" variant="large" block styles={{ root: { marginTop: 12 } }}>
        {report.title}
      </Text>
      <ProgressPreview report={report} boundaries={settings.stageBoundaries} chartRef={chartBox} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <PrimaryButton text="Save in the pupil’s folder" onClick={() => void file()} disabled={busy} />
        <DefaultButton text="Save the comments only" onClick={() => void saveComments()} disabled={busy} />
        <DefaultButton text="Download the Word document" onClick={() => void download()} disabled={busy} />
      </Stack>
      <div role="status">
        {status.kind === 'busy' && <Spinner label={status.text} labelPosition="right" />}
        {status.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{status.text}</MessageBar>}
      </div>
      {status.kind === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {status.text}
        </MessageBar>
      )}
    </Stack>
  );
};
