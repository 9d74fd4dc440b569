import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, pupilAttendanceStats, weeklySeries } from '../../../../../domain';
import { useServices } from '../../../../../ui/ServicesContext';
import { useAsync } from '../../../../../ui/useAsync';
import { PupilPicker } from '../../../../../ui/PupilPicker';
import { pupilIdFromPage } from '../../../../../ui/pupilFromPage';
import { WeeklyAttendanceChart } from '../charts/WeeklyAttendanceChart';
import type { InsightsBase } from '../shared/insightsData';
import { LoadState } from '../shared/LoadState';
import { pupilName } from '../shared/format';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';
import { CodeBreakdownTable } from './CodeBreakdownTable';
import { AmendmentsTable, MarksTable } from './MarksTable';
import { PupilSummary } from './PupilSummary';
import { RecordProblems } from '../../../../../ui/RecordProblems';

/** One pupil's attendance this school year: the figures, the weekly chart with the stages, the codes, marks and amendments. */
export const PupilAttendanceView: React.FC<{ base: InsightsBase }> = ({ base }) => {
  const { attendance } = useServices();
  const [pupilId, setPupilId] = React.useState<number | undefined>(() => pupilIdFromPage());
  const pupil = base.pupils.find((p) => p.id === pupilId);

  const [state, reload] = useAsync(async () => {
    if (pupilId === undefined) return undefined;
    const [marks, amendments] = await Promise.all([
      attendance.marksForPupil(pupilId, base.yearStart, base.today),
      attendance.amendmentsForPupil(pupilId),
    ]);
    return { marks, amendments };
  }, [attendance, pupilId, base.yearStart, base.today]);

  const period = `${formatUkDate(base.yearStart)} to ${formatUkDate(base.today)}`;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <PupilPicker pupils={base.pupils} pupilId={pupilId} onChange={setPupilId} />
      {pupil === undefined && <Text>Choose a pupil to see their attendance this school year ({base.academicYear}).</Text>}
      {pupil !== undefined && (
        <LoadState state={state} loading={`Loading the attendance of ${pupilName(pupil)}…`} onRetry={reload}>
          {(value) => {
            if (value === undefined) return null;
            const subject = pupilName(pupil);
            const stats = pupilAttendanceStats(pupil.id, value.marks, base.settings);
            const points = weeklySeries(value.marks, base.settings, { from: base.yearStart, to: base.today });
            return (
              <Stack tokens={{ childrenGap: 16 }}>
                <Text as="h3" variant="large">
                  <PupilNameLink pupilId={pupil.id}>{subject}</PupilNameLink>: attendance this school year
                </Text>
                <RecordProblems problems={[...(value.marks.problems ?? []), ...(value.amendments.problems ?? [])]} effect="not counted or listed here" />
                <PupilSummary stats={stats} settings={base.settings} period={`from ${period}`} />
                <Text as="h4" variant="mediumPlus">
                  Attendance by school week
                </Text>
                <WeeklyAttendanceChart id={`pupil-${pupil.id}-weekly`} subject={subject} points={points} boundaries={base.settings.stageBoundaries} />
                <CodeBreakdownTable byCode={stats.byCode} settings={base.settings} subject={subject} />
                <MarksTable marks={value.marks} subject={subject} />
                <AmendmentsTable amendments={value.amendments} subject={subject} />
              </Stack>
            );
          }}
        </LoadState>
      )}
    </Stack>
  );
};
