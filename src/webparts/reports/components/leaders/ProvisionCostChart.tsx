import * as React from 'react';
import { moneyText, PROVISION_CHART_TITLE, provisionChartSummary, type ProvisionImpactRow } from '../../../../domain';
import { CHART_COLOURS, chartClasses } from '../../../attendance/components/insights/charts/chartStyles';

const LABEL_WIDTH = 250;
const PLOT_WIDTH = 330;
const VALUE_WIDTH = 250;
const ROW = 28;
const TOP = 8;

/**
 * Horizontal bars of each provision's cost in the period, each with its cost and its targets met written at the end
 * (so colour and length are never the only cue). The table below holds the same figures.
 */
export const ProvisionCostChart: React.FC<{ id: string; rows: readonly ProvisionImpactRow[] }> = ({ id, rows }) => {
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const height = TOP + Math.max(1, rows.length) * ROW + 8;
  const most = Math.max(1, ...rows.map((r) => r.cost));
  const x = (cost: number): number => LABEL_WIDTH + (PLOT_WIDTH * cost) / most;
  const truncate = (text: string): string => (text.length > 38 ? `${text.slice(0, 37)}…` : text);
  return (
    <figure className={chartClasses.figure}>
      <svg className={chartClasses.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{PROVISION_CHART_TITLE}</title>
        <desc id={`${id}-desc`}>{provisionChartSummary(rows)}</desc>
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={TOP} y2={height - 4} stroke={CHART_COLOURS.axis} />
        {rows.map((r, i) => {
          const top = TOP + i * ROW;
          const reviewed = r.targets.met + r.targets.partly + r.targets.notMet + r.targets.noOutcome;
          return (
            <g key={r.key}>
              <text x={LABEL_WIDTH - 8} y={top + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={CHART_COLOURS.text}>
                {truncate(r.label)}
              </text>
              <rect x={LABEL_WIDTH} y={top + 5} width={Math.max(1, x(r.cost) - LABEL_WIDTH)} height={ROW - 10} fill={CHART_COLOURS.bar} />
              <text x={x(r.cost) + 6} y={top + ROW / 2} dominantBaseline="middle" fontSize={12} fill={CHART_COLOURS.text}>
                {`${moneyText(r.cost)} · ${r.targets.met} of ${reviewed} targets met`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={chartClasses.caption}>Bars: each provision’s cost in the period; after each, how many of its plans’ reviewed targets were met.</figcaption>
    </figure>
  );
};
