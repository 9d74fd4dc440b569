import { WEEK_SESSION_FIELDS, listByKey } from '../../src/lists';
import { addInPupilFolder } from '../../src/data/sp/folderWriter';
import type { SPFI } from '../../src/data/sp/pnpSetup';
import { weekValues, type WeekRecord } from '../../src/data/sp/attendance/weekItem';

const weeksList = listByKey('attendanceWeeks');
const PER_BATCH = 100;

/** Creates week items in their pupils' folders, a PnPjs batch at a time; stops on the first failure. */
export async function writeInBatches(
  sp: SPFI,
  siteUrl: string,
  weeks: readonly WeekRecord[],
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<void> {
  for (let start = 0; start < weeks.length; start += PER_BATCH) {
    const slice = weeks.slice(start, start + PER_BATCH);
    const [batched, execute] = sp.batched();
    const jobs = slice.map((w) => {
      const ref = pupilRefs.get(w.pupilId);
      if (ref === undefined) return Promise.reject(new Error(`No pupil reference for pupil ${w.pupilId}`));
      return addInPupilFolder(batched, siteUrl, weeksList, ref, weekValues(w, WEEK_SESSION_FIELDS));
    });
    await execute();
    await Promise.all(jobs);
    log(`  ${Math.min(start + PER_BATCH, weeks.length)} of ${weeks.length} week items`);
  }
}
