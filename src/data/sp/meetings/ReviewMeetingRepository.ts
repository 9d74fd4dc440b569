import { heldBeforeStartIssue, reviewVoiceIssues, type ReviewMeeting } from '../../../domain';
import { DataError } from '../../errors';
import type { IReviewMeetingRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll, readOne } from '../listReader';
import { reviewMeetingMapper } from './meetingMappers';

const byStart = (a: Saved<ReviewMeeting>, b: Saved<ReviewMeeting>): number =>
  a.start === b.start ? a.id - b.id : Date.parse(a.start) < Date.parse(b.start) ? -1 : 1;

/**
 * Review meetings in each pupil's folder, so the pupil's home-school staff can read them. Every query starts on an
 * indexed column (the pupil lookup, or the start), so none meets the list view threshold.
 */
export class SpReviewMeetingRepository implements IReviewMeetingRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    /** The clock that says whether a meeting has started (a meeting is only Held once it has). */
    private readonly now: () => Date = () => new Date(),
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<ReviewMeeting>>> {
    const r = await readAll(this.sp, reviewMeetingMapper, { what: "load the pupil's review meetings", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byStart), problems: r.problems };
  }

  public async since(fromIso: string): Promise<ReadResult<Saved<ReviewMeeting>>> {
    const from = new Date(fromIso).toISOString();
    const r = await readAll(this.sp, reviewMeetingMapper, { what: 'load the review meetings', filter: `PwStart ge datetime'${from}'` });
    return { items: r.items.sort(byStart), problems: r.problems };
  }

  public get(id: number): Promise<Saved<ReviewMeeting>> {
    return readOne(this.sp, reviewMeetingMapper, id, 'load the review meeting');
  }

  public async create(meeting: ReviewMeeting, pupilRef: string): Promise<Saved<ReviewMeeting>> {
    this.refuseHeldBeforeStart(meeting);
    const values = reviewMeetingMapper.toValues(meeting);
    return addToPupilFolderOnce(this.sp, this.siteUrl, reviewMeetingMapper, pupilRef, values, { what: 'save the review meeting', thing: 'The review meeting' });
  }

  public async update(id: number, etag: string, meeting: ReviewMeeting): Promise<Saved<ReviewMeeting>> {
    this.refuseHeldBeforeStart(meeting);
    return updateItem(this.sp, reviewMeetingMapper, id, etag, meeting, 'save the review meeting');
  }

  private refuseHeldBeforeStart(meeting: ReviewMeeting): void {
    const issue = heldBeforeStartIssue(meeting, this.now()) ?? reviewVoiceIssues(meeting, this.now())[0];
    if (issue) throw new DataError('invalid-record', `Not saved: ${issue.message}`);
  }
}
