import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import {
  academicYearOf,
  addMonths,
  filedLeadersReportOf,
  leadersReport,
  minDate,
  type Audience,
  type LeadersReport,
  type ReviewPeriod,
  type SchoolSettings,
} from '../../../../domain';
import type { MarksRead } from '../../../../data/ports';
import { errorText } from '../../../../ui/errorText';
import { RecordProblems } from '../../../../ui/RecordProblems';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { preloadData } from '../../../../composition/dataModules';
import { LeadersPreview } from './LeadersPreview';
import { ReportsPupilsContext } from '../reportsPupils';

/** The newest notification log entries read (SharePoint's largest page); the report says when the log holds more. */
const NOTIFICATIONS_READ = 5000;

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export interface PeriodReportProps {
  readonly period: ReviewPeriod;
  readonly audience: Audience;
  readonly settings: SchoolSettings;
  readonly today: string;
  /** Called once a version was filed, so the screen reads the library again and shows it filed. */
  readonly onFiled: () => void;
}

/**
 * The report for one period, built from the records when the person asks for it ("Build the report for this
 * period"): its own chunk (`reports-leaders-build`, with the rules, the charts and the repositories it reads), so the
 * Reports page opens without it. Downloads it as Word and files it in the leadership library.
 */
export const PeriodReport: React.FC<PeriodReportProps> = ({ period, audience, settings, today, onFiled }) => {
  const { pupils, schools, attendance, pips, meetings, notifications, leadershipReports, currentUser, supportPlans, targets, assessments } = useServices();
  const early = React.useContext(ReportsPupilsContext); // read by Reports beside the settings and the rights check
  // The support plans of the period's pupils, and their targets and assessments for the impact: all three at once, for
  // every pupil in the period (the impact keeps those with a plan), not plans then their pupils' targets (a round trip more).
  const provisionRecords = async (ids: readonly number[]) => {
    try {
      const [plans, t, a] = await Promise.all([supportPlans.forPupils(ids), targets.forPupils(ids), assessments.forPupils(ids)]);
      return { read: { plans, targets: t, assessments: a }, failure: undefined };
    } catch (e) {
      return { read: undefined, failure: errorText(e) };
    }
  };
  const [records] = useAsync(async () => {
    const to = minDate(period.end, today);
    // Held annual reviews back to the longest interval before the period: the EHC review rule looks at the latest.
    const since = `${addMonths(period.start, -settings.statutory.ehcpAnnualReviewMonths - 1)}T00:00:00Z`;
    // The pupils first (already read beside the settings when the page opened): every read below is then sent at
    // once, the provision records with the rest, one round trip.
    const p = await (early?.() ?? pupils.list());
    const ids = p.items.filter((x) => x.enrolmentDate <= to && (x.leavingDate === undefined || x.leavingDate >= period.start)).map((x) => x.id);
    const wanted = new Set(ids);
    const provisionRead = provisionRecords(ids); // never rejects: a failure is kept in its answer
    // A period within one school year: that year's codes (the statistics' columns), read beside the rest, not one
    // query per pupil with every mark's detail (about 20 MB at 300 pupils); a period across years reads each pupil's own.
    const oneYear = academicYearOf(period.start) === academicYearOf(to);
    const yearRead = oneYear ? attendance.marksForYear(academicYearOf(period.start)) : attendance.marksForPupils(ids, period.start, to);
    yearRead.catch(() => undefined); // awaited below, with the rest
    const [s, plans, reviews, m, log] = await Promise.all([schools.list(), pips.list(), pips.allReviews(), meetings.since(since), notifications.recent(NOTIFICATIONS_READ).then(
        (r) => ({ read: r, failure: undefined }),
        (e: unknown) => ({ read: undefined, failure: errorText(e) }),
      )]);
    // The year's marks before the period come with it: the attendance of each pupil before their support plan began.
    const inPeriod = (year: MarksRead): { marks: MarksRead; earlier: MarksRead } => {
      const own = year.filter((m) => wanted.has(m.pupilId));
      return {
        marks: Object.assign(own.filter((m) => m.date >= period.start && m.date <= to), { problems: year.problems ?? [] }),
        earlier: Object.assign(own.filter((m) => m.date < period.start), { problems: [] }),
      };
    };
    const { marks, earlier } = oneYear ? inPeriod(await yearRead) : { marks: await yearRead, earlier: Object.assign([], { problems: [] }) };
    const provision = await provisionRead;
    return { pupils: p, schools: s, pips: plans, reviews, meetings: m, marks, earlier, log, provision };
  }, [pupils, schools, attendance, pips, meetings, notifications, supportPlans, targets, assessments, period.start, period.end, today, settings, early]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const charts = React.useRef<HTMLDivElement>(null);
  const report = React.useMemo<LeadersReport | undefined>(
    () =>
      records.status === 'ready'
        ? leadersReport({
            period,
            today,
            audience,
            settings,
            pupils: records.value.pupils.items,
            schoolNames: new Map(records.value.schools.items.map((s) => [s.id, s.name])),
            marks: records.value.marks,
            pips: records.value.pips.items,
            pipReviews: records.value.reviews.items,
            meetings: records.value.meetings.items,
            notifications: records.value.log.read?.items ?? [],
            notificationsTruncated: (records.value.log.read?.items.length ?? 0) >= NOTIFICATIONS_READ,
            ...(records.value.log.failure !== undefined ? { notificationsUnread: records.value.log.failure } : {}),
            ...(records.value.provision.read
              ? {
                  provision: {
                    plans: records.value.provision.read.plans.items,
                    targets: records.value.provision.read.targets.items,
                    assessments: records.value.provision.read.assessments.items,
                    meetings: records.value.meetings.items,
                    earlierMarks: records.value.earlier,
                  },
                }
              : { provisionUnread: records.value.provision.failure }),
          })
        : undefined,
    [records, period, today, audience, settings],
  );
  if (records.status === 'loading') return <Spinner label={`Reading the records for the ${period.label}…`} />;
  if (records.status === 'error') return <MessageBar messageBarType={MessageBarType.error}>The records could not be loaded: {records.message}</MessageBar>;
  if (!report) return null;
  const v = records.value;
  const problems = [v.pupils.problems, v.schools.problems, v.pips.problems, v.reviews.problems, v.meetings.problems, v.marks.problems, v.log.read?.problems, v.provision.read?.plans.problems, v.provision.read?.targets.problems, v.provision.read?.assessments.problems].flatMap((p) => p ?? []);

  // The charts' pictures, the Word maker and the download load on the first click (a failure is said as the status).
  const word = () => import(/* webpackChunkName: 'ondemand-word-leaders-report' */ './leadersReportWord');
  const makeDocx = async (): Promise<Uint8Array> => (await word()).leadersReportWord(report, charts.current);

  const download = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Drawing the charts and making the Word document…' });
    try {
      const { leadersReportWord, downloadWord } = await word();
      downloadWord(report.fileName, await leadersReportWord(report, charts.current));
      setStatus({ kind: 'done', text: `The Word document "${report.fileName}" was made: see your downloads.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The report could not be made: ${errorText(e)}` });
    }
  };

  // Filed in the leadership-only library, one file per period and version: filing again makes a new version of it.
  const file = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Drawing the charts and filing the Word document…' });
    preloadData(['leadershipReportsWrite']); // filing's code, loaded while the charts are drawn
    try {
      const saved = await leadershipReports.file(filedLeadersReportOf(report, currentUser.displayName, today), await makeDocx());
      onFiled();
      setStatus({ kind: 'done', text: `Filed "${saved.fileName}" in the leadership reports library (version ${saved.version}).` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The report was not filed: ${errorText(e)}` });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <RecordProblems problems={problems} effect="left out of the report" />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <DefaultButton text={`Download the ${audience === 'leaders' ? 'leaders’' : 'governors’'} report (Word)`} onClick={() => void download()} disabled={status.kind === 'busy'} />
        <DefaultButton text={`File the ${audience === 'leaders' ? 'leaders’' : 'governors’'} report for leadership`} onClick={() => void file()} disabled={status.kind === 'busy'} />
        <div role="status">
          {status.kind === 'busy' && <Spinner label={status.text} labelPosition="right" />}
          {status.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{status.text}</MessageBar>}
        </div>
      </Stack>
      {status.kind === 'error' && <MessageBar messageBarType={MessageBarType.error}>{status.text}</MessageBar>}
      <LeadersPreview report={report} boundaries={settings.stageBoundaries} chartsRef={charts} />
    </Stack>
  );
};
