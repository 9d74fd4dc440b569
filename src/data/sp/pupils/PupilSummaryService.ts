/**
 * Keeps the pupil columns that list views show at a glance (attendance stage, PIP status, next review) in step with
 * the records. SharePoint list views cannot compute them, so they are cached on the pupil item; commissioning
 * schools see them in the "Home school view". Only pupils whose values changed are written, in one batch, so an
 * unchanged pupil's ETag does not move under someone editing it.
 */
import { academicYearOf, londonToday, pupilListSummary, type AttendanceMark } from '../../../domain';
import { listByKey } from '../../../lists';
import type { IAttendanceRepository, IPipRepository, ISettingsRepository } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { londonMidnightUtc } from '../spDates';
import { toDataError } from '../spErrors';

const pupilsList = listByKey('pupils');

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
    let cached: CachedColumns[];
    try {
      cached = await this.sp.web.lists
        .getByTitle(pupilsList.title)
        .items.select('Id', 'PwAttendanceStage', 'PwPipStatus', 'PwNextReview')
        .top(5000)<CachedColumns[]>();
    } catch (e) {
      throw toDataError(e, 'read the pupils’ summaries');
    }
    const wanted = pupilIds ? new Set(pupilIds) : undefined;
    const targets = cached.filter((c) => !wanted || wanted.has(c.Id));
    const [settings, marks, pips, reviews] = await Promise.all([
      this.settings.get(),
      this.attendance.marksForYear(academicYearOf(today)),
      this.pips.list(),
      this.pips.allReviews(),
    ]);
    const marksOf = new Map<number, AttendanceMark[]>();
    for (const m of marks) {
      const list = marksOf.get(m.pupilId);
      if (list) list.push(m);
      else marksOf.set(m.pupilId, [m]);
    }
    const reviewDates = new Map<number, string[]>();
    for (const r of reviews.items) reviewDates.set(r.pipId, [...(reviewDates.get(r.pipId) ?? []), r.reviewDate]);

    const failures: string[] = [];
    const [batched, execute] = this.sp.batched();
    const jobs: Promise<unknown>[] = [];
    for (const c of targets) {
      const pupilPips = pips.items
        .filter((p) => p.pupilId === c.Id)
        .map((p) => ({ ...p, reviewDates: reviewDates.get(p.id) ?? [] }));
      const s = pupilListSummary(marksOf.get(c.Id) ?? [], pupilPips, today, settings);
      const next = s.nextReview === null ? null : londonMidnightUtc(s.nextReview);
      const stage = s.attendanceStage ?? null;
      const sameReview = (c.PwNextReview ?? null) === null ? next === null : next !== null && new Date(c.PwNextReview as string).getTime() === new Date(next).getTime();
      if ((c.PwAttendanceStage ?? null) === stage && c.PwPipStatus === s.pipStatus && sameReview) continue;
      jobs.push(
        batched.web.lists
          .getByTitle(pupilsList.title)
          .items.getById(c.Id)
          .update({ PwAttendanceStage: stage, PwPipStatus: s.pipStatus, PwNextReview: next })
          .catch((e: unknown) => failures.push(toDataError(e, `update pupil ${c.Id}'s summary`).message)),
      );
    }
    if (jobs.length > 0) await execute();
    await Promise.all(jobs);
    return { checked: targets.length, updated: jobs.length - failures.length, failures };
  }
}
