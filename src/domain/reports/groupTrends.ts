import { cohortBreakdown, cohortGroupOf, COHORT_DIMENSION_LABELS, COHORT_DIMENSIONS, type CohortDimension, type CohortLabels, type CohortPupil } from '../attendance/cohortBreakdown';
import type { MarkForStats } from '../attendance/stats';
import { weeklySeries, type SeriesSettings, type WeekPoint } from '../attendance/weeklySeries';
import type { IsoDate } from '../dates/isoDates';

/**
 * Weekly attendance trends by group for the report to leaders and governors: for each grouping (home school, year,
 * SEN provision, need, tier, FSM, PP, LAC), each group's attendance week by week over the period: the weeklySeries of
 * its pupils' marks, so the weeks and figures are those of the whole-service weekly trend, split by group.
 * Groups come in cohortBreakdown's order. Counts only: no pupil is named.
 */

export interface GroupTrendLine {
  readonly key: string;
  readonly label: string;
  readonly pupils: number;
  readonly weeks: readonly WeekPoint[];
}

export interface GroupTrend {
  readonly dimension: CohortDimension;
  readonly title: string;
  readonly lines: readonly GroupTrendLine[];
}

export function groupTrends(
  pupils: readonly CohortPupil[],
  marks: readonly MarkForStats[],
  settings: SeriesSettings,
  range: { readonly from: IsoDate; readonly to: IsoDate },
  labels: CohortLabels = {},
): GroupTrend[] {
  const marksOf = new Map<number, MarkForStats[]>();
  for (const m of marks) {
    const list = marksOf.get(m.pupilId);
    if (list) list.push(m);
    else marksOf.set(m.pupilId, [m]);
  }
  return COHORT_DIMENSIONS.map((dimension) => {
    const members = new Map<string, CohortPupil[]>();
    for (const p of pupils) {
      const [key] = cohortGroupOf(p, dimension, labels);
      members.set(key, [...(members.get(key) ?? []), p]);
    }
    // cohortBreakdown gives each group's label and order (no statistics are needed for that).
    const lines = cohortBreakdown(pupils, [], dimension, labels).map((g) => {
      const own = members.get(g.key) ?? [];
      return { key: g.key, label: g.label, pupils: own.length, weeks: weeklySeries(own.flatMap((p) => marksOf.get(p.id) ?? []), settings, range) };
    });
    return { dimension, title: COHORT_DIMENSION_LABELS[dimension], lines };
  });
}

/** The chart's title, shared by the screen and the Word copy's picture: 'Weekly attendance by home school'. */
export const groupTrendTitle = (t: Pick<GroupTrend, 'title'>): string =>
  `Weekly attendance by ${/^.[A-Z]/.test(t.title) ? t.title : t.title.charAt(0).toLowerCase() + t.title.slice(1)}`;
