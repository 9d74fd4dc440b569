import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../ui/fluent/pivotStyles';
import { Text } from '@fluentui/react/lib/Text';
import { TakeRegister } from './register/TakeRegister';
import { onDemand } from '../../../ui/onDemand';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { LeaveGuard, useConfirmLeave } from '../../../ui/leaveGuard';

/** The second tab loads (its own chunk) when opened. */
const AttendanceInsights = onDemand('Loading pupils, cohort and alerts…', () =>
  import(/* webpackChunkName: 'attendance-insights' */ './insights/AttendanceInsights').then((m) => m.AttendanceInsights),
);

/** The attendance web part: taking registers, and what the marks say (pupil, cohort, alerts). A pupil's name opens their record in place. */
export const Attendance: React.FC = () => (
  <PupilRecordHost backLabel="Back to Attendance">
    <section aria-labelledby="attendance-heading">
      <Text as="h2" variant="xLarge" id="attendance-heading">
        Attendance
      </Text>
      <LeaveGuard>
        <AttendanceViews />
      </LeaveGuard>
    </section>
  </PupilRecordHost>
);

/** The two views; leaving the register for the other asks first while it has unsaved marks. */
const AttendanceViews: React.FC = () => {
  const [view, setView] = React.useState('register');
  const confirmLeave = useConfirmLeave();
  return (
    <Pivot
      styles={WRAPPING_PIVOT_STYLES}
      aria-label="Attendance views"
      selectedKey={view}
      onLinkClick={(item) => {
        const key = item?.props.itemKey;
        if (key && key !== view) confirmLeave(() => setView(key));
      }}
    >
      <PivotItem headerText="Take the register" itemKey="register">
        <TakeRegister />
      </PivotItem>
      <PivotItem headerText="Pupils, cohort and alerts" itemKey="insights">
        <AttendanceInsights />
      </PivotItem>
    </Pivot>
  );
};
