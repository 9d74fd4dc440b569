import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { AlertMark } from './alerts';
import { stageForPercent, type AttendanceStage } from './stages';
import { attendanceStats } from './stats';
import { latestRegisterWeek, pupilStatsForWeek } from './weeklySeries';

/**
 * The stage worklist of the attendance alerts (policy stages 2 and 3): the latest register week and the year to date.
 * Its own module, beside alerts.ts, so that the penalty and illness alerts (Today's attendance section) do not bring
 * the statistics and weekly series this list needs.
 */

export interface StageFigure {
  percent: number | null;
  stage: AttendanceStage | null;
  possible: number;
}

export interface StageWorklistRow {
  pupilId: number;
  /** The latest register week (null when the pupil had no possible sessions that week). */
  week: StageFigure | null;
  cumulative: StageFigure;
}

export interface StageWorklist {
  /** Monday of the latest week with a register up to today; null when no marks. */
  weekStart: IsoDate | null;
  rows: StageWorklistRow[];
}

const isWorklistStage = (s: AttendanceStage | null): boolean => s === 'Stage 2' || s === 'Stage 3';
const stageRank = (s: AttendanceStage | null): number => (s === 'Stage 3' ? 0 : s === 'Stage 2' ? 1 : 2);

/**
 * Pupils in Stage 2 or 3 for the latest register week or cumulatively (marks up to `today`), worst first:
 * the higher stage of the two, then the lower cumulative percentage.
 */
export function stageWorklist(
  marks: readonly AlertMark[],
  settings: Pick<SchoolSettings, 'stageBoundaries' | 'notPossibleCodes' | 'persistentAbsencePercent' | 'severeAbsencePercent'>,
  today: IsoDate,
): StageWorklist {
  const weekStart = latestRegisterWeek(marks, today);
  if (weekStart === null) return { weekStart, rows: [] };
  const cumulative = attendanceStats(marks, settings, { to: today }).pupils;
  const week = pupilStatsForWeek(
    marks.filter((m) => m.date <= today),
    weekStart,
    settings,
  );
  const rows: StageWorklistRow[] = [];
  for (const c of cumulative) {
    const w = week.get(c.pupilId);
    const weekFigure: StageFigure | null =
      w && w.possible > 0 ? { percent: w.attendancePercent, stage: stageForPercent(w.attendancePercent, settings), possible: w.possible } : null;
    const cumulativeFigure: StageFigure = { percent: c.attendancePercent, stage: stageForPercent(c.attendancePercent, settings), possible: c.possible };
    if (isWorklistStage(weekFigure?.stage ?? null) || isWorklistStage(cumulativeFigure.stage)) {
      rows.push({ pupilId: c.pupilId, week: weekFigure, cumulative: cumulativeFigure });
    }
  }
  const worst = (r: StageWorklistRow): number => Math.min(stageRank(r.week?.stage ?? null), stageRank(r.cumulative.stage));
  rows.sort((a, b) => worst(a) - worst(b) || (a.cumulative.percent ?? 100) - (b.cumulative.percent ?? 100) || a.pupilId - b.pupilId);
  return { weekStart, rows };
}
