import * as React from 'react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { formatUkDate, type EngagementWeek } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';

const theme = getTheme();
const TOP = 12;
const PLOT = 150;
const LEFT = 40;
const COLUMN = 26;
const BOTTOM = 40;

/** The chart's text alternative: the span, the first and latest week's mean, and the incidents. */
export function engagementSummary(name: string, weeks: readonly EngagementWeek[]): string {
  if (weeks.length === 0) return `Nothing logged yet for ${name}.`;
  const rated = weeks.filter((w) => w.average !== null);
  const incidents = weeks.reduce((n, w) => n + w.incidents, 0);
  const span = `${weeks.length} week${weeks.length === 1 ? '' : 's'} from ${formatUkDate(weeks[0].weekStart)} to ${formatUkDate(weeks[weeks.length - 1].weekStart)}`;
  const trend =
    rated.length === 0
      ? 'no engagement rated'
      : rated.length === 1
        ? `mean engagement ${rated[0].average} out of 5`
        : `mean engagement ${rated[0].average} out of 5 in the first week rated and ${rated[rated.length - 1].average} in the latest`;
  return `${span}: ${trend}; ${incidents} incident${incidents === 1 ? '' : 's'}.`;
}

/** Mean engagement (1 to 5) by week as bars, incidents as a count above each week; the figures in a table below. */
export const EngagementChart: React.FC<{ id: string; name: string; weeks: readonly EngagementWeek[] }> = ({ id, name, weeks }) => {
  const width = LEFT + Math.max(weeks.length, 6) * COLUMN + 8;
  const y = (v: number): number => TOP + PLOT - (v / 5) * PLOT;
  const title = `Engagement by week, ${name}`;
  return (
    <figure style={{ margin: 0, maxWidth: '100%', overflowX: 'auto' }}>
      <svg viewBox={`0 0 ${width} ${TOP + PLOT + BOTTOM}`} width={width} height={TOP + PLOT + BOTTOM} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{engagementSummary(name, weeks)}</desc>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={width - 4} y1={y(v)} y2={y(v)} stroke={theme.palette.neutralLight} />
            <text x={LEFT - 6} y={y(v)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill={theme.palette.neutralPrimary}>
              {v}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={width - 4} y1={y(0)} y2={y(0)} stroke={theme.palette.neutralSecondary} />
        {weeks.map((w, i) => {
          const x = LEFT + i * COLUMN + 4;
          const label = `Week of ${formatUkDate(w.weekStart)}: ${w.average === null ? 'no engagement rated' : `mean ${w.average} from ${w.rated} lesson${w.rated === 1 ? '' : 's'}`}, ${w.incidents} incident${w.incidents === 1 ? '' : 's'}`;
          return (
            <g key={w.weekStart}>
              {w.average !== null && (
                <rect x={x} y={y(w.average)} width={COLUMN - 8} height={y(0) - y(w.average)} fill={theme.palette.themePrimary}>
                  <title>{label}</title>
                </rect>
              )}
              {w.incidents > 0 && (
                <text x={x + (COLUMN - 8) / 2} y={TOP + 4} textAnchor="middle" fontSize={10} fill={theme.palette.redDark}>
                  {`!${w.incidents}`}
                </text>
              )}
              <text x={x + (COLUMN - 8) / 2} y={y(0) + 12} fontSize={10} textAnchor="end" fill={theme.palette.neutralPrimary} transform={`rotate(-45 ${x + (COLUMN - 8) / 2} ${y(0) + 12})`}>
                {formatUkDate(w.weekStart).slice(0, 5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 12 }}>Bars: mean engagement (1 did not engage, 5 fully engaged) by week beginning; “!2” above a week: 2 incidents.</figcaption>
      <DataTable
        caption={`${title}: the figures`}
        rows={weeks}
        getKey={(w) => w.weekStart}
        empty="Nothing logged yet."
        columns={[
          { key: 'week', header: 'Week beginning', rowHeader: true, render: (w) => formatUkDate(w.weekStart) },
          { key: 'rated', header: 'Lessons rated', numeric: true, render: (w) => w.rated },
          { key: 'average', header: 'Mean engagement', numeric: true, render: (w) => (w.average === null ? '—' : w.average.toFixed(1)) },
          { key: 'incidents', header: 'Incidents', numeric: true, render: (w) => w.incidents },
        ]}
      />
    </figure>
  );
};
