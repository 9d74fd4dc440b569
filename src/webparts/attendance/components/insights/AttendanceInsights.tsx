import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../../ui/fluent/pivotStyles';
import { Stack } from '@fluentui/react/lib/Stack';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { AlertsView } from './alerts/AlertsView';
import { CohortView } from './cohort/CohortView';
import { MissingMarksView } from './missing/MissingMarksView';
import { PrizeDrawView } from './prize/PrizeDrawView';
import { PupilAttendanceView } from './pupil/PupilAttendanceView';
import { loadInsightsBase, type InsightsBase } from './shared/insightsData';
import { cachedYearLoader, loadYearMarks, type YearMarksLoader } from './shared/yearMarks';
import { LoadState } from './shared/LoadState';

type View = 'pupil' | 'cohort' | 'alerts' | 'prize' | 'missing';

/** What the attendance marks say: one pupil, the cohort, the worklists, the prize draw and the marks still missing. */
export const AttendanceInsights: React.FC = () => {
  const services = useServices();
  const [view, setView] = React.useState<View>('pupil');
  const [baseState, reloadBase] = useAsync(async () => {
    const base = await loadInsightsBase(services);
    return { base, loadYear: cachedYearLoader(services.attendance) };
  }, [services]);

  return (
    <LoadState state={baseState} loading="Loading pupils and settings…" onRetry={reloadBase}>
      {({ base, loadYear }) => (
        <Stack tokens={{ childrenGap: 12 }}>
          {base.problems.length > 0 && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {base.problems.length} record(s) could not be read and are not included: {base.problems[0]}
            </MessageBar>
          )}
          <Pivot styles={WRAPPING_PIVOT_STYLES} aria-label="Attendance insight views" selectedKey={view} onLinkClick={(item) => item?.props.itemKey && setView(item.props.itemKey as View)}>
            <PivotItem headerText="Pupil attendance" itemKey="pupil">
              <PupilAttendanceView base={base} />
            </PivotItem>
            <PivotItem headerText="Cohort" itemKey="cohort">
              <YearViews base={base} loadYear={loadYear} view="cohort" />
            </PivotItem>
            <PivotItem headerText="Alerts and worklists" itemKey="alerts">
              <YearViews base={base} loadYear={loadYear} view="alerts" />
            </PivotItem>
            <PivotItem headerText="Prize draw" itemKey="prize">
              <YearViews base={base} loadYear={loadYear} view="prize" />
            </PivotItem>
            <PivotItem headerText="Missing marks" itemKey="missing">
              <YearViews base={base} loadYear={loadYear} view="missing" />
            </PivotItem>
          </Pivot>
        </Stack>
      )}
    </LoadState>
  );
};

/** The views that read the whole year's marks: one marksForYear call (two early in the year, for penalty windows). */
const YearViews: React.FC<{ base: InsightsBase; loadYear: YearMarksLoader; view: Exclude<View, 'pupil'> }> = ({ base, loadYear, view }) => {
  const [state, reload] = useAsync(() => loadYearMarks(loadYear, base, view === 'alerts'), [loadYear, base, view]);
  return (
    <LoadState state={state} loading={`Loading this year's attendance (${base.academicYear})…`} onRetry={reload}>
      {(year) =>
        view === 'cohort' ? (
          <CohortView base={base} marks={year.marks} />
        ) : view === 'alerts' ? (
          <AlertsView base={base} marks={year.marks} previousYear={year.previousYear} />
        ) : view === 'missing' ? (
          <MissingMarksView base={base} marks={year.marks} />
        ) : (
          <PrizeDrawView base={base} marks={year.marks} />
        )
      }
    </LoadState>
  );
};
