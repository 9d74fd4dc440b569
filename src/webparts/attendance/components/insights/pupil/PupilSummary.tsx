import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import type { PupilAttendanceStats, SchoolSettings } from '../../../../../domain';
import { stageForPercent } from '../../../../../domain/attendance/stages';
import { formatPercent, stageRanges } from '../shared/format';

const theme = getTheme();
const classes = mergeStyleSets({
  // Two columns where there is room; one (each figure under its name) on a phone, so nothing scrolls sideways at 390 px.
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: 16,
    rowGap: 4,
    margin: '8px 0',
    selectors: { '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 0 } },
  },
  term: { fontWeight: 600, overflowWrap: 'anywhere' },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere', selectors: { '@media (max-width: 480px)': { marginBottom: 6 } } },
  headline: { fontSize: 28, fontWeight: 600, color: theme.palette.neutralPrimary },
});

/** The statutory figures for one pupil (DfE method), with persistent and severe absence in words. */
export const PupilSummary: React.FC<{ stats: PupilAttendanceStats; settings: SchoolSettings; period: string }> = ({ stats, settings, period }) => {
  const stage = stageForPercent(stats.attendancePercent, settings);
  const rows: [string, string][] = [
    ['Possible sessions', String(stats.possible)],
    ['Attended (present and approved activity)', String(stats.attended)],
    ['Authorised absence', `${stats.authorised} sessions (${formatPercent(stats.authorisedAbsenceRate, 'none')})`],
    ['Unauthorised absence', `${stats.unauthorised} sessions (${formatPercent(stats.unauthorisedAbsenceRate, 'none')})`],
    ['Overall absence rate', formatPercent(stats.overallAbsenceRate, 'none')],
    [
      'Persistent absence',
      stats.persistentlyAbsent
        ? `Yes: absence is ${settings.persistentAbsencePercent}% or more of possible sessions`
        : `No (under ${settings.persistentAbsencePercent}%)`,
    ],
    [
      'Severe absence',
      stats.severelyAbsent
        ? `Yes: absence is ${settings.severeAbsencePercent}% or more of possible sessions`
        : `No (under ${settings.severeAbsencePercent}%)`,
    ],
    ['Stage (year to date)', stage === null ? 'No stage (no possible sessions)' : `${stage}: ${stageRanges(settings.stageBoundaries)[stage]}`],
  ];
  return (
    <div>
      <Text as="p" block>
        Attendance {period}: <span className={classes.headline}>{formatPercent(stats.attendancePercent)}</span>
      </Text>
      <dl className={classes.list}>
        {rows.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={classes.term}>{term}</dt>
            <dd className={classes.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
};
