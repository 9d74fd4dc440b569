import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '../pnpSetup';
import { WEEK_SESSION_FIELDS } from '../../../lists/weekSessions';
import { attendanceWeeksList } from '../../../lists/declared/attendanceWeeks';
import { readItem, selectFor } from '../fieldCodec';
import { etagOf } from '../recordMapper';
import { PAGE_SIZE, mapItems } from '../listReader';
import type { RecordValidationError } from '../../errors';
import { toDataError } from '../spErrors';
import { runBatchedAtOnce } from '../batchRetry';
import { weekRecordOf, type WeekRecord } from './weekItem';

export const weeksList = attendanceWeeksList;
const select = selectFor(weeksList);

/**
 * What the year's statistics read of a week item: the pupil, the Monday and the ten codes. Not the per-session
 * detail JSON (who recorded each mark, when, minutes late: most of an item's size), the keys or the item's metadata
 * (odata=nometadata: no ETag, type or links, as nothing read so is written back). The register's and a pupil's own
 * reads stay whole.
 */
const CODES = ['Id', 'PwPupilId', ...WEEK_SESSION_FIELDS];
const CODES_ONLY = [...CODES, 'PwWeek'];
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

/** `codes`: the statistics' read (CODES_ONLY): the marks come without their detail (recordedBy is not known). */
export type WeekColumns = 'whole' | 'codes';

/** Week items read, and a problem for every value that could not be read (see weekRecordOf). */
export interface WeeksRead {
  readonly weeks: WeekRecord[];
  readonly problems: RecordValidationError[];
}

/** Maps raw week items through the one item mapper (mapItems): a damaged item never stops the others. */
export function toWeekRecords(page: readonly Record<string, unknown>[]): WeeksRead {
  const problems: RecordValidationError[] = [];
  const mapped = mapItems(weeksList.title, page, (raw) => {
    const read = weekRecordOf(readItem(weeksList, raw), etagOf(raw), weeksList.title);
    problems.push(...read.problems);
    return read.week;
  });
  return { weeks: mapped.items.filter((w): w is WeekRecord => w !== undefined), problems: [...mapped.problems, ...problems] };
}

/** Every week item matching a filter that starts on an indexed column (PwWeek, PwPupilId or PwAcademicYear). */
export async function readWeeks(sp: SPFI, filter: string, what: string): Promise<WeeksRead> {
  const weeks: WeekRecord[] = [];
  const problems: RecordValidationError[] = [];
  try {
    for await (const page of sp.web.lists.getByTitle(weeksList.title).items.select(...select).filter(filter).top(PAGE_SIZE)) {
      const read = toWeekRecords(page as Record<string, unknown>[]);
      weeks.push(...read.weeks);
      problems.push(...read.problems);
    }
  } catch (e) {
    throw toDataError(e, what);
  }
  return { weeks, problems };
}

/** Many week queries at once: batches of 20 queries sent together (one round trip). Each filter must match ≤ 5,000 items. */
export async function readWeeksBatched(sp: SPFI, filters: readonly string[], what: string, columns: WeekColumns = 'whole'): Promise<WeeksRead> {
  const settled = await runBatchedAtOnce(
    sp,
    filters.map((filter) => (batched: SPFI) => {
      const items = batched.web.lists.getByTitle(weeksList.title).items;
      const query = columns === 'codes' ? items.using(NO_METADATA).select(...CODES_ONLY) : items.select(...select);
      return query.filter(filter).top(PAGE_SIZE)<Record<string, unknown>[]>();
    }),
  );
  const raws = settled.flatMap((r) => {
    if (r.status === 'rejected') throw toDataError(r.reason, what);
    return r.value;
  });
  return toWeekRecords(raws);
}

/**
 * Every week item of these weeks, the codes only (the statistics' read): one query per Monday (PwWeek, indexed), in
 * batches of 20 sent at once. Not even the week's column is read: each query's own Monday is the week of its items.
 */
export async function readWeekCodes(sp: SPFI, mondays: readonly string[], what: string): Promise<WeeksRead> {
  const settled = await runBatchedAtOnce(
    sp,
    mondays.map((monday) => async (batched: SPFI) => {
      const rows = await batched.web.lists.getByTitle(weeksList.title).items.using(NO_METADATA).select(...CODES).filter(`PwWeek eq '${monday}'`).top(PAGE_SIZE)<Record<string, unknown>[]>();
      return rows.map((row) => ({ ...row, PwWeek: monday }));
    }),
  );
  const raws = settled.flatMap((r) => {
    if (r.status === 'rejected') throw toDataError(r.reason, what);
    return r.value;
  });
  return toWeekRecords(raws);
}
