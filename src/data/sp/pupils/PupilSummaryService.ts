/**
 * Keeps the pupil columns that list views show at a glance (attendance stage, PIP status, next review) in step with
 * the records. SharePoint list views cannot compute them, so they are cached on the pupil item; commissioning
 * schools see them in the "Home school view". Only pupils whose values changed are written, in one batch, so an
 * unchanged pupil's ETag does not move under someone editing it.
 *
 * After a save (a register, a PIP change) only the pupils it touched are refreshed. Up to 20 pupils (one HTTP call
 * of a batch per list) from their own records: their cached columns, this year's week items (the codes only), PIPs
 * and the active PIPs' reviews, one indexed query per pupil. More pupils (a whole register) are read as the cohort
 * is (the pupils' cached columns, the year's codes in one round trip, every PIP and review) and only theirs are
 * written: a bounded number of requests, where one query per pupil grew with the register (300 pupils: 45 calls
 * and 19 MB of week items with their detail; bench/dataRequests.ts). The whole refresh is kept for when no pupils are
 * named.
 */
import { academicYearOf, londonToday, pupilListSummary, type AttendanceMark, type SchoolSettings } from '../../../domain';
import { pupilsList } from '../../../lists/declared/pupils';
import type { IAttendanceRepository, IPipRepository, ISettingsRepository, Saved } from '../../ports';
import type { Pip, PipReview } from '../../../domain';
import type { SPFI } from '../pnpSetup';
import { PAGE_SIZE, readEachBatched } from '../listReader';
import { londonMidnightUtc } from '../spDates';
import { toDataError } from '../spErrors';
import { MAX_PARTS_PER_CALL, runBatched, runBatchedAtOnce, utf8Bytes } from '../batchRetry';
import { marksOfWeek } from '../attendance/weekItem';
import { readWeeksBatched } from '../attendance/weekReader';
import { pipMapper } from '../pips/pipMapper';
import { pipReviewMapper } from '../pips/pipReviewMapper';

const CACHED_COLUMNS = ['Id', 'PwAttendanceStage', 'PwPipStatus', 'PwNextReview'] as const;
/** Pupils refreshed from their own records (one HTTP call of a batch per list); more are read as the cohort. */
const PER_PUPIL_UP_TO = 20;

interface CachedColumns {
  Id: number;
  PwAttendanceStage: string | null;
  PwPipStatus: string | null;
  PwNextReview: string | null;
}

export interface SummaryRefresh {
  readonly checked: number;
  readonly updated: number;
  readonly failures: string[];
}

interface Records {
  readonly cached: readonly CachedColumns[];
  readonly marks: readonly AttendanceMark[];
  readonly pips: readonly Saved<Pip>[];
  readonly reviews: readonly Saved<PipReview>[];
}

export class PupilSummaryService {
  public constructor(
    private readonly sp: SPFI,
    private readonly attendance: IAttendanceRepository,
    private readonly pips: IPipRepository,
    private readonly settings: ISettingsRepository,
    private readonly now: () => Date,
  ) {}

  /** Recomputes the cached columns for the given pupils (every visible pupil when none are given). */
  public async refresh(pupilIds?: readonly number[]): Promise<SummaryRefresh> {
    const today = londonToday(this.now());
    const [settings, records] = await Promise.all([
      this.settings.get(),
      pupilIds === undefined
        ? this.everyPupil(today)
        : new Set(pupilIds).size > PER_PUPIL_UP_TO
          ? this.everyPupil(today, new Set(pupilIds))
          : this.thesePupils(Array.from(new Set(pupilIds)), academicYearOf(today)),
    ]);
    return this.write(records, today, settings);
  }

  /** The given pupils' own records, one indexed query per pupil, batched. */
  private async thesePupils(ids: readonly number[], academicYear: string): Promise<Records> {
    if (ids.length === 0) return { cached: [], marks: [], pips: [], reviews: [] };
    const [cached, weeks, pips] = await Promise.all([
      this.cachedOf(ids),
      readWeeksBatched(this.sp, ids.map((id) => `PwPupilId eq ${id} and PwAcademicYear eq '${academicYear}'`), 'read the pupils’ attendance', 'codes'),
      readEachBatched(this.sp, pipMapper, ids.map((id) => `PwPupilId eq ${id}`), 'read the pupils’ PIPs'),
    ]);
    const active = pips.items.filter((p) => p.status === 'Active');
    const reviews = await readEachBatched(this.sp, pipReviewMapper, active.map((p) => `PwPipId eq ${p.id}`), 'read the PIP reviews');
    return { cached, marks: weeks.weeks.flatMap(marksOfWeek), pips: pips.items, reviews: reviews.items };
  }

