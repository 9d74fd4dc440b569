/**
 * PIPs and reviews in memory for component tests. Writes run the same domain checks as SpPipRepository
 * (checkPip, checkPipReview) and throw the same PipValidationError, so forms see the same field messages.
 */
import type { IPipRepository, ReadResult, RecordedPipReview, Saved } from '../../src/data/ports';
import { ConcurrencyError } from '../../src/data/errors';
import { PipValidationError } from '../../src/data/sp/pips/PipValidationError';
import { checkPip, checkPipReview, londonToday, pipActivationIssues, type Pip, type PipReview, type SchoolSettings } from '../../src/domain';

export class FakePips implements IPipRepository {
  public readonly pips: Saved<Pip>[];
  public readonly pipReviews: Saved<PipReview>[];
  /** The pupil reference each record was filed under, by "pip:<id>" / "review:<id>". */
  public readonly folders = new Map<string, string>();
  private version = 1;

  public constructor(
    pips: Pip[],
    reviews: PipReview[],
    private readonly settings: SchoolSettings,
    /** The clock that says what "today" is for the agreement's date. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.pips = pips.map((p, i) => ({ ...p, id: p.id ?? i + 1, etag: '"1"' }));
    this.pipReviews = reviews.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async list(): Promise<ReadResult<Saved<Pip>>> {
    return { items: [...this.pips].sort((a, b) => a.startDate.localeCompare(b.startDate)), problems: [] };
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Pip>>> {
    return { items: (await this.list()).items.filter((p) => p.pupilId === pupilId), problems: [] };
  }

  public async activeOn(date: string): Promise<ReadResult<Saved<Pip>>> {
    return { items: (await this.list()).items.filter((p) => p.status === 'Active' && p.startDate <= date), problems: [] };
  }

  public async get(id: number): Promise<Saved<Pip>> {
    const p = this.pips.find((x) => x.id === id);
    if (!p) throw new Error(`No PIP ${id}`);
    return p;
  }

  public async create(pip: Pip, pupilRef: string): Promise<Saved<Pip>> {
    const check = checkPip(pip, this.settings);
    if (!check.pip) throw new PipValidationError('PIP', check.issues);
    const activation = pipActivationIssues(check.pip, undefined, londonToday(this.now()));
    if (activation.length > 0) throw new PipValidationError('PIP', activation);
    const saved = { ...check.pip, id: this.pips.reduce((m, p) => Math.max(m, p.id), 0) + 1, etag: `"${++this.version}"` };
    this.pips.push(saved);
    this.folders.set(`pip:${saved.id}`, pupilRef);
    return saved;
  }

  public async update(id: number, etag: string, pip: Pip): Promise<Saved<Pip>> {
    const i = this.pips.findIndex((p) => p.id === id);
    if (i < 0) throw new Error(`No PIP ${id}`);
    if (this.pips[i].etag !== etag) throw new ConcurrencyError('Pathways PIPs', id);
    const check = checkPip({ ...pip, id }, this.settings);
    if (!check.pip) throw new PipValidationError('PIP', check.issues);
    const activation = pipActivationIssues(check.pip, this.pips[i], londonToday(this.now()));
    if (activation.length > 0) throw new PipValidationError('PIP', activation);
    this.pips[i] = { ...check.pip, id, etag: `"${++this.version}"` };
    return this.pips[i];
  }

  public async reviews(pipId: number): Promise<ReadResult<Saved<PipReview>>> {
    return { items: this.pipReviews.filter((r) => r.pipId === pipId), problems: [] };
  }

  public async allReviews(): Promise<ReadResult<Saved<PipReview>>> {
    return { items: [...this.pipReviews], problems: [] };
  }

  public async addReview(review: PipReview, pupilRef: string): Promise<Saved<PipReview>> {
    const saved = { ...review, id: this.pipReviews.length + 1, etag: '"1"' };
    this.pipReviews.push(saved);
    this.folders.set(`review:${saved.id}`, pupilRef);
    return saved;
  }

  public async recordReview(review: PipReview, pupilRef: string, pipEtag: string): Promise<RecordedPipReview> {
    const pip = await this.get(review.pipId);
    if (pip.etag !== pipEtag) throw new ConcurrencyError('Pathways PIPs', pip.id);
    const check = checkPipReview(review, pip, this.settings);
    if (!check.review || !check.pip) throw new PipValidationError('review', check.issues);
    const saved = await this.addReview(check.review, pupilRef);
    const after = await this.update(pip.id, pip.etag, check.pip);
    return { review: saved, pip: after };
  }
}
