import * as React from 'react';
import { formatUkDate, groupTrendTitle, percentText, type GroupTrend } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';
import { ChartDataTable } from '../../../attendance/components/insights/charts/ChartDataTable';
import { CHART_COLOURS, chartClasses, scalePercent } from '../../../attendance/components/insights/charts/chartStyles';
import { shortDate } from '../../../attendance/components/insights/shared/format';

const TOP = 12;
const PLOT_HEIGHT = 180;
const LEFT = 44;
const COLUMN = 34;
const LEGEND = 250;
const BOTTOM = 44;
/** Dark colours (contrast above 3:1 on white), and a dash pattern and marker each, so colour is never the only cue. */
const STYLES = [
  { colour: '#004578', dash: '', marker: 'circle' },
  { colour: '#a4262c', dash: '6 3', marker: 'square' },
  { colour: '#0b6a0b', dash: '2 3', marker: 'triangle' },
  { colour: '#5c2e91', dash: '8 3 2 3', marker: 'diamond' },
  { colour: '#8a3707', dash: '', marker: 'square' },
  { colour: '#005b70', dash: '6 3', marker: 'circle' },
  { colour: '#393939', dash: '2 3', marker: 'diamond' },
  { colour: '#7a1d5c', dash: '8 3 2 3', marker: 'triangle' },
] as const;

/** The text alternative: each group's first and last week with figures, and its lowest week. */
export function trendSummary(t: GroupTrend): string {
  if (t.lines.length === 0) return 'No pupils in the period.';
  return (
    t.lines
      .map((l) => {
        const who = `${l.label} (${l.pupils} ${l.pupils === 1 ? 'pupil' : 'pupils'})`;
        const counted = l.weeks.filter((w) => w.attendancePercent !== null);
        if (counted.length === 0) return `${who}: no possible sessions`;
        const low = counted.reduce((a, b) => ((b.attendancePercent as number) < (a.attendancePercent as number) ? b : a));
        return (
          `${who}: ${percentText(counted[0].attendancePercent)} in the week of ${formatUkDate(counted[0].weekStart)}, ` +
          `${percentText(counted[counted.length - 1].attendancePercent)} in the week of ${formatUkDate(counted[counted.length - 1].weekStart)}, lowest ${percentText(low.attendancePercent)}`
        );
      })
      .join('; ') + '.'
  );
}

const Marker: React.FC<{ kind: string; x: number; y: number; colour: string }> = ({ kind, x, y, colour }) =>
  kind === 'circle' ? (
    <circle cx={x} cy={y} r={3.5} fill={colour} />
  ) : kind === 'square' ? (
    <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />
  ) : kind === 'triangle' ? (
    <polygon points={`${x},${y - 4.5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} fill={colour} />
  ) : (
    <polygon points={`${x},${y - 4.5} ${x + 4.5},${y} ${x},${y + 4.5} ${x - 4.5},${y}`} fill={colour} />
  );

/** One line per group of a grouping: attendance % by school week (a week with no possible sessions breaks the line). */
export const GroupTrendChart: React.FC<{ id: string; trend: GroupTrend }> = ({ id, trend }) => {
  const weeks = trend.lines[0]?.weeks.map((w) => w.weekStart) ?? [];
  const plotRight = LEFT + Math.max(weeks.length, 6) * COLUMN;
  const width = plotRight + LEGEND;
  const height = TOP + PLOT_HEIGHT + BOTTOM + Math.max(0, trend.lines.length * 18 - PLOT_HEIGHT);
  const y = (v: number): number => scalePercent(v, TOP + PLOT_HEIGHT, TOP);
  const x = (i: number): number => LEFT + i * COLUMN + COLUMN / 2;
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 16));
  const title = groupTrendTitle(trend);
  const truncate = (text: string): string => (text.length > 32 ? `${text.slice(0, 31)}…` : text);
  return (
    <figure className={chartClasses.figure}>
      <svg className={chartClasses.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{trendSummary(trend)}</desc>
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={plotRight} y1={y(v)} y2={y(v)} stroke={v === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid} />
            <text x={LEFT - 6} y={y(v)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill={CHART_COLOURS.text}>
              {`${v}%`}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % labelEvery === 0 ? (
            <text key={w} x={x(i)} y={y(0) + 10} fontSize={10} fill={CHART_COLOURS.text} textAnchor="end" transform={`rotate(-45 ${x(i)} ${y(0) + 10})`}>
              {shortDate(w)}
            </text>
          ) : null,
        )}
        {trend.lines.map((l, n) => {
          const s = STYLES[n % STYLES.length];
          // Runs of weeks with figures: a week with no possible sessions breaks the line.
          const runs: { i: number; v: number }[][] = [[]];
          l.weeks.forEach((w, i) => (w.attendancePercent === null ? runs.push([]) : runs[runs.length - 1].push({ i, v: w.attendancePercent })));
          return (
            <g key={l.key}>
              {runs
                .filter((r) => r.length > 1)
                .map((r) => (
                  <polyline key={r[0].i} points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')} fill="none" stroke={s.colour} strokeWidth={2} strokeDasharray={s.dash || undefined} />
                ))}
              {runs.flat().map((p) => (
                <Marker key={p.i} kind={s.marker} x={x(p.i)} y={y(p.v)} colour={s.colour} />
              ))}
              <line x1={plotRight + 12} x2={plotRight + 40} y1={TOP + 8 + n * 18} y2={TOP + 8 + n * 18} stroke={s.colour} strokeWidth={2} strokeDasharray={s.dash || undefined} />
              <Marker kind={s.marker} x={plotRight + 26} y={TOP + 8 + n * 18} colour={s.colour} />
              <text x={plotRight + 46} y={TOP + 8 + n * 18} dominantBaseline="middle" fontSize={11} fill={CHART_COLOURS.text}>
                {truncate(`${l.label} (${l.pupils})`)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={chartClasses.caption}>
        Lines: attendance % by week beginning (dd/mm), one a group (pupils in brackets), each with its own colour, dash and marker. A gap is a week with no
        possible sessions.
      </figcaption>
      <ChartDataTable id={`${id}-data`} chartName={title.toLowerCase()}>
        <DataTable
          caption={`${title}: the chart's figures`}
          rows={weeks.map((w, i) => ({ w, i }))}
          getKey={(r) => r.w}
          empty="No school weeks in the period."
          columns={[
            { key: 'week', header: 'Week beginning', rowHeader: true, render: (r) => formatUkDate(r.w) },
            ...trend.lines.map((l) => ({ key: l.key, header: l.label, numeric: true, render: (r: { i: number }) => percentText(l.weeks[r.i].attendancePercent) })),
          ]}
        />
      </ChartDataTable>
    </figure>
  );
};
