import type { ReviewMeeting } from '../../../domain';
import type { IReviewMeetingRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll, readOne } from '../listReader';
import { staffNotesStore } from '../confidential/staffNotes';
import { meetingNotesMapper, reviewMeetingMapper } from './meetingMappers';

const byStart = (a: Saved<ReviewMeeting>, b: Saved<ReviewMeeting>): number =>
  a.start === b.start ? a.id - b.id : Date.parse(a.start) < Date.parse(b.start) ? -1 : 1;

/** The methods that write (the rest read). */
export type MeetingWrite = 'create' | 'update';

/**
 * Review meetings in each pupil's folder, so the pupil's home-school staff can read them (while the sharing setting
 * for meetings is on). One ReviewMeeting is stored in two lists: the meeting item and the staff's notes in Pathways
 * Review Meeting Notes, the PRU's only (confidential/staffNotes.ts). Reads join them; a home school's copy has no notes.
 * Writes save the meeting item first (guarded by its ETag), then the notes. Every query starts on an indexed column
 * (the pupil lookup, or the start), so none meets the list view threshold.
 *
 * These are the reads (`data-meetings`, what a first screen loads); the writes (ReviewMeetingRepository.ts,
 * `data-meetings-write`: the rules, the exactly-once add, the notes' save) extend this class, loaded at the first write.
 */
export class SpReviewMeetingReads implements Omit<IReviewMeetingRepository, MeetingWrite> {
  protected readonly notes;

  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    /** The clock that says whether a meeting has started (a meeting is only Held once it has). */
    protected readonly now: () => Date = () => new Date(),
  ) {
    this.notes = staffNotesStore(sp, meetingNotesMapper, 'notes of the review meetings');
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<ReviewMeeting>>> {
    const filter = `PwPupilId eq ${pupilId}`;
    const r = await this.notes.joinAll(readAll(this.sp, reviewMeetingMapper, { what: "load the pupil's review meetings", filter }), filter);
    return { items: r.items.sort(byStart), problems: r.problems };
  }

  public async since(fromIso: string): Promise<ReadResult<Saved<ReviewMeeting>>> {
    const from = new Date(fromIso).toISOString();
    const r = await this.notes.joinAll(readAll(this.sp, reviewMeetingMapper, { what: 'load the review meetings', filter: `PwStart ge datetime'${from}'` }));
    return { items: r.items.sort(byStart), problems: r.problems };
  }

  public get(id: number): Promise<Saved<ReviewMeeting>> {
    return this.notes.joinOne(readOne(this.sp, reviewMeetingMapper, id, 'load the review meeting'), id);
  }
}
