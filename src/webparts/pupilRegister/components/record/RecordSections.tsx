import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import {
  academicYearBounds,
  academicYearOf,
  dueStatus,
  DUE_STATUS_LABELS,
  firstDueItems,
  formatUkDate,
  meetingDay,
  pupilAttendanceStats,
  weeklySeries,
  type Pupil,
} from '../../../../domain';
import { dueCalendar, sharingLines } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { Printable } from '../../../../ui/print/Printable';
import { useServices } from '../../../../ui/ServicesContext';
import { WeeklyAttendanceChart } from '../../../attendance/components/insights/charts/WeeklyAttendanceChart';
import { PupilSummary } from '../../../attendance/components/insights/pupil/PupilSummary';
import { PupilLearningLog } from '../../../learningLogs/components/PupilLearningLog';
import { SupportPlansView } from '../../../sendSupport/components/SupportPlansView';
import { PipPrintout, PipReviewPrintout } from './PipPrintout';
import { RecordSection } from './RecordSection';

interface Props {
  readonly pupil: Saved<Pupil>;
  readonly canEdit: boolean;
  readonly today: string;
}

const nameOf = (p: Pupil): string => `${p.firstName} ${p.lastName}`;

/** This school year's attendance: the statutory figures and the weekly chart (the attendance web part's components). */
export const AttendanceSection: React.FC<Props> = ({ pupil, today }) => {
  const { attendance, settings } = useServices();
  const year = academicYearOf(today);
  const start = academicYearBounds(year).start;
  return (
    <RecordSection id="record-attendance" title={`Attendance ${year}`} load={async () => ({ marks: await attendance.marksForPupil(pupil.id, start, today), settings: await settings.get() })} deps={[attendance, settings, pupil.id, today]}>
      {({ marks, settings: s }) =>
        marks.length === 0 ? (
          <Text>No attendance is recorded this school year.</Text>
        ) : (
          <>
            <PupilSummary stats={pupilAttendanceStats(pupil.id, marks, s)} settings={s} period={`from ${formatUkDate(start)} to ${formatUkDate(today)}`} />
            <WeeklyAttendanceChart id={`record-${pupil.id}-weekly`} subject={nameOf(pupil)} points={weeklySeries(marks, s, { from: start, to: today })} boundaries={s.stageBoundaries} />
          </>
        )
      }
    </RecordSection>
  );
};

/** What is due for the pupil (the due calendar, from the placement start and the records). */
export const DueSection: React.FC<Props> = ({ pupil, today }) => {
  const { settings, meetings, pips, assessments, ehcRequests, transitionPlans } = useServices();
  const load = async () => {
    const [s, m, p, a, e, t] = await Promise.all([
      settings.get(),
      meetings.forPupil(pupil.id),
      pips.forPupil(pupil.id),
      assessments.forPupil(pupil.id),
      ehcRequests.forPupil(pupil.id),
      transitionPlans.forPupil(pupil.id),
    ]);
    const reviews = (await Promise.all(p.items.map((x) => pips.reviews(x.id)))).flatMap((r) => r.items);
    const baselines = [{ pupilId: pupil.id, assessedOn: a.items.filter((x) => x.kind === 'Baseline').map((x) => x.assessedOn) }];
    const pipsDue = p.items.map((x) => ({ id: x.id, pupilId: x.pupilId, status: x.status, startDate: x.startDate, plannedEndDate: x.plannedEndDate }));
    if (m.items.length === 0 && p.items.length === 0 && a.items.length === 0 && e.items.length === 0 && t.items.length === 0) return firstDueItems(pupil, today, s);
    // The same rule as the Due view: the transition plan's review date and its transition meeting come from dueCalendar too.
    return dueCalendar({ today, settings: s, pupils: [pupil], meetings: m.items, pips: pipsDue, pipReviews: reviews, ehcRequests: e.items, transitionPlans: t.items, baselines }).items;
  };
  return (
    <RecordSection id="record-due" title="What is due" load={load} deps={[pupil.id, pupil.etag, today]}>
      {(items) => (
        <DataTable
          caption="What is due"
          hideCaption
          rows={items}
          getKey={(i, n) => `${i.kind}-${n}`}
          empty="Nothing is due."
          columns={[
            { key: 'what', header: 'What', render: (i) => i.label, rowHeader: true },
            { key: 'by', header: 'Act by', render: (i) => formatUkDate(i.actBy) },
            { key: 'status', header: 'Status', render: (i) => DUE_STATUS_LABELS[dueStatus(i, today)] },
            { key: 'basis', header: 'Worked out from', render: (i) => i.basis },
          ]}
        />
      )}
    </RecordSection>
  );
};

