import { londonToday, semhProfileIssues, semhReviewDue, type SchoolSettings, type SemhProfile } from '../../../domain';
import { DataError } from '../../errors';
import type { ISemhProfileRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll } from '../listReader';
import { semhProfileMapper } from './semhProfileMapper';
import { writerOf } from '../recordWriter';

const newestFirst = (a: Saved<SemhProfile>, b: Saved<SemhProfile>): number => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : b.id - a.id);

/**
 * SEMH focus profiles, in each pupil's folder. The review date comes from the start, the settings' period and the
 * school calendar (semhReviewDue), whatever the form sent; a second open profile and a review dated ahead are
 * refused here, so no screen can save them.
 */
export class SpSemhProfileRepository implements ISemhProfileRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly settings: () => Promise<SchoolSettings>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<SemhProfile>>> {
    const r = await readAll(this.sp, semhProfileMapper, { what: "load the pupil's SEMH focus profiles", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(newestFirst), problems: r.problems };
  }

  public async reviewsDue(day: string, since: string): Promise<ReadResult<Saved<SemhProfile>>> {
    const r = await readAll(this.sp, semhProfileMapper, {
      what: 'load the SEMH focus profiles due for review',
      filter: `PwReviewDue ge '${since}' and PwReviewDue le '${day}'`,
    });
    return { items: r.items.filter((p) => p.reviewedOn === undefined).sort((a, b) => (a.reviewDueOn < b.reviewDueOn ? -1 : 1)), problems: r.problems };
  }

  public async create(profile: Omit<SemhProfile, 'reviewDueOn'>, pupilRef: string): Promise<Saved<SemhProfile>> {
    const record = await this.checked(profile);
    return addToPupilFolderOnce(this.sp, this.siteUrl, semhProfileMapper, pupilRef, writerOf(semhProfileMapper).toValues(record), { what: 'save the SEMH focus profile', thing: 'The SEMH focus profile' });
  }

  public async update(id: number, etag: string, profile: Omit<SemhProfile, 'reviewDueOn'>): Promise<Saved<SemhProfile>> {
    const record = await this.checked({ ...profile, id });
    return updateItem(this.sp, semhProfileMapper, id, etag, record, 'save the SEMH focus profile');
  }

  private async checked(profile: Omit<SemhProfile, 'reviewDueOn'>): Promise<SemhProfile> {
    const settings = await this.settings();
    const record = semhProfileMapper.validate({ ...profile, reviewDueOn: semhReviewDue(profile.startsOn, settings.behaviourLog.focusProfileWeeks, settings) });
    const others = (await this.forPupil(record.pupilId)).items;
    const issue = semhProfileIssues(record, others, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The SEMH focus profile was not saved: ${issue.message}.`);
    return record;
  }
}
