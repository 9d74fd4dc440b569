import * as React from 'react';
import type { StageBoundaries } from '../../../../../domain';
import { formatPercent } from '../shared/format';
import { CHART_COLOURS, chartClasses, scalePercent } from './chartStyles';

export interface GroupBar {
  readonly key: string;
  readonly label: string;
  readonly percent: number | null;
  /** Extra words for the bar's tooltip and the summary ('12 pupils'). */
  readonly detail: string;
}

export interface GroupBarChartProps {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly GroupBar[];
  readonly boundaries: StageBoundaries;
}

const LABEL_WIDTH = 260;
const PLOT_WIDTH = 420;
const VALUE_WIDTH = 150;
const ROW = 26;
const TOP = 24;

export function groupSummary(bars: readonly GroupBar[]): string {
  if (bars.length === 0) return 'No groups to show.';
  return bars.map((b) => `${b.label}: ${formatPercent(b.percent)} (${b.detail})`).join('; ') + '.';
}

/**
 * Horizontal bars of attendance % by group, each with its value written at the end, and the stage
 * boundaries as labelled dashed lines. The table next to it holds the same figures.
 */
export const GroupBarChart: React.FC<GroupBarChartProps> = ({ id, title, bars, boundaries }) => {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const height = TOP + Math.max(1, bars.length) * ROW + 8;
  const x = (v: number): number => scalePercent(v, LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
  const truncate = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  return (
    <figure className={chartClasses.figure}>
      <svg className={chartClasses.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{groupSummary(bars)}</desc>
        {[boundaries.stage3AtOrBelowPercent, boundaries.stage1AbovePercent].map((v, i) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={TOP - 4} y2={height - 4} stroke={CHART_COLOURS.boundary} strokeDasharray="6 4" />
            <text x={x(v)} y={12} textAnchor={i === 0 ? 'end' : 'start'} fontSize={11} fill={CHART_COLOURS.text}>
              {i === 0 ? `Stage 3 at or below ${v}%` : `Stage 1 over ${v}%`}
            </text>
          </g>
        ))}
        <line x1={x(0)} x2={x(0)} y1={TOP - 4} y2={height - 4} stroke={CHART_COLOURS.axis} />
        {bars.map((b, i) => {
          const top = TOP + i * ROW;
          return (
            <g key={b.key}>
              <text x={LABEL_WIDTH - 8} y={top + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={CHART_COLOURS.text}>
                {truncate(b.label)}
              </text>
              {b.percent !== null && (
                <rect x={x(0)} y={top + 4} width={Math.max(1, x(b.percent) - x(0))} height={ROW - 8} fill={CHART_COLOURS.bar}>
                  <title>{`${b.label}: ${formatPercent(b.percent)} (${b.detail})`}</title>
                </rect>
              )}
              <text
                x={b.percent === null ? x(0) + 6 : x(b.percent) + 6}
                y={top + ROW / 2}
                dominantBaseline="middle"
                fontSize={12}
                fill={CHART_COLOURS.text}
              >
                {formatPercent(b.percent)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
};
