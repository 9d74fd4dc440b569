import * as React from 'react';
import { Text } from '../../../ui/plain/Text';
import { PupilNameLink } from '../../../ui/pupilRecord/PupilNameLink';
import { ATTENDANCE_STAGE_LABELS, formatUkDate, type SchoolSettings } from '../../../domain';
import type { AttendanceWatch } from './attendanceWatch';
import { Item, ItemList, Section, plural } from './todayParts';

/**
 * Attendance to act on (PRU staff): pupils who entered Stage 2 or 3 this week, those at the penalty-notice threshold
 * (a prompt to review support, never a fine) and those at or near the illness return to the LA.
 */
export const AttendanceSection: React.FC<{
  watch: AttendanceWatch | undefined;
  settings: Pick<SchoolSettings, 'penaltyThreshold' | 'illnessReturnDays'>;
  pupilName: (id: number) => string;
}> = ({ watch, settings, pupilName }) => {
  if (!watch)
    return (
      <Section id="attendance" title="Attendance to act on">
        <Text block>The attendance marks could not be read, so stages, the penalty-notice threshold and the illness return are not shown.</Text>
      </Section>
    );
  const { sessions, schoolWeeks } = settings.penaltyThreshold;
  const count = watch.enteredStage.length + watch.penalty.length + watch.illness.length;
  return (
    <Section id="attendance" title="Attendance to act on" count={count}>
      {count === 0 && <Text block>No pupil entered Stage 2 or 3 this week, reached the penalty-notice threshold or is near the illness return.</Text>}
      {watch.enteredStage.length > 0 && (
        <>
          <Text as="h4" block variant="mediumPlus">
            Entered Stage 2 or 3 this week
          </Text>
          <ItemList>
            {watch.enteredStage.map((s) => (
              <Item key={s.pupilId}>
                <PupilNameLink pupilId={s.pupilId}>{pupilName(s.pupilId)}</PupilNameLink>: {ATTENDANCE_STAGE_LABELS[s.stage]}
                {s.before ? ` (was ${s.before})` : ''}
              </Item>
            ))}
          </ItemList>
        </>
      )}
      {watch.penalty.length > 0 && (
        <>
          <Text as="h4" block variant="mediumPlus">
            At the penalty-notice threshold: review the support
          </Text>
          <ItemList>
            {watch.penalty.map((a) => (
              <Item key={a.pupilId}>
                <PupilNameLink pupilId={a.pupilId}>{pupilName(a.pupilId)}</PupilNameLink>: {plural(sessions, 'session')} of unauthorised absence within {plural(schoolWeeks, 'school week')}
                {a.result.windowFirstWeek ? ` (from the week of ${formatUkDate(a.result.windowFirstWeek)})` : ''}
              </Item>
            ))}
          </ItemList>
        </>
      )}
      {watch.illness.length > 0 && (
        <>
          <Text as="h4" block variant="mediumPlus">
            Illness return to the LA ({settings.illnessReturnDays} days)
          </Text>
          <ItemList>
            {watch.illness.map((a) => (
              <Item key={a.pupilId}>
                <PupilNameLink pupilId={a.pupilId}>{pupilName(a.pupilId)}</PupilNameLink>: {plural(a.days, 'day')} of illness this year —{' '}
                {a.level === 'met'
                  ? `reached on ${a.result.reachedOn ? formatUkDate(a.result.reachedOn) : 'a day this year'}: tell the LA`
                  : `near: tell the LA now if the absence is expected to reach ${settings.illnessReturnDays} days`}
              </Item>
            ))}
          </ItemList>
        </>
      )}
    </Section>
  );
};
