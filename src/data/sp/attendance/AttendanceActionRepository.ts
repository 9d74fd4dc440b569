import type { AttendanceActionRecord } from '../../../domain';
import type { IAttendanceActionRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { pupilFilters, readAll, readForPupils } from '../listReader';
import { DataError } from '../../errors';
import { staffNotesStore } from '../confidential/staffNotes';
import { toDataError } from '../spErrors';
import { attendanceActionMapper, attendanceActionNotesMapper } from './attendanceActionMapper';
import { writerOf } from '../recordWriter';

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
   * For the stage worklist (shown, never written back: no metadata, each etag '*'): the actions of these pupils in one
   * request whatever their number (readForPupils: up to 20 pupils, one indexed query each in one batch call; more,
   * the whole list, where only Stage 2 and 3 actions are kept), their staff's notes in one more beside it.
   */
  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    const r = await this.notes.joinAll(readForPupils(this.sp, attendanceActionMapper, pupilIds, 'load the attendance actions', { noMetadata: true }), pupilFilters(pupilIds));
    return { items: [...r.items].sort(byDate), problems: r.problems };
  }

  public async add(record: AttendanceActionRecord, pupilRef: string): Promise<Saved<AttendanceActionRecord>> {
    const values = writerOf(attendanceActionMapper).toValues(record);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, attendanceActionMapper, pupilRef, values, { what: `record the action '${record.action}'`, thing: `The action '${record.action}'` });
    if (this.notes.isBlank(record)) return saved;
    try {
      await this.notes.save(saved.id, { notes: record.notes, pupilId: record.pupilId }, writerOf);
    } catch (e) {
      const err = toDataError(e, 'save the notes on the action');
      throw new DataError(err.kind, `The action '${record.action}' is recorded, but its notes were not (${err.message}). Add them again: nothing else is lost.`, err.status);
    }
    return { ...saved, notes: record.notes };
  }
}
