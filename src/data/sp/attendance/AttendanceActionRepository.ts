import type { AttendanceActionRecord } from '../../../domain';
import type { IAttendanceActionRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addInPupilFolder } from '../folderWriter';
import { readAll, readOne } from '../listReader';
import { toDataError } from '../spErrors';
import { attendanceActionMapper } from './attendanceActionMapper';

/** Pupils per OR-filter request: keeps the URL well under SharePoint's length limit. */
const IDS_PER_REQUEST = 25;

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

  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const ids = Array.from(new Set(pupilIds));
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
    const results = await Promise.all(
      chunks.map((chunk) =>
        readAll(this.sp, attendanceActionMapper, {
          what: 'load the attendance actions',
          filter: chunk.map((id) => `PwPupilId eq ${id}`).join(' or '),
        }),
      ),
    );
    return {
      items: results.flatMap((r) => r.items).sort(byDate),
      problems: results.flatMap((r) => r.problems),
    };
  }

  public async add(record: AttendanceActionRecord, pupilRef: string): Promise<Saved<AttendanceActionRecord>> {
    const values = attendanceActionMapper.toValues(record);
    let id: number;
    try {
      id = await addInPupilFolder(this.sp, this.siteUrl, attendanceActionMapper.list, pupilRef, values);
    } catch (e) {
      throw toDataError(e, `record the action '${record.action}'`);
    }
    return readOne(this.sp, attendanceActionMapper, id, 'load the recorded action');
  }
}
