import type { SPFI } from '../pnpSetup';
import { listByKey } from '../../../lists';
import { isFolderItem, readItem, selectFor } from '../fieldCodec';
import { etagOf } from '../recordMapper';
import { PAGE_SIZE } from '../listReader';
import { toDataError } from '../spErrors';
import { runBatched } from '../batchRetry';
import { weekRecordOf, type WeekRecord } from './weekItem';

export const weeksList = listByKey('attendanceWeeks');
const select = selectFor(weeksList);

export function toWeekRecords(page: readonly Record<string, unknown>[]): WeekRecord[] {
  return page.filter((raw) => !isFolderItem(raw)).map((raw) => weekRecordOf(readItem(weeksList, raw), etagOf(raw)));
}

/** Every week item matching a filter that starts on an indexed column (PwWeek, PwPupilId or PwAcademicYear). */
export async function readWeeks(sp: SPFI, filter: string, what: string): Promise<WeekRecord[]> {
  const out: WeekRecord[] = [];
  try {
    for await (const page of sp.web.lists.getByTitle(weeksList.title).items.select(...select).filter(filter).top(PAGE_SIZE)) {
      out.push(...toWeekRecords(page as Record<string, unknown>[]));
    }
  } catch (e) {
    throw toDataError(e, what);
  }
  return out;
}

/** Many week queries at once: one batch, 20 queries per HTTP call. Each filter must match ≤ 5,000 items. */
export async function readWeeksBatched(sp: SPFI, filters: readonly string[], what: string): Promise<WeekRecord[]> {
  const settled = await runBatched(
    sp,
    filters.map((filter) => (batched: SPFI) => batched.web.lists.getByTitle(weeksList.title).items.select(...select).filter(filter).top(PAGE_SIZE)<Record<string, unknown>[]>()),
  );
  return settled.flatMap((r) => {
    if (r.status === 'rejected') throw toDataError(r.reason, what);
    return toWeekRecords(r.value);
  });
}
