import { schoolWeeksBetween, type CalendarSettings } from '../dates/schoolCalendar';
import { addDays, mondayOf, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import { stageForPercent, type AttendanceStage } from './stages';
import { attendanceStats, type MarkForStats, type PupilAttendanceStats, type StatsSettings } from './stats';

/**
 * Attendance by school week (Monday to Sunday), for a chart or a table.
 *   - The weeks are the school weeks of the calendar between `from` and `to`, plus any week a mark was
 *     recorded in (a register implies a session), in date order.
 *   - A week's figures are the group figures of the marks given (one pupil's marks: that pupil's week).
 *   - A week with no possible sessions (holiday, closure, only D/X/Z/# codes) has a null percentage and
 *     no stage: it is shown as "no possible sessions", never as 0%.
 */

export type SeriesSettings = CalendarSettings & StatsSettings & Pick<SchoolSettings, 'stageBoundaries'>;

export interface WeekPoint {
  /** Monday of the week. */
  weekStart: IsoDate;
  possible: number;
  attended: number;
  authorised: number;
  unauthorised: number;
  /** Null when the week has no possible sessions. */
  attendancePercent: number | null;
  stage: AttendanceStage | null;
}

export interface WeeklySeriesOptions {
  from: IsoDate;
  to: IsoDate;
}

/** The week points from `from` to `to` (both included); marks outside the range are ignored. */
export function weeklySeries(marks: readonly MarkForStats[], settings: SeriesSettings, options: WeeklySeriesOptions): WeekPoint[] {
  const { from, to } = options;
  const byWeek = new Map<IsoDate, MarkForStats[]>();
  for (const w of schoolWeeksBetween(from, to, settings)) byWeek.set(w, []);
  for (const m of marks) {
    if (m.date < from || m.date > to) continue;
    const w = mondayOf(m.date);
    const list = byWeek.get(w);
    if (list) list.push(m);
    else byWeek.set(w, [m]);
  }
  return Array.from(byWeek.keys())
    .sort()
    .map((weekStart) => {
      const g = attendanceStats(byWeek.get(weekStart) as MarkForStats[], settings).group;
      return {
        weekStart,
        possible: g.possible,
        attended: g.attended,
        authorised: g.authorised,
        unauthorised: g.unauthorised,
        attendancePercent: g.attendancePercent,
        stage: stageForPercent(g.attendancePercent, settings),
      };
    });
}

/** The last day (Sunday) of the week starting `monday`. */
export function weekEnd(monday: IsoDate): IsoDate {
  return addDays(mondayOf(monday), 6);
}

/** Each pupil's statistics for the week that starts on `monday` (pupils with no marks that week are absent from the map). */
export function pupilStatsForWeek(
  marks: readonly MarkForStats[],
  monday: IsoDate,
  settings: StatsSettings,
): Map<number, PupilAttendanceStats> {
  const { pupils } = attendanceStats(marks, settings, { from: mondayOf(monday), to: weekEnd(monday) });
  return new Map(pupils.map((p) => [p.pupilId, p]));
}

/**
 * The latest week with a register on or before `today`: the Monday of the latest mark dated up to today,
 * or null when there is none. "Latest week" on the stage worklist means this week (it may be part-way through).
 */
export function latestRegisterWeek(marks: readonly { date: IsoDate }[], today: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const m of marks) if (m.date <= today && (latest === null || m.date > latest)) latest = m.date;
  return latest === null ? null : mondayOf(latest);
}
