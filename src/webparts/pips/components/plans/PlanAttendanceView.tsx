import * as React from 'react';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { formatUkDate, londonToday, planAttendance, type Pip, type SchoolSettings } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { DataTable } from '../../../../ui/DataTable';

const pct = (v: number | null): string => (v === null ? 'No marks yet' : `${v.toFixed(1)}%`);

/**
 * Attendance against the plan, week by week: the share of the sessions the plan expected that the pupil
 * attended, beside the statutory attendance % (where C2 counts as a possible session).
 */
export const PlanAttendanceView: React.FC<{ pip: Pip; settings: SchoolSettings }> = ({ pip, settings }) => {
  const { attendance, now } = useServices();
  const today = londonToday(now());
  const [state] = useAsync(() => attendance.marksForPupil(pip.pupilId, pip.startDate, today), [attendance, pip.pupilId, pip.startDate, today]);
  if (state.status === 'loading') return <Spinner label="Loading attendance against the plan…" />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        Attendance could not be loaded: {state.message}
      </MessageBar>
    );
  if (pip.startDate > today) return <Text block>The plan has not started yet.</Text>;
  const r = planAttendance(pip, state.value, today, settings);
  return (
    <>
      <Text block styles={{ root: { margin: '4px 0 8px' } }}>
        Since the start: {pct(r.planPercent)} of the {r.marked} planned sessions marked so far were attended ({r.attended} of {r.marked}); statutory
        attendance {pct(r.statutoryPercent)}.
      </Text>
      <DataTable
        caption="Attendance against the plan, week by week"
        rows={[...r.weeks].reverse()}
        getKey={(w) => w.weekBeginning}
        empty="No school weeks yet."
        columns={[
          { key: 'week', header: 'Week beginning', rowHeader: true, render: (w) => formatUkDate(w.weekBeginning) },
          { key: 'expected', header: 'Sessions in the plan', numeric: true, render: (w) => w.expected },
          { key: 'attended', header: 'Attended', numeric: true, render: (w) => `${w.attended} of ${w.marked} marked` },
          { key: 'plan', header: 'Against the plan', numeric: true, render: (w) => pct(w.planPercent) },
          { key: 'statutory', header: 'Statutory attendance', numeric: true, render: (w) => pct(w.statutoryPercent) },
        ]}
      />
    </>
  );
};
