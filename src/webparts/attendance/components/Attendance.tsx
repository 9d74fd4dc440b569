import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../ui/fluent/pivotStyles';
import { Text } from '@fluentui/react/lib/Text';
import { TakeRegister } from './register/TakeRegister';
import { onDemand } from '../../../ui/onDemand';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { LeaveGuard, useConfirmLeave } from '../../../ui/leaveGuard';
import type { Session } from '../../../domain/vocabulary';
import { OpenRegisterContext, type OpenRegister } from './openRegister';

/** The second tab loads (its own chunk) when opened. */
const WeekView = onDemand('Loading the week…', () => import(/* webpackChunkName: 'attendance-week' */ './week/WeekView').then((m) => m.WeekView));
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

/** The views; leaving the register for another asks first while it has unsaved marks. The week view and missing marks open a register. */
const AttendanceViews: React.FC = () => {
  const [view, setView] = React.useState('register');
  const [target, setTarget] = React.useState<{ date: string; session: Session; n: number } | undefined>();
  const confirmLeave = useConfirmLeave();
  const openRegister = React.useCallback<OpenRegister>((date, session) => {
    setTarget((t) => ({ date, session, n: (t?.n ?? 0) + 1 }));
    setView('register');
  }, []);
  return (
    <OpenRegisterContext.Provider value={openRegister}>
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
          <TakeRegister key={target ? `${target.date}|${target.session}|${target.n}` : 'now'} initialDate={target?.date} initialSession={target?.session} />
        </PivotItem>
        <PivotItem headerText="Week" itemKey="week">
          <WeekView />
        </PivotItem>
        <PivotItem headerText="Pupils, cohort and alerts" itemKey="insights">
          <AttendanceInsights />
        </PivotItem>
      </Pivot>
    </OpenRegisterContext.Provider>
  );
};
