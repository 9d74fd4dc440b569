/**
 * The PIPs' and their reviews' reads (`data-pips`, what a first screen loads): see PipRepository.ts. The writes (the
 * rules, the exactly-once add, the confidential part's save) extend this class there (`data-pips-write`), loaded at
 * the first write.
 */
import type { Pip, PipReview, SchoolSettings } from '../../../domain';
import type { IPipRepository, ReadResult, Saved } from '../../ports';
import { readAll, readOne } from '../listReader';
import type { SPFI } from '../pnpSetup';
import { ConfidentialStore } from '../confidential/ConfidentialStore';
import { CONFIDENTIAL_PIP_FIELDS, pipConfidentialMapper, pipConfidentialRecord, type PipConfidential, type PipConfidentialRecord } from './pipConfidentialMapper';
import { pipMapper } from './pipMapper';
import { pipReviewMapper } from './pipReviewMapper';

const byStart = (a: Saved<Pip>, b: Saved<Pip>): number => (a.startDate === b.startDate ? a.id - b.id : a.startDate < b.startDate ? -1 : 1);
const byReviewDate = (a: Saved<PipReview>, b: Saved<PipReview>): number =>
  a.reviewDate === b.reviewDate ? a.id - b.id : a.reviewDate < b.reviewDate ? -1 : 1;

export type PipSettingsSource = () => Promise<Pick<SchoolSettings, 'schoolDay' | 'fullTimeHours'>>;

/** The methods that write (the rest read). */
export type PipWrite = 'create' | 'update' | 'addReview' | 'recordReview';

type PipPart = PipConfidential & { readonly pupilId: number };

export class SpPipReads implements Omit<IPipRepository, PipWrite> {
  protected readonly confidential: ConfidentialStore<PipPart, PipConfidentialRecord>;

  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly settings: PipSettingsSource,
    /** The clock that says which review dates have passed (a review is recorded once it has taken place). */
    protected readonly now: () => Date = () => new Date(),
  ) {
    this.confidential = new ConfidentialStore<PipPart, PipConfidentialRecord>(sp, {
      mapper: pipConfidentialMapper,
      ownerOf: (r) => r.pipId,
      recordOf: (pipId, part) => pipConfidentialRecord(pipId, part.pupilId, part),
      keys: Object.keys(CONFIDENTIAL_PIP_FIELDS),
      words: { all: 'load the PIPs’ risk assessments', one: 'load the PIP’s risk assessment', save: 'save the PIP’s risk assessment' },
    });
  }

  public list(): Promise<ReadResult<Saved<Pip>>> {
    return this.joined(readAll(this.sp, pipMapper, { what: 'load the PIPs' }));
  }

  public forPupil(pupilId: number): Promise<ReadResult<Saved<Pip>>> {
    const filter = `PwPupilId eq ${pupilId}`;
    return this.joined(readAll(this.sp, pipMapper, { what: "load the pupil's PIPs", filter }), filter);
  }

  public async activeOn(date: string): Promise<ReadResult<Saved<Pip>>> {
    const r = await this.joined(readAll(this.sp, pipMapper, { what: 'load the active PIPs', filter: "PwStatus eq 'Active'" }));
    return { items: r.items.filter((p) => p.startDate <= date), problems: r.problems };
  }

  public get(id: number): Promise<Saved<Pip>> {
    return this.confidential.joinOne(readOne(this.sp, pipMapper, id, 'load the PIP'), id);
  }

  /** PIP items joined with their confidential part; a PIP whose confidential item is damaged is left out (reported in problems). */
  protected async joined(pips: Promise<ReadResult<Saved<Pip>>>, filter?: string): Promise<ReadResult<Saved<Pip>>> {
    const r = await this.confidential.joinAll(pips, filter);
    return { items: [...r.items].sort(byStart), problems: r.problems };
  }

  public async reviews(pipId: number): Promise<ReadResult<Saved<PipReview>>> {
    const r = await readAll(this.sp, pipReviewMapper, { what: "load the PIP's reviews", filter: `PwPipId eq ${pipId}` });
    return { items: r.items.sort(byReviewDate), problems: r.problems };
  }

  public async allReviews(): Promise<ReadResult<Saved<PipReview>>> {
    const r = await readAll(this.sp, pipReviewMapper, { what: 'load the PIP reviews' });
    return { items: r.items.sort(byReviewDate), problems: r.problems };
  }
}
