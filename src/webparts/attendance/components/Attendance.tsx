import * as React from 'react';
import { Text } from '../../../ui/plain/Text';
import { TakeRegister } from './register/TakeRegister';
import { onDemand } from '../../../ui/onDemand';
import { PlainTabs } from '../../../ui/plain/PlainTabs';
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
      <PlainTabs
        label="Attendance views"
        selectedKey={view}
        onSelect={(key) => {
          if (key !== view) confirmLeave(() => setView(key));
        }}
        tabs={[
          {
            key: 'register',
            title: 'Take the register',
            render: () => (
              <TakeRegister key={target ? `${target.date}|${target.session}|${target.n}` : 'now'} initialDate={target?.date} initialSession={target?.session} />
            ),
          },
          { key: 'week', title: 'Week', render: () => <WeekView /> },
          { key: 'insights', title: 'Pupils, cohort and alerts', render: () => <AttendanceInsights /> },
        ]}
      />
    </OpenRegisterContext.Provider>
  );
};
