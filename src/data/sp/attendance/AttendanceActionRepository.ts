import type { AttendanceActionRecord } from '../../../domain';
import type { IAttendanceActionRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { readAll, readEachBatched } from '../listReader';
import { PARTS_PER_CALL } from '../batchRetry';
import { DataError } from '../../errors';
import { staffNotesStore } from '../confidential/staffNotes';
import { toDataError } from '../spErrors';
import { attendanceActionMapper, attendanceActionNotesMapper } from './attendanceActionMapper';

const byDate = (a: Saved<AttendanceActionRecord>, b: Saved<AttendanceActionRecord>): number =>
  a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1;

/**
 * Stage 2 and 3 actions in each pupil's folder (the home school reads them while the setting for actions is on). One
 * action is stored in two lists: the action item and the staff's notes in Pathways Attendance Action Notes, the PRU's
 * only. Reads join them; a home school's copy has no notes. The action is added first, then its notes.
 */
export class SpAttendanceActionRepository implements IAttendanceActionRepository {
  private readonly notes;

  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {
    this.notes = staffNotesStore(sp, attendanceActionNotesMapper, 'notes on the attendance actions');
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const filter = `PwPupilId eq ${pupilId}`;
    const result = await this.notes.joinAll(readAll(this.sp, attendanceActionMapper, { what: "load the pupil's attendance actions", filter }), filter);
    return { items: [...result.items].sort(byDate), problems: result.problems };
  }

  /**
   * For the stage worklist (shown, never written back: no metadata, each etag '*'). Up to one batch call's worth of
   * pupils: one indexed query each, in one request. More: the whole list (only Stage 2 and 3 actions are kept there),
   * paged by ID, 5,000 to a request, kept for these pupils: the requests do not grow with the number of pupils.
   */
  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const ids = Array.from(new Set(pupilIds));
    if (ids.length <= PARTS_PER_CALL) {
      const filters = ids.map((id) => `PwPupilId eq ${id}`);
      const r = await this.notes.joinAll(readEachBatched(this.sp, attendanceActionMapper, filters, 'load the attendance actions', { noMetadata: true }), filters);
      return { items: [...r.items].sort(byDate), problems: r.problems };
    }
    const wanted = new Set(ids);
    const all = await this.notes.joinAll(readAll(this.sp, attendanceActionMapper, { what: 'load the attendance actions', noMetadata: true }));
    return { items: all.items.filter((a) => wanted.has(a.pupilId)).sort(byDate), problems: all.problems };
  }

  public async add(record: AttendanceActionRecord, pupilRef: string): Promise<Saved<AttendanceActionRecord>> {
    const values = attendanceActionMapper.toValues(record);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, attendanceActionMapper, pupilRef, values, { what: `record the action '${record.action}'`, thing: `The action '${record.action}'` });
    if (this.notes.isBlank(record)) return saved;
    try {
      await this.notes.save(saved.id, { notes: record.notes, pupilId: record.pupilId });
    } catch (e) {
      const err = toDataError(e, 'save the notes on the action');
      throw new DataError(err.kind, `The action '${record.action}' is recorded, but its notes were not (${err.message}). Add them again: nothing else is lost.`, err.status);
    }
    return { ...saved, notes: record.notes };
  }
}