/** The pupil's PIPs with their risk assessment, interventions, communication and reviews, each printable as its paper form. */
export const PipsSection: React.FC<Props> = ({ pupil, canEdit }) => {
  const { pips } = useServices();
  const load = async () => {
    const list = await pips.forPupil(pupil.id);
    return Promise.all(list.items.map(async (pip) => ({ pip, reviews: (await pips.reviews(pip.id)).items })));
  };
  return (
    <RecordSection id="record-pips" title="Phased Integration Plans" load={load} deps={[pips, pupil.id]}>
      {(items) =>
        items.length === 0 ? (
          <Text>No Phased Integration Plans.</Text>
        ) : (
          items.map(({ pip, reviews }) => (
            <details key={pip.id} style={{ marginTop: 8 }}>
              <summary>
                PIP from {formatUkDate(pip.startDate)} to {formatUkDate(pip.plannedEndDate)} ({pip.status}, {reviews.length} review{reviews.length === 1 ? '' : 's'})
              </summary>
              <Printable buttonText="Print the PIP and agreement" label={`PIP from ${formatUkDate(pip.startDate)}`}>
                <PipPrintout pip={pip} pupil={pupil} confidential={canEdit} />
              </Printable>
              {reviews.map((r) => (
                <Printable key={r.id} buttonText={`Print the review of ${formatUkDate(r.reviewDate)}`} label={`PIP review of ${formatUkDate(r.reviewDate)}`}>
                  <PipReviewPrintout review={r} pupil={pupil} />
                </Printable>
              ))}
            </details>
          ))
        )
      }
    </RecordSection>
  );
};

/** APDR support plans and targets (the SEND support web part's view, with its Edit for those who may). */
export const SupportSection: React.FC<Props> = ({ pupil, canEdit }) => {
  const { supportPlans, targets, settings } = useServices();
  const load = async () => {
    const [p, t, s] = await Promise.all([supportPlans.forPupil(pupil.id), targets.forPupil(pupil.id), settings.get()]);
    return { plans: p.items, targets: t.items, threshold: s.highNeedsThreshold };
  };
  return (
    <RecordSection id="record-support" title="Support plans and targets" load={load} deps={[supportPlans, targets, pupil.id]}>
      {(v, reload) => (
        <Printable buttonText="Print the APDR plan" label="APDR support plan">
          <SupportPlansView pupil={pupil} plans={v.plans} targets={v.targets} threshold={v.threshold} canEdit={canEdit} onSaved={reload} />
        </Printable>
      )}
    </RecordSection>
  );
};

/** Learning logs (the learning-log web part's view of one pupil). */
export const LearningSection: React.FC<Props> = ({ pupil, canEdit }) => (
  <section aria-label="Learning logs" style={{ marginTop: 24 }}>
    <PupilLearningLog pupil={pupil} canEdit={canEdit} />
  </section>
);

/** Meetings and their outcomes. */
export const MeetingsSection: React.FC<Props> = ({ pupil }) => {
  const { meetings } = useServices();
  return (
    <RecordSection id="record-meetings" title="Meetings and outcomes" load={() => meetings.forPupil(pupil.id)} deps={[meetings, pupil.id]}>
      {(r) => (
        <DataTable
          caption="Meetings and outcomes"
          hideCaption
          rows={r.items}
          getKey={(m) => String(m.id)}
          empty="No meetings yet."
          columns={[
            { key: 'date', header: 'Date', render: (m) => formatUkDate(meetingDay(m)), rowHeader: true },
            { key: 'kind', header: 'Meeting', render: (m) => m.kind },
            { key: 'status', header: 'Status', render: (m) => m.status },
            { key: 'outcomes', header: 'Outcomes and actions', render: (m) => [...m.outcomes, ...m.actions.map((a) => `${a.text} (${a.owner})`)].join('; ') || '—' },
          ]}
        />
      )}
    </RecordSection>
  );
};

/** Letters and documents filed in the pupil's folder. */
export const LettersSection: React.FC<Props> = ({ pupil }) => {
  const { letters } = useServices();
  return (
    <RecordSection id="record-letters" title="Letters and documents" load={() => letters.forPupil(pupil.id)} deps={[letters, pupil.id]}>
      {(r) => (
        <DataTable
          caption="Letters and documents"
          hideCaption
          rows={r.items}
          getKey={(l) => String(l.id)}
          empty="No letters yet."
          columns={[
            { key: 'date', header: 'Date', render: (l) => formatUkDate(l.letterDate), rowHeader: true },
            { key: 'kind', header: 'Letter', render: (l) => l.kind },
            { key: 'file', header: 'Document', render: (l) => <Link href={l.url}>{l.fileName}</Link> },
            {
              key: 'shared',
              header: 'Shared',
              render: (l) => {
                const lines = [...(l.keptByPru === true ? ['Kept by the PRU: no home school reads it (Settings › Home schools)'] : []), ...sharingLines(l)];
                return lines.length > 0 ? lines.join('. ') : '—';
              },
            },
          ]}
        />
      )}
    </RecordSection>
  );
};
