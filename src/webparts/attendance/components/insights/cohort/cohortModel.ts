import type { Saved } from '../../../../../data/ports';
import {
  absenteeList,
  attendanceStats,
  pupilsInYear,
  type AttendanceMark,
  type GroupAttendanceStats,
  type Pupil,
  type PupilAttendanceStats,
} from '../../../../../domain';
import type { InsightsBase } from '../shared/insightsData';

export interface CohortModel {
  readonly pupils: Saved<Pupil>[];
  readonly stats: PupilAttendanceStats[];
  readonly group: GroupAttendanceStats;
  readonly persistent: PupilAttendanceStats[];
  readonly severe: PupilAttendanceStats[];
  readonly homeSchoolOf: (p: Pupil) => string;
}

/** The cohort over a range of this school year (to date by default): pupils on roll (or with marks) and their statistics, worked out once. */
export function buildCohortModel(base: InsightsBase, marks: readonly AttendanceMark[], range = { from: base.yearStart, to: base.today }): CohortModel {
  const withMarks = new Set<number>();
  for (const m of marks) withMarks.add(m.pupilId);
  const pupils = pupilsInYear(base.pupils, base.academicYear, base.today, withMarks);
  const visible = new Set(pupils.map((p) => p.id));
  // Only pupils whose records could be read count, so the headline figures match the groups and the lists.
  const { pupils: own, group } = attendanceStats(
    marks.filter((m) => visible.has(m.pupilId)),
    base.settings,
    range,
  );
  return {
    pupils,
    stats: own,
    group,
    persistent: absenteeList(own, 'persistent'),
    severe: absenteeList(own, 'severe'),
    homeSchoolOf: (p) => (p.homeSchoolId === undefined ? '' : base.schoolNames.get(p.homeSchoolId) ?? 'School not visible to you'),
  };
}
