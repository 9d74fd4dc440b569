import type { AttendanceMark } from '../../src/domain';
import { mondayOf } from '../../src/domain';
import { emptyWeek, withMarks, type WeekRecord } from '../../src/data/sp/attendance/weekItem';

/** Groups marks into the repository's storage shape: one week record per pupil per school week. */
export function weekItemsOf(marks: readonly AttendanceMark[]): WeekRecord[] {
  const byKey = new Map<string, AttendanceMark[]>();
  for (const m of marks) {
    const key = `${m.pupilId}|${mondayOf(m.date)}`;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return Array.from(byKey.values()).map((group) => withMarks(emptyWeek(group[0].pupilId, mondayOf(group[0].date)), group));
}
