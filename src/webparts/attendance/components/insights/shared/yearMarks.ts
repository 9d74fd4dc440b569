import type { IAttendanceRepository } from '../../../../../data/ports';
import { previousAcademicYear, schoolWeeksBetween, type AttendanceMark } from '../../../../../domain';
import type { InsightsBase } from './insightsData';

export interface YearMarks {
  readonly marks: AttendanceMark[];
  /** Last year's marks, only when a penalty window ending now can still reach back into last year. */
  readonly previousYear?: AttendanceMark[];
}

export type YearMarksLoader = (academicYear: string) => Promise<AttendanceMark[]>;

/** One marksForYear call per academic year for the life of the page (switching views does not reload). */
export function cachedYearLoader(attendance: IAttendanceRepository): YearMarksLoader {
  const cache = new Map<string, Promise<AttendanceMark[]>>();
  return (academicYear) => {
    let p = cache.get(academicYear);
    if (!p) {
      p = attendance.marksForYear(academicYear);
      cache.set(academicYear, p);
      p.catch(() => cache.delete(academicYear));
    }
    return p;
  };
}


/** The year's marks; for the penalty worklist in the first weeks of the year, last year's too. */
export async function loadYearMarks(load: YearMarksLoader, base: InsightsBase, forPenaltyWindows: boolean): Promise<YearMarks> {
  const weeksSoFar = schoolWeeksBetween(base.yearStart, base.today, base.settings).length;
  const reachBack = forPenaltyWindows && weeksSoFar < base.settings.penaltyThreshold.schoolWeeks;
  if (!reachBack) return { marks: await load(base.academicYear) };
  const [marks, previousYear] = await Promise.all([load(base.academicYear), load(previousAcademicYear(base.academicYear))]);
  return { marks, previousYear };
}
