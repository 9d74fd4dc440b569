import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { formatUkDate, percentText, roundPercent, type CohortGroup, type LeadersReport, type StageBoundaries } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';
import { GroupBarChart } from '../../../attendance/components/insights/charts/GroupBarChart';
import { WeeklyAttendanceChart } from '../../../attendance/components/insights/charts/WeeklyAttendanceChart';
import { GroupTrendChart } from './GroupTrendChart';
import { OnTimeSection } from './OnTimeSection';
import { ProvisionSection } from './ProvisionSection';

const H: React.FC = ({ children }) => (
  <Text as="h3" variant="large" block styles={{ root: { margin: '20px 0 6px' } }}>
    {children}
  </Text>
);

/** Charted groups: attendance by home school and by year group say more as bars (their tables follow). */
const CHARTED = ['homeSchool', 'yearGroup'];

const GroupTable: React.FC<{ title: string; rows: readonly CohortGroup[] }> = ({ title, rows }) => (
  <DataTable
    caption={`Absence by ${title.toLowerCase()}`}
    rows={rows}
    getKey={(r) => r.key}
    columns={[
      { key: 'group', header: title, rowHeader: true, render: (r) => r.label },
      { key: 'pupils', header: 'Pupils', numeric: true, render: (r) => r.pupils },
      { key: 'attendance', header: 'Attendance', numeric: true, render: (r) => percentText(r.attendancePercent) },
      { key: 'pa', header: 'Persistently absent', numeric: true, render: (r) => `${r.persistentAbsentees} (${percentText(r.persistentAbsenceRate)})` },
      { key: 'sa', header: 'Severely absent', numeric: true, render: (r) => r.severeAbsentees },
    ]}
  />
);

