import { academicYearOf } from '../dates/academicYear';
import { addDays, mondayOf, type IsoDate } from '../dates/isoDates';
import { schoolWeeksBetween } from '../dates/schoolCalendar';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { ATTENDANCE_STAGES, stageOfCumulative, stageOfWeek, type AttendanceStage } from './stages';

/**
 * A pupil's stage now and the penalty window, on their own (Today shows who entered Stage 2 or 3 this week and who
 * met the threshold without loading a register save's notification triggers, notificationTriggers.ts, which use them).
 */

/** A mark as the stage rules read it. */
export interface StageMark {
  readonly pupilId: number;
  readonly date: IsoDate;
  readonly session: Session;
  readonly code: string;
}

export type CurrentStageSettings = Pick<SchoolSettings, 'stageBoundaries' | 'notPossibleCodes' | 'persistentAbsencePercent' | 'severeAbsencePercent'>;

const rank = (s: AttendanceStage | null): number => (s === null ? -1 : ATTENDANCE_STAGES.indexOf(s));

/** The worse of the week's stage and the year's cumulative stage, from the marks up to `date`. */
export function currentStage(marks: readonly StageMark[], date: IsoDate, settings: CurrentStageSettings): AttendanceStage | null {
  const week = mondayOf(date);
  const friday = addDays(week, 4);
  const year = academicYearOf(date);
  const weekMarks = marks.filter((m) => m.date >= week && m.date <= friday);
  const yearMarks = marks.filter((m) => academicYearOf(m.date) === year && m.date <= friday);
  const a = stageOfWeek(weekMarks, settings);
  const b = stageOfCumulative(yearMarks, settings);
  return rank(a) >= rank(b) ? a : b;
}

/** Monday of the first of the `penaltyThreshold.schoolWeeks` school weeks that end with the week of `date`. */
export function rollingWindowStart(date: IsoDate, settings: Pick<SchoolSettings, 'penaltyThreshold' | 'terms' | 'closures'>): IsoDate {
  const weeks = schoolWeeksBetween(addDays(date, -7 * 60), date, settings);
  const own = mondayOf(date);
  if (weeks[weeks.length - 1] !== own) weeks.push(own); // a register on a day the calendar does not know still counts
  return weeks[Math.max(0, weeks.length - settings.penaltyThreshold.schoolWeeks)];
}
