import * as React from 'react';
import { formatUkDate, type StageBoundaries, type WeekPoint } from '../../../../../domain';
import { ATTENDANCE_STAGES } from '../../../../../domain/attendance/stages';
import { DataTable } from '../../../../../ui/DataTable';
import { formatPercent, shortDate, stageRanges, stageText, weekLabel } from '../shared/format';
import { ChartDataTable } from './ChartDataTable';
import { CHART_COLOURS, chartClasses, scalePercent } from './chartStyles';

export interface WeeklyAttendanceChartProps {
  /** Prefix for element ids (unique on the page). */
  readonly id: string;
  /** Whose chart: 'Ashdown, Tamsin'. */
  readonly subject: string;
  readonly points: readonly WeekPoint[];
  readonly boundaries: StageBoundaries;
}

const TOP = 16;
const PLOT_HEIGHT = 200;
const LEFT = 48;
const RIGHT_LABELS = 190;
const COLUMN = 22;
const BOTTOM = 44;

/** The chart's text alternative: the span, how many weeks in each stage, and the lowest week. */
export function weeklySummary(subject: string, points: readonly WeekPoint[], boundaries: StageBoundaries): string {
  if (points.length === 0) return `No school weeks with registers yet for ${subject}.`;
  const ranges = stageRanges(boundaries);
  const counted = points.filter((p) => p.attendancePercent !== null);
  const byStage = ATTENDANCE_STAGES.map((s) => `${counted.filter((p) => p.stage === s).length} in ${s} (${ranges[s]})`).join(', ');
  const none = points.length - counted.length;
  let lowest: WeekPoint | undefined;
  for (const p of counted) if (lowest === undefined || (p.attendancePercent as number) < (lowest.attendancePercent as number)) lowest = p;
  return (
    `${points.length} school weeks from ${weekLabel(points[0].weekStart)} to ${weekLabel(points[points.length - 1].weekStart)}: ${byStage}` +
    (none > 0 ? `, ${none} with no possible sessions` : '') +
    (lowest ? `. Lowest week: ${formatPercent(lowest.attendancePercent)} in the ${weekLabel(lowest.weekStart)}.` : '.')
  );
}

/** Attendance % for each school week as bars over the Stage 1, 2 and 3 bands (labelled in text). */
export const WeeklyAttendanceChart: React.FC<WeeklyAttendanceChartProps> = ({ id, subject, points, boundaries }) => {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const width = LEFT + Math.max(points.length, 10) * COLUMN + RIGHT_LABELS;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const y = (v: number): number => scalePercent(v, TOP + PLOT_HEIGHT, TOP);
  const plotRight = width - RIGHT_LABELS;
  const labelEvery = Math.max(1, Math.ceil(points.length / 20));
  const ranges = stageRanges(boundaries);
  const bands = [
    { stage: 'Stage 1' as const, from: 100, to: boundaries.stage1AbovePercent, fill: CHART_COLOURS.stage1 },
    { stage: 'Stage 2' as const, from: boundaries.stage1AbovePercent, to: boundaries.stage3AtOrBelowPercent, fill: CHART_COLOURS.stage2 },
    { stage: 'Stage 3' as const, from: boundaries.stage3AtOrBelowPercent, to: 0, fill: CHART_COLOURS.stage3 },
  ];
  const title = `Attendance by school week, ${subject}`;

  return (
    <figure className={chartClasses.figure}>
      <svg className={chartClasses.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{weeklySummary(subject, points, boundaries)}</desc>
        {bands.map((b) => (
          <g key={b.stage}>
            <rect x={LEFT} y={y(b.from)} width={plotRight - LEFT} height={y(b.to) - y(b.from)} fill={b.fill} />
            <text x={plotRight + 8} y={(y(b.from) + y(b.to)) / 2} dominantBaseline="middle" fontSize={12} fill={CHART_COLOURS.text}>
              {`${b.stage}: ${ranges[b.stage]}`}
            </text>
          </g>
        ))}
        {[boundaries.stage1AbovePercent, boundaries.stage3AtOrBelowPercent].map((v) => (
          <line key={v} x1={LEFT} x2={plotRight} y1={y(v)} y2={y(v)} stroke={CHART_COLOURS.boundary} strokeDasharray="6 4" />
        ))}
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <text key={v} x={LEFT - 6} y={y(v)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill={CHART_COLOURS.text}>
            {`${v}%`}
          </text>
        ))}
        <line x1={LEFT} x2={plotRight} y1={y(0)} y2={y(0)} stroke={CHART_COLOURS.axis} />
        {points.map((p, i) => {
          const x = LEFT + i * COLUMN + 4;
          const label =
            p.attendancePercent === null
              ? `${weekLabel(p.weekStart)}: no possible sessions`
              : `${weekLabel(p.weekStart)}: ${formatPercent(p.attendancePercent)} (${p.attended} of ${p.possible} sessions), ${p.stage}`;
          return (
            <g key={p.weekStart}>
              {p.attendancePercent === null ? (
                <text x={x + (COLUMN - 8) / 2} y={y(0) - 4} textAnchor="middle" fontSize={11} fill={CHART_COLOURS.text}>
                  <title>{label}</title>–
                </text>
              ) : p.attendancePercent === 0 ? (
                <text x={x + (COLUMN - 8) / 2} y={y(0) - 4} textAnchor="middle" fontSize={9} fill={CHART_COLOURS.text}>
                  <title>{label}</title>0%
                </text>
              ) : (
                <rect x={x} y={y(p.attendancePercent)} width={COLUMN - 8} height={Math.max(1, y(0) - y(p.attendancePercent))} fill={CHART_COLOURS.bar}>
                  <title>{label}</title>
                </rect>
              )}
              {i % labelEvery === 0 && (
                <text
                  x={x + (COLUMN - 8) / 2}
                  y={y(0) + 10}
                  fontSize={10}
                  fill={CHART_COLOURS.text}
                  textAnchor="end"
                  transform={`rotate(-45 ${x + (COLUMN - 8) / 2} ${y(0) + 10})`}
                >
                  {shortDate(p.weekStart)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className={chartClasses.caption}>
        Bars: attendance % by week beginning (dd/mm), over the Stage 1, 2 and 3 bands. A dash marks a week with no possible sessions; 0% a week
        with no attendance.
      </figcaption>
      <ChartDataTable id={`${id}-data`} chartName={`attendance by week, ${subject}`}>
        <DataTable
          caption={`${title}: the chart's figures`}
          rows={points}
          getKey={(p) => p.weekStart}
          empty="No school weeks with registers yet."
          columns={[
            { key: 'week', header: 'Week beginning', rowHeader: true, render: (p) => formatUkDate(p.weekStart) },
            { key: 'possible', header: 'Possible sessions', numeric: true, render: (p) => p.possible },
            { key: 'attended', header: 'Attended', numeric: true, render: (p) => p.attended },
            { key: 'percent', header: 'Attendance', numeric: true, render: (p) => formatPercent(p.attendancePercent) },
            { key: 'stage', header: 'Stage', render: (p) => stageText(p.stage) },
          ]}
        />
      </ChartDataTable>
    </figure>
  );
};
