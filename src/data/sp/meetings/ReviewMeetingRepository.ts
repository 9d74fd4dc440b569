import { heldBeforeStartIssue, reviewVoiceIssues, type ReviewMeeting } from '../../../domain';
import { DataError } from '../../errors';
import type { IReviewMeetingRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll, readOne } from '../listReader';
import { staffNotesStore } from '../confidential/staffNotes';
import { toDataError } from '../spErrors';
import { meetingNotesMapper, reviewMeetingMapper } from './meetingMappers';

const byStart = (a: Saved<ReviewMeeting>, b: Saved<ReviewMeeting>): number =>
  a.start === b.start ? a.id - b.id : Date.parse(a.start) < Date.parse(b.start) ? -1 : 1;

/**
 * Review meetings in each pupil's folder, so the pupil's home-school staff can read them (while the sharing setting
 * for meetings is on). One ReviewMeeting is stored in two lists: the meeting item and the staff's notes in Pathways
 * Review Meeting Notes, the PRU's only (confidential/staffNotes.ts). Reads join them; a home school's copy has no notes.
 * Writes save the meeting item first (guarded by its ETag), then the notes. Every query starts on an indexed column
 * (the pupil lookup, or the start), so none meets the list view threshold.
 */
export class SpReviewMeetingRepository implements IReviewMeetingRepository {
  private readonly notes;

  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    /** The clock that says whether a meeting has started (a meeting is only Held once it has). */
    private readonly now: () => Date = () => new Date(),
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

  public async create(meeting: ReviewMeeting, pupilRef: string): Promise<Saved<ReviewMeeting>> {
    this.refuseHeldBeforeStart(meeting);
    const values = reviewMeetingMapper.toValues(meeting);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, reviewMeetingMapper, pupilRef, values, { what: 'save the review meeting', thing: 'The review meeting' });
    if (!this.notes.isBlank(meeting)) await this.saveNotes(saved.id, meeting);
    return { ...saved, notes: meeting.notes };
  }

  public async update(id: number, etag: string, meeting: ReviewMeeting): Promise<Saved<ReviewMeeting>> {
    this.refuseHeldBeforeStart(meeting);
    const saved = await updateItem(this.sp, reviewMeetingMapper, id, etag, meeting, 'save the review meeting');
    await this.saveNotes(id, meeting);
    return { ...saved, notes: meeting.notes };
  }

  /** Saves the notes once the meeting item is saved; a failure says what is saved and what is not. */
  private async saveNotes(id: number, meeting: ReviewMeeting): Promise<void> {
    try {
      await this.notes.save(id, { notes: meeting.notes, pupilId: meeting.pupilId });
    } catch (e) {
      const err = toDataError(e, 'save the meeting’s notes');
      throw new DataError(err.kind, `The meeting is saved, but its notes were not (${err.message}). Open the meeting and save it again: nothing else is lost.`, err.status);
    }
  }

  private refuseHeldBeforeStart(meeting: ReviewMeeting): void {
    const issue = heldBeforeStartIssue(meeting, this.now()) ?? reviewVoiceIssues(meeting, this.now())[0];
    if (issue) throw new DataError('invalid-record', `Not saved: ${issue.message}`);
  }
}