/** The report on screen: the Word document holds the same sections and figures, and these charts as pictures. */
export const LeadersPreview: React.FC<{ report: LeadersReport; boundaries: StageBoundaries; chartsRef: React.Ref<HTMLDivElement> }> = ({ report: r, boundaries, chartsRef }) => {
  const g = r.attendance.group;
  return (
    <div ref={chartsRef}>
      <Text block>
        From {formatUkDate(r.from)} to {formatUkDate(r.to)}. {r.pupils} pupils on roll in the period.{' '}
        {r.audience === 'governors' ? 'No pupil is named in this version.' : 'This version names pupils: for leaders only.'}
      </Text>
      <H>Attendance and absence</H>
      <Text block>
        Attendance {percentText(g.attendancePercent)} of {g.possible} possible sessions; {g.persistentAbsentees} persistently and {g.severeAbsentees} severely absent.
      </Text>
      <DataTable
        caption="Absence here and nationally"
        rows={r.attendance.comparison}
        getKey={(c) => c.measure}
        columns={[
          { key: 'measure', header: 'Measure', rowHeader: true, render: (c) => c.measure },
          { key: 'here', header: 'Here', numeric: true, render: (c) => percentText(c.here) },
          { key: 'national', header: r.attendance.nationalYear ? `National (${r.attendance.nationalYear})` : 'National', numeric: true, render: (c) => (c.national === undefined ? 'Not entered' : percentText(c.national)) },
          {
            key: 'diff',
            header: 'Difference',
            numeric: true,
            render: (c) => (c.here === null || c.national === undefined ? '—' : `${c.here - c.national > 0 ? '+' : ''}${(roundPercent(c.here - c.national) ?? 0).toFixed(1)} points`),
          },
        ]}
      />
      <Text block variant="small">
        {r.attendance.nationalSource ? `National figures: ${r.attendance.nationalSource}.` : 'No national figures are entered in Settings (Administration, Reports).'}
      </Text>
      <div>
        <WeeklyAttendanceChart id="leaders-weekly" subject="all pupils" points={r.attendance.weeks} boundaries={boundaries} />
        <H>Persistent and severe absence by group</H>
        {r.groups.map((d) => (
          <div key={d.dimension}>
            {CHARTED.includes(d.dimension) && (
              <GroupBarChart
                id={`leaders-${d.dimension}`}
                title={`Attendance by ${d.title.toLowerCase()}`}
                bars={d.rows.map((x) => ({ key: x.key, label: x.label, percent: x.attendancePercent, detail: `${x.pupils} pupils` }))}
                boundaries={boundaries}
              />
            )}
            <GroupTable title={d.title} rows={d.rows} />
          </div>
        ))}
      </div>
      {r.persistentAbsentees && (
        <DataTable
          caption="Persistently absent pupils"
          rows={r.persistentAbsentees}
          getKey={(a, i) => `${i}-${a.who}`}
          empty="None."
          columns={[
            { key: 'who', header: 'Pupil', rowHeader: true, render: (a) => a.who },
            { key: 'possible', header: 'Possible sessions', numeric: true, render: (a) => a.possible },
            { key: 'attendance', header: 'Attendance', numeric: true, render: (a) => percentText(a.attendancePercent) },
          ]}
        />
      )}
      <H>Weekly attendance trends by group</H>
      {r.attendance.trends.map((t) => (
        <GroupTrendChart key={t.dimension} id={`leaders-trend-${t.dimension}`} trend={t} />
      ))}
      <H>Phased Integration Plans (part-time timetables)</H>
      <ul>
        <li>
          {r.pips.count} plans in force in the period; {r.pips.activeAtEnd} still running at its end.
        </li>
        <li>
          On average {r.pips.averageHours === null ? '—' : `${r.pips.averageHours} hours a week`}, running {r.pips.averageWeeks === null ? '—' : `${r.pips.averageWeeks} weeks`}.
        </li>
        <li>
          <strong>{r.pips.longCount}</strong> ran longer than {r.pips.longPipWeeks} weeks.
        </li>
        <li>
          {r.pips.reviewsOnTime} of {r.pips.reviewsHeld} reviews held on time; {r.pips.overdueNow} overdue at the end of the period.
        </li>
      </ul>
      {r.pips.lines && (
        <DataTable
          caption="Plans in the period"
          rows={r.pips.lines}
          getKey={(l, i) => `${i}-${l.startDate}`}
          columns={[
            { key: 'who', header: 'Pupil', rowHeader: true, render: (l) => l.who },
            { key: 'from', header: 'From', render: (l) => formatUkDate(l.startDate) },
            { key: 'to', header: 'To', render: (l) => `${formatUkDate(l.endDate)}${l.ongoing ? ' (planned)' : ''}` },
            { key: 'weeks', header: 'Weeks', render: (l) => (l.long ? `${l.weeks}: longer than ${r.pips.longPipWeeks} weeks` : String(l.weeks)) },
            { key: 'hours', header: 'Hours a week', numeric: true, render: (l) => l.hours },
            { key: 'reviews', header: 'Reviews on time', render: (l) => `${l.reviewsOnTime} of ${l.reviewsHeld}${l.reviewOverdue ? '; a review is overdue' : ''}` },
          ]}
        />
      )}
      <H>Special educational needs</H>
      {(
        [
          ['SEN provision', r.send.byProvision],
          ['Primary need (pupils with SEN)', r.send.byNeed],
          ['Support tier', r.send.byTier],
        ] as const
      ).map(([title, rows]) => (
        <DataTable
          key={title}
          caption={title}
          rows={rows}
          getKey={(x) => x.label}
          empty="None."
          columns={[
            { key: 'label', header: title, rowHeader: true, render: (x) => x.label },
            { key: 'pupils', header: 'Pupils', numeric: true, render: (x) => x.pupils },
          ]}
        />
      ))}
      <Text block>
        EHC plans: {r.send.ehc.pupils} pupils; {r.send.ehc.withinTime} reviewed within {r.send.ehc.months} months, {r.send.ehc.overdue} overdue
        {r.send.ehc.noDate > 0 ? `, ${r.send.ehc.noDate} with no review date recorded` : ''}.
      </Text>
      <H>Provision cost against impact</H>
      <ProvisionSection provision={r.provision} />
      <H>Meetings and notifications on time</H>
      <OnTimeSection onTime={r.onTime} />
      {r.notCovered.length > 0 && (
        <>
          <H>Not covered yet</H>
          <ul>
            {r.notCovered.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
