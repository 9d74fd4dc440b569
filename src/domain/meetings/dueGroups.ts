import { addDays, formatUkDate, mondayOf, type IsoDate } from '../dates/isoDates';
import { dueStatus, type DueItem, type DueStatus } from './dueItem';

/** One row of the Due view: an item with its status on the day. */
export interface DueRow {
  readonly item: DueItem;
  readonly status: DueStatus;
}

export interface DueGroup {
  readonly key: string;
  readonly heading: string;
  readonly rows: readonly DueRow[];
}

export interface DueViewOptions {
  readonly today: IsoDate;
  /** Items due more than this many weeks ahead are left out (overdue ones are always shown). Default 8. */
  readonly horizonWeeks?: number;
  /** Days before the act-by day an item counts as due soon. Default 14. */
  readonly soonDays?: number;
}

/** The items to show, with their status: every overdue item and those to act on within the horizon. */
export function dueRows(items: readonly DueItem[], options: DueViewOptions): DueRow[] {
  const until = addDays(options.today, (options.horizonWeeks ?? 8) * 7);
  return items
    .map((item) => ({ item, status: dueStatus(item, options.today, options.soonDays) }))
    .filter((r) => r.status === 'overdue' || r.item.actBy <= until);
}

/** Rows grouped by week of the act-by day (overdue first, as one group), weeks in date order. */
export function groupByWeek(rows: readonly DueRow[]): DueGroup[] {
  const overdue = rows.filter((r) => r.status === 'overdue');
  const groups: DueGroup[] = overdue.length > 0 ? [{ key: 'overdue', heading: 'Overdue', rows: overdue }] : [];
  const byWeek = new Map<string, DueRow[]>();
  for (const r of rows) {
    if (r.status === 'overdue') continue;
    const week = mondayOf(r.item.actBy);
    const list = byWeek.get(week);
    if (list) list.push(r);
    else byWeek.set(week, [r]);
  }
  Array.from(byWeek.keys())
    .sort()
    .forEach((week) => groups.push({ key: week, heading: `Week beginning ${formatUkDate(week)}`, rows: byWeek.get(week) ?? [] }));
  return groups;
}

/**
 * Rows grouped by pupil: pupils with something overdue first, then by their earliest act-by day. `nameOf` gives
 * the heading (the pupil's name) for an id.
 */
export function groupByPupil(rows: readonly DueRow[], nameOf: (pupilId: number) => string): DueGroup[] {
  const byPupil = new Map<number, DueRow[]>();
  for (const r of rows) {
    const list = byPupil.get(r.item.pupilId);
    if (list) list.push(r);
    else byPupil.set(r.item.pupilId, [r]);
  }
  const rank = (list: readonly DueRow[]): [number, string] => [list.some((r) => r.status === 'overdue') ? 0 : 1, list[0]?.item.actBy ?? ''];
  return Array.from(byPupil.entries())
    .sort(([a, la], [b, lb]) => {
      const [ra, da] = rank(la);
      const [rb, db] = rank(lb);
      if (ra !== rb) return ra - rb;
      if (da !== db) return da < db ? -1 : 1;
      return nameOf(a).localeCompare(nameOf(b));
    })
    .map(([pupilId, list]) => ({ key: String(pupilId), heading: nameOf(pupilId), rows: list }));
}
