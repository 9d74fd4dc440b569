import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { attendanceSentence, formatUkDate, percentText, type ProgressReport, type StageBoundaries, type TargetProgressLine } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';
import { WeeklyAttendanceChart } from '../../../attendance/components/insights/charts/WeeklyAttendanceChart';

const H: React.FC<{ id?: string }> = ({ id, children }) => (
  <Text as="h4" variant="mediumPlus" id={id} block styles={{ root: { fontWeight: 600, margin: '16px 0 4px' } }}>
    {children}
  </Text>
);

const TargetTable: React.FC<{ caption: string; rows: readonly TargetProgressLine[] }> = ({ caption, rows }) => (
  <DataTable
    caption={caption}
    rows={rows}
    getKey={(t, i) => `${i}-${t.outcome}`}
    empty="No targets were set or reviewed this term."
    columns={[
      { key: 'target', header: 'Target', rowHeader: true, render: (t) => t.outcome },
      { key: 'measure', header: 'How it is measured', render: (t) => t.measure },
      { key: 'by', header: 'By', render: (t) => formatUkDate(t.dueDate) },
      { key: 'notes', header: 'Progress this term', render: (t) => (t.notes.length > 0 ? t.notes.map((n) => `${formatUkDate(n.date)}: ${n.note}`).join('; ') : 'No progress noted this term') },
      { key: 'status', header: 'Where it stands', render: (t) => (t.rating === undefined ? t.status : `${t.status} (rated ${t.rating} of 5)`) },
    ]}
  />
);

/** The report on screen, section by section: the Word document has exactly this content (and the chart as a picture). */
export const ProgressPreview: React.FC<{ report: ProgressReport; boundaries: StageBoundaries; chartRef: React.Ref<HTMLDivElement> }> = ({ report: r, boundaries, chartRef }) => (
  <div aria-label={`Preview: ${r.title}, ${r.pupilName}`} role="region">
    <Text block>
      {r.pupilName} ({r.pupilRef}), Year {r.yearGroup}
      {r.homeSchool ? `, home school ${r.homeSchool}` : ''}. From {formatUkDate(r.from)} to {formatUkDate(r.to)}.
    </Text>
    <H>Attendance</H>
    <Text block>{attendanceSentence(r)}</Text>
    {r.attendance.statutory.possible > 0 && (
      <div ref={chartRef}>
        <WeeklyAttendanceChart id={`progress-${r.pupilRef}`} subject={r.pupilName} points={r.attendance.weeks} boundaries={boundaries} />
      </div>
    )}
    {r.attendance.plans.map((p) => (
      <DataTable
        key={p.pipId}
        caption={`Against the Phased Integration Plan (${formatUkDate(p.startDate)} to ${formatUkDate(p.endDate)}): ${p.attended} of ${p.expected} timetabled sessions attended, ${percentText(p.planPercent)} of those marked`}
        rows={p.weeks}
        getKey={(w) => w.weekBeginning}
        columns={[
          { key: 'week', header: 'Week beginning', rowHeader: true, render: (w) => formatUkDate(w.weekBeginning) },
          { key: 'expected', header: 'Sessions on the plan', numeric: true, render: (w) => w.expected },
          { key: 'attended', header: 'Attended', numeric: true, render: (w) => w.attended },
          { key: 'plan', header: 'Against the plan', numeric: true, render: (w) => percentText(w.planPercent) },
          { key: 'statutory', header: 'Statutory attendance', numeric: true, render: (w) => percentText(w.statutoryPercent) },
        ]}
      />
    ))}
    <H>Progress against targets</H>
    <TargetTable caption="Targets this term" rows={r.targets} />
    {r.ehcOutcomes.map((o, i) => (
      <TargetTable key={i} caption={`EHC plan outcome: ${o.outcome} — ${o.met} of ${o.targets.length} annual targets met`} rows={o.targets} />
    ))}
    <H>Assessments</H>
    <DataTable
      caption="Assessments, with the change from the starting point"
      hideCaption
      rows={r.assessments}
      getKey={(a) => `${a.subject}-${a.kind}`}
      empty="No assessments were recorded this term."
      columns={[
        { key: 'subject', header: 'Subject', rowHeader: true, render: (a) => a.subject },
        { key: 'kind', header: 'Assessment', render: (a) => (a.instrument ? `${a.kind} (${a.instrument})` : a.kind) },
        { key: 'first', header: 'Starting point', render: (a) => `${a.first.value} (${formatUkDate(a.first.date)})` },
        { key: 'latest', header: 'Latest', render: (a) => (a.latest ? `${a.latest.value} (${formatUkDate(a.latest.date)})` : '—') },
        { key: 'change', header: 'Change', render: (a) => a.change ?? '—' },
      ]}
    />
    <H>Learning highlights</H>
    {r.learning.length === 0 && <Text block>No learning-log entries were written this term.</Text>}
    {r.learning.map((s) => (
      <div key={s.subject}>
        <Text block styles={{ root: { fontWeight: 600, marginTop: 8 } }}>
          {s.subject} ({s.entries} {s.entries === 1 ? 'entry' : 'entries'} this term)
        </Text>
        {s.highlights.length === 0 ? (
          <Text block>No highlights marked.</Text>
        ) : (
          <ul>
            {s.highlights.map((h, i) => (
              <li key={i}>
                {formatUkDate(h.date)}, {h.teacher}: {h.entry}
              </li>
            ))}
          </ul>
        )}
      </div>
    ))}
    {r.engagement && (
      <>
        <H>Engagement and behaviour</H>
        {r.engagement.weeks.length === 0 ? (
          <Text block>No engagement ratings or incidents were recorded this term.</Text>
        ) : (
          <DataTable
            caption={`${r.engagement.rated} lessons or sessions rated for engagement (1 did not engage, 5 fully engaged); ${r.engagement.incidents} ${r.engagement.incidents === 1 ? 'incident' : 'incidents'} recorded`}
            rows={r.engagement.weeks}
            getKey={(w) => w.weekStart}
            columns={[
              { key: 'week', header: 'Week beginning', rowHeader: true, render: (w) => formatUkDate(w.weekStart) },
              { key: 'rated', header: 'Sessions rated', numeric: true, render: (w) => w.rated },
              { key: 'average', header: 'Average engagement', numeric: true, render: (w) => (w.average === null ? '—' : w.average.toFixed(1)) },
              { key: 'incidents', header: 'Incidents', numeric: true, render: (w) => w.incidents },
            ]}
          />
        )}
      </>
    )}
    <H>Next steps</H>
    {r.nextSteps.length === 0 ? (
      <Text block>None recorded.</Text>
    ) : (
      <ul>
        {r.nextSteps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    )}
    <H>Lead tutor’s comment</H>
    <Text block>{r.comments.leadTutor.trim() || 'No comment entered.'}</Text>
    <H>In my own words</H>
    <Text block>{r.comments.pupilVoice.trim() || 'Not recorded this term.'}</Text>
  </div>
);
