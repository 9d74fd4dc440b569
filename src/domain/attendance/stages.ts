import type { SchoolSettings } from '../settings/schoolSettings';
import { attendanceStats, type MarkForStats, type StatsSettings } from './stats';

/**
 * Attendance policy stages (boundaries from settings; the reading of the policy's gaps is documented on
 * stageBoundariesSchema):
 *   Stage 1 Prevention:          percent > stage1AbovePercent (90)
 *   Stage 2 Early intervention:  stage3AtOrBelowPercent (80) < percent ≤ 90
 *   Stage 3 Targeted support:    percent ≤ 80
 * The same boundaries apply to one week ("in any one week") and to the cumulative figure.
 */
export const ATTENDANCE_STAGES = ['Stage 1', 'Stage 2', 'Stage 3'] as const;
export type AttendanceStage = (typeof ATTENDANCE_STAGES)[number];

export const ATTENDANCE_STAGE_LABELS: Record<AttendanceStage, string> = {
  'Stage 1': 'Stage 1: Prevention',
  'Stage 2': 'Stage 2: Early intervention',
  'Stage 3': 'Stage 3: Targeted support',
};

type StageSettings = Pick<SchoolSettings, 'stageBoundaries'>;

/** Stage for an attendance percentage; null when there is no percentage (no possible sessions). */
export function stageForPercent(percent: number | null, settings: StageSettings): AttendanceStage | null {
  if (percent === null || Number.isNaN(percent)) return null;
  const b = settings.stageBoundaries;
  if (percent > b.stage1AbovePercent) return 'Stage 1';
  if (percent > b.stage3AtOrBelowPercent) return 'Stage 2';
  return 'Stage 3';
}

/** Stage of one pupil's week, from that week's marks (pass only that week's marks). */
export function stageOfWeek(weekMarks: readonly MarkForStats[], settings: StageSettings & StatsSettings): AttendanceStage | null {
  return stageForPercent(attendanceStats(weekMarks, settings).group.attendancePercent, settings);
}

/** Stage from the cumulative attendance percentage (year to date, or the placement so far). */
export function stageOfCumulative(marks: readonly MarkForStats[], settings: StageSettings & StatsSettings): AttendanceStage | null {
  return stageForPercent(attendanceStats(marks, settings).group.attendancePercent, settings);
}
