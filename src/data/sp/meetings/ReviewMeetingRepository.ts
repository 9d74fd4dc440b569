import { heldBeforeStartIssue, reviewVoiceIssues, type ReviewMeeting } from '../../../domain';
import { DataError } from '../../errors';
import type { IReviewMeetingRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { toDataError } from '../spErrors';
import { reviewMeetingMapper } from './meetingMappers';
import { SpReviewMeetingReads } from './ReviewMeetingReads';
import { writerOf } from '../recordWriter';

/** The whole repository of review meetings (`data-meetings-write`, loaded at the first write): the reads (ReviewMeetingReads.ts) and the writes. */
export class SpReviewMeetingRepository extends SpReviewMeetingReads implements IReviewMeetingRepository {
  public async create(meeting: ReviewMeeting, pupilRef: string): Promise<Saved<ReviewMeeting>> {
    this.refuseHeldBeforeStart(meeting);
    const values = writerOf(reviewMeetingMapper).toValues(meeting);
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
      await this.notes.save(id, { notes: meeting.notes, pupilId: meeting.pupilId }, writerOf);
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
