import { mondayOf, type IsoDate } from '../dates/isoDates';
import type { BehaviourLogEntry } from './behaviourLogEntry';

/** One school week of a pupil's behaviour and engagement log. */
export interface EngagementWeek {
  readonly weekStart: IsoDate;
  /** Lessons or sessions with an engagement rating. */
  readonly rated: number;
  /** Mean engagement (1 to 5) to one decimal place; null when nothing was rated that week. */
  readonly average: number | null;
  readonly incidents: number;
}

/** Engagement over time: each week with an entry, oldest first, with the mean rating and the incidents. */
export function engagementByWeek(entries: readonly Pick<BehaviourLogEntry, 'day' | 'kind' | 'engagement'>[]): EngagementWeek[] {
  const weeks = new Map<IsoDate, { sum: number; rated: number; incidents: number }>();
  for (const e of entries) {
    const key = mondayOf(e.day);
    const w = weeks.get(key) ?? { sum: 0, rated: 0, incidents: 0 };
    if (e.engagement !== undefined) {
      w.sum += e.engagement;
      w.rated += 1;
    }
    if (e.kind === 'Incident') w.incidents += 1;
    weeks.set(key, w);
  }
  return Array.from(weeks.entries())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, w]) => ({ weekStart, rated: w.rated, average: w.rated === 0 ? null : Math.round((w.sum / w.rated) * 10) / 10, incidents: w.incidents }));
}

/** How often each SEMH indicator was seen in the entries, most often first (ties in the settings' order). */
export function indicatorCounts(entries: readonly Pick<BehaviourLogEntry, 'indicators'>[], order: readonly string[]): { indicator: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const i of e.indicators) counts.set(i, (counts.get(i) ?? 0) + 1);
  const rank = (i: string): number => {
    const n = order.indexOf(i);
    return n < 0 ? order.length : n;
  };
  return Array.from(counts.entries())
    .map(([indicator, count]) => ({ indicator, count }))
    .sort((a, b) => b.count - a.count || rank(a.indicator) - rank(b.indicator) || (a.indicator < b.indicator ? -1 : 1));
}
