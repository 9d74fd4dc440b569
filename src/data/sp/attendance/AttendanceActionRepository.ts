import type { AttendanceActionRecord } from '../../../domain';
import type { IAttendanceActionRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { readAll, readEachBatched } from '../listReader';
import { PARTS_PER_CALL } from '../batchRetry';
import { attendanceActionMapper } from './attendanceActionMapper';

const byDate = (a: Saved<AttendanceActionRecord>, b: Saved<AttendanceActionRecord>): number =>
  a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1;

export class SpAttendanceActionRepository implements IAttendanceActionRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const result = await readAll(this.sp, attendanceActionMapper, {
      what: "load the pupil's attendance actions",
      filter: `PwPupilId eq ${pupilId}`,
    });
    return { items: result.items.sort(byDate), problems: result.problems };
  }

  /**
   * For the stage worklist (shown, never written back: no metadata, each etag '*'). Up to one batch call's worth of
   * pupils: one indexed query each, in one request. More: the whole list (only Stage 2 and 3 actions are kept there),
   * paged by ID, 5,000 to a request, kept for these pupils: the requests do not grow with the number of pupils.
   */
  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const ids = Array.from(new Set(pupilIds));
    if (ids.length <= PARTS_PER_CALL) {
      const r = await readEachBatched(this.sp, attendanceActionMapper, ids.map((id) => `PwPupilId eq ${id}`), 'load the attendance actions', { noMetadata: true });
      return { items: r.items.sort(byDate), problems: r.problems };
    }
    const wanted = new Set(ids);
    const all = await readAll(this.sp, attendanceActionMapper, { what: 'load the attendance actions', noMetadata: true });
    return { items: all.items.filter((a) => wanted.has(a.pupilId)).sort(byDate), problems: all.problems };
  }

  public async add(record: AttendanceActionRecord, pupilRef: string): Promise<Saved<AttendanceActionRecord>> {
    const values = attendanceActionMapper.toValues(record);
    return addToPupilFolderOnce(this.sp, this.siteUrl, attendanceActionMapper, pupilRef, values, { what: `record the action '${record.action}'`, thing: `The action '${record.action}'` });
  }
}
