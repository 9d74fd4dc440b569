import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { illnessAlerts, penaltyAlerts, stageWorklist, type AttendanceMark } from '../../../../../domain';
import type { InsightsBase } from '../shared/insightsData';
import { IllnessAlerts } from './IllnessAlerts';
import { PenaltyAlerts } from './PenaltyAlerts';
import { StageWorklist } from './StageWorklist';

/**
 * The worklists: penalty-notice threshold (support first), illness return, Stage 2 and 3.
 * `previousYear` holds last year's marks when a 10-school-week window can still reach back into it.
 */
export const AlertsView: React.FC<{
  base: InsightsBase;
  marks: readonly AttendanceMark[];
  previousYear?: readonly AttendanceMark[];
}> = ({ base, marks, previousYear }) => {
  const pupilsById = React.useMemo(() => new Map(base.pupils.map((p) => [p.id, p])), [base.pupils]);
  const upToToday = React.useMemo(() => marks.filter((m) => m.date <= base.today), [marks, base.today]);
  const penalty = React.useMemo(
    () => penaltyAlerts(previousYear ? [...previousYear, ...upToToday] : upToToday, base.settings),
    [previousYear, upToToday, base.settings],
  );
  const illness = React.useMemo(() => illnessAlerts(upToToday, base.settings, base.academicYear), [upToToday, base.settings, base.academicYear]);
  const worklist = React.useMemo(() => stageWorklist(upToToday, base.settings, base.today), [upToToday, base.settings, base.today]);
  return (
    <Stack tokens={{ childrenGap: 24 }}>
      {!previousYear && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          Penalty-notice windows are worked out from this school year&apos;s marks: this year has already had {base.settings.penaltyThreshold.schoolWeeks} or more school weeks, so no window ending now reaches back into last year.
        </MessageBar>
      )}
      <PenaltyAlerts alerts={penalty} pupilsById={pupilsById} settings={base.settings} />
      <IllnessAlerts alerts={illness} pupilsById={pupilsById} settings={base.settings} academicYear={base.academicYear} />
      <StageWorklist worklist={worklist} pupilsById={pupilsById} settings={base.settings} today={base.today} />
    </Stack>
  );
};