  private async cachedOf(ids: readonly number[]): Promise<CachedColumns[]> {
    const reads = await runBatched(
      this.sp,
      ids.map((id) => (batched: SPFI) => batched.web.lists.getByTitle(pupilsList.title).items.getById(id).select(...CACHED_COLUMNS)<CachedColumns>()),
    );
    const found: CachedColumns[] = [];
    for (const r of reads) {
      if (r.status === 'fulfilled') found.push(r.value);
      else if (toDataError(r.reason, 'read the pupils’ summaries').kind !== 'not-found') throw toDataError(r.reason, 'read the pupils’ summaries');
      // not found: a pupil this user cannot see (or one deleted since): nothing to refresh
    }
    return found;
  }

  /** Every visible pupil (paged by ID), or only those in `only`, from this year's marks, every PIP and review. */
  private async everyPupil(today: string, only?: ReadonlySet<number>): Promise<Records> {
    const cached: CachedColumns[] = [];
    try {
      for await (const page of this.sp.web.lists.getByTitle(pupilsList.title).items.select(...CACHED_COLUMNS).top(PAGE_SIZE)) {
        cached.push(...(page as CachedColumns[]).filter((c) => only === undefined || only.has(c.Id)));
      }
    } catch (e) {
      throw toDataError(e, 'read the pupils’ summaries');
    }
    const [marks, pips, reviews] = await Promise.all([this.attendance.marksForYear(academicYearOf(today)), this.pips.list(), this.pips.allReviews()]);
    return { cached, marks, pips: pips.items, reviews: reviews.items };
  }

  private async write(records: Records, today: string, settings: SchoolSettings): Promise<SummaryRefresh> {
    const marksOf = new Map<number, AttendanceMark[]>();
    for (const m of records.marks) {
      const list = marksOf.get(m.pupilId);
      if (list) list.push(m);
      else marksOf.set(m.pupilId, [m]);
    }
    const reviewDates = new Map<number, string[]>();
    for (const r of records.reviews) reviewDates.set(r.pipId, [...(reviewDates.get(r.pipId) ?? []), r.reviewDate]);

    const changes: { id: number; values: Record<string, unknown> }[] = [];
    for (const c of records.cached) {
      const pupilPips = records.pips.filter((p) => p.pupilId === c.Id).map((p) => ({ ...p, reviewDates: reviewDates.get(p.id) ?? [] }));
      const s = pupilListSummary(marksOf.get(c.Id) ?? [], pupilPips, today, settings);
      const next = s.nextReview === null ? null : londonMidnightUtc(s.nextReview);
      const stage = s.attendanceStage ?? null;
      const sameReview = (c.PwNextReview ?? null) === null ? next === null : next !== null && new Date(c.PwNextReview as string).getTime() === new Date(next).getTime();
      if ((c.PwAttendanceStage ?? null) === stage && c.PwPipStatus === s.pipStatus && sameReview) continue;
      changes.push({ id: c.Id, values: { PwAttendanceStage: stage, PwPipStatus: s.pipStatus, PwNextReview: next } });
    }
    // Each update is to its own pupil: batches of up to 100 (SharePoint's most) go at once.
    const results = await runBatchedAtOnce(
      this.sp,
      changes.map((c) => (batched: SPFI) => batched.web.lists.getByTitle(pupilsList.title).items.getById(c.id).update(c.values)),
      { partsPerCall: MAX_PARTS_PER_CALL, bodyBytes: (i) => utf8Bytes(JSON.stringify(changes[i].values)) },
    );
    const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [toDataError(r.reason, `update pupil ${changes[i].id}'s summary`).message] : []));
    return { checked: records.cached.length, updated: changes.length - failures.length, failures };
  }
}
