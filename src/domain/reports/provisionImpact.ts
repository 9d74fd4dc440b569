import { attendanceStats, type MarkForStats, type StatsSettings } from '../attendance/stats';
import { addDays, daysBetween, maxDate, minDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { Assessment } from '../send/assessment';
import type { SupportPlan } from '../send/supportPlan';
import { latestRating } from '../targets/ehcOutcomes';
import type { Target } from '../targets/target';
import { NEED_CODES, NEED_LABELS, SUPPORT_TIERS, type TargetOutcome } from '../vocabulary';
import { assessmentChanges } from './assessmentChange';

/**
 * Provision cost against impact (MAT SEND policy: the SENCO reports "on the effectiveness of provision"), from the
 * costed provision maps of the APDR support plans in force in the period.
 *   - Cost: the map states a cost per year; each line's share of the period is that cost × the calendar days the plan
 *     ran within the period ÷ 365. A plan runs from its cycle start to its review date (to the end of the period
 *     while it is not reviewed).
 *   - Targets at the plan's review: the outcome recorded for the target at a review meeting held on or before the
 *     review date (Met, Partially met, Not achieved), else the latest progress rating given by then (5 met, 2–4 partly
 *     met, 1 not met), else "no outcome recorded"; a plan not reviewed by the end of the period: "not reviewed yet".
 *   - Assessments: each subject's latest result in the period against its baseline (assessmentChanges): rose, same, fell.
 *   - Attendance: the pupil's attendance from the plan's start to its end in the period, against their attendance
 *     before the plan started in the marks the report read (the school year so far); only pupils with both.
 * A plan with several lines counts once in each line's row; a group's figures are the plans in it (cost: their lines).
 */

export interface ProvisionTargetCounts {
  readonly met: number;
  readonly partly: number;
  readonly notMet: number;
  readonly noOutcome: number;
  readonly notReviewed: number;
}

export interface ProvisionImpactRow {
  readonly key: string;
  readonly label: string;
  readonly plans: number;
  readonly pupils: number;
  /** The period's share of the yearly cost, to the penny. */
  readonly cost: number;
  readonly targets: ProvisionTargetCounts;
  /** Assessment results (subject and kind) against the baseline. */
  readonly assessments: { readonly rose: number; readonly same: number; readonly fell: number };
  /** Pupils with attendance both before the plan and during it, and the mean change in percentage points (one decimal). */
  readonly attendance: { readonly pupils: number; readonly meanChange: number | null };
}

/** One plan's line (leaders' version only: it names the pupil). */
export interface ProvisionPlanLine {
  readonly who: string;
  readonly cycleStart: IsoDate;
  readonly reviewDate?: IsoDate;
  readonly provision: readonly string[];
  readonly cost: number;
  readonly targets: ProvisionTargetCounts;
  readonly attendanceBefore: number | null;
  readonly attendanceDuring: number | null;
}

export interface ProvisionImpact {
  readonly total: ProvisionImpactRow;
  readonly byProvision: readonly ProvisionImpactRow[];
  readonly byNeed: readonly ProvisionImpactRow[];
  readonly byTier: readonly ProvisionImpactRow[];
  /** How the figures are worked out, said in the report. */
  readonly method: readonly string[];
}

export type ProvisionPupil = Pick<Pupil, 'primaryNeed' | 'supportTier'> & { readonly id: number };
export type ProvisionMeeting = {
  readonly pupilId: number;
  readonly status: string;
  readonly start: string;
  readonly targetOutcomes?: readonly { readonly targetId?: number; readonly outcome: TargetOutcome }[];
};

export interface ProvisionImpactInput {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly settings: StatsSettings;
  readonly pupils: readonly ProvisionPupil[];
  readonly plans: readonly (SupportPlan & { readonly id: number })[];
  readonly targets: readonly (Target & { readonly id: number })[];
  readonly assessments: readonly Assessment[];
  /** Marks of the period and, where read, of the school year before it (for the attendance before each plan). */
  readonly marks: readonly MarkForStats[];
  readonly meetings: readonly ProvisionMeeting[];
  /** The pupil as the report shows them (name, initials); only used for the leaders' lines. */
  readonly who?: (pupilId: number) => string;
}

const DAYS_A_YEAR = 365;
const pence = (n: number): number => Math.round(n * 100);
const round1 = (n: number): number => Math.round(n * 10) / 10;

interface PlanFacts {
  readonly plan: SupportPlan & { readonly id: number };
  readonly pupil: ProvisionPupil;
  /** Pence per provision line in the period. */
  readonly lineCost: readonly number[];
  readonly targets: ProvisionTargetCounts;
  readonly assessments: { rose: number; same: number; fell: number };
  readonly before: number | null;
  readonly during: number | null;
}

function targetOutcome(t: Target & { id: number }, review: IsoDate, meetings: readonly ProvisionMeeting[]): keyof ProvisionTargetCounts {
  const recorded = meetings
    .filter((m) => m.pupilId === t.pupilId && m.status === 'Held' && m.start.slice(0, 10) <= review)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .flatMap((m) => (m.targetOutcomes ?? []).filter((o) => o.targetId === t.id))
    .pop();
  if (recorded) return recorded.outcome === 'Met' ? 'met' : recorded.outcome === 'Partially met' ? 'partly' : 'notMet';
  const rating = latestRating({ progress: t.progress.filter((p) => p.date <= review) });
  if (rating === undefined) return 'noOutcome';
  return rating >= 5 ? 'met' : rating >= 2 ? 'partly' : 'notMet';
}

const emptyTargets = (): { met: number; partly: number; notMet: number; noOutcome: number; notReviewed: number } => ({ met: 0, partly: 0, notMet: 0, noOutcome: 0, notReviewed: 0 });

function planFacts(input: ProvisionImpactInput, plan: SupportPlan & { id: number }, pupil: ProvisionPupil): PlanFacts | undefined {
  const { from, to } = input;
  const reviewed = plan.reviewDate !== undefined && plan.reviewDate <= to;
  const end = reviewed ? (plan.reviewDate as IsoDate) : to;
  const start = maxDate(plan.cycleStart, from);
  if (plan.cycleStart > to || end < from) return undefined;
  const days = daysBetween(start, minDate(end, to)) + 1;
  const lineCost = plan.provision.map((p) => Math.round((pence(p.costPerYear) * days) / DAYS_A_YEAR));

  const targets = emptyTargets();
  const ids = new Set(plan.targetIds);
  for (const t of input.targets.filter((x) => x.pupilId === plan.pupilId && (ids.has(x.id) || (x.source === 'SEN support plan' && x.sourceId === plan.id)))) {
    if (!reviewed) targets.notReviewed++;
    else targets[targetOutcome(t, plan.reviewDate as IsoDate, input.meetings)]++;
  }

  const assessments = { rose: 0, same: 0, fell: 0 };
  for (const c of assessmentChanges(input.assessments.filter((a) => a.pupilId === plan.pupilId), from, to)) {
    if (c.changeValue === undefined) continue;
    if (c.changeValue > 0) assessments.rose++;
    else if (c.changeValue < 0) assessments.fell++;
    else assessments.same++;
  }

  const own = input.marks.filter((m) => m.pupilId === plan.pupilId);
  const percent = (range: { from?: IsoDate; to?: IsoDate }): number | null => attendanceStats(own, input.settings, range).group.attendancePercent;
  const before = percent({ to: addDays(plan.cycleStart, -1) });
  const during = percent({ from: plan.cycleStart, to: end });
  return { plan, pupil, lineCost, targets, assessments, before, during };
}

function row(key: string, label: string, facts: readonly PlanFacts[], costPence: number): ProvisionImpactRow {
  const targets = emptyTargets();
  const assessments = { rose: 0, same: 0, fell: 0 };
  const changes: number[] = [];
  for (const f of facts) {
    for (const k of Object.keys(targets) as (keyof ProvisionTargetCounts)[]) targets[k] += f.targets[k];
    assessments.rose += f.assessments.rose;
    assessments.same += f.assessments.same;
    assessments.fell += f.assessments.fell;
  }
  // Attendance: once a pupil, from their earliest plan in the group that has both figures.
  const seen = new Set<number>();
  for (const f of [...facts].sort((a, b) => (a.plan.cycleStart < b.plan.cycleStart ? -1 : 1))) {
    if (seen.has(f.pupil.id) || f.before === null || f.during === null) continue;
    seen.add(f.pupil.id);
    changes.push(f.during - f.before);
  }
  return {
    key,
    label,
    plans: facts.length,
    pupils: new Set(facts.map((f) => f.pupil.id)).size,
    cost: costPence / 100,
    targets,
    assessments,
    attendance: { pupils: changes.length, meanChange: changes.length === 0 ? null : round1(changes.reduce((a, b) => a + b, 0) / changes.length) },
  };
}

function grouped(facts: readonly PlanFacts[], keyOf: (f: PlanFacts) => [string, string], order: readonly string[]): ProvisionImpactRow[] {
  const by = new Map<string, { label: string; facts: PlanFacts[] }>();
  for (const f of facts) {
    const [key, label] = keyOf(f);
    const g = by.get(key) ?? { label, facts: [] };
    g.facts.push(f);
    by.set(key, g);
  }
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...by.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en-GB'))
    .map(([key, g]) => row(key, g.label, g.facts, g.facts.reduce((t, f) => t + f.lineCost.reduce((x, y) => x + y, 0), 0)));
}

export const PROVISION_COST_METHOD =
  'Cost: each provision map line states a cost per year; the period’s share is that cost × the calendar days the plan ran within the period ÷ 365 (a plan runs from its cycle start to its review date, or to the end of the period while not reviewed).';

export function provisionImpact(input: ProvisionImpactInput): ProvisionImpact & { readonly lines: readonly ProvisionPlanLine[] } {
  const pupilOf = new Map(input.pupils.map((p) => [p.id, p]));
  const facts: PlanFacts[] = [];
  for (const plan of input.plans) {
    const pupil = pupilOf.get(plan.pupilId);
    if (!pupil) continue;
    const f = planFacts(input, plan, pupil);
    if (f) facts.push(f);
  }
  facts.sort((a, b) => (a.plan.cycleStart < b.plan.cycleStart ? -1 : a.plan.cycleStart > b.plan.cycleStart ? 1 : a.plan.id - b.plan.id));

  // By provision: each line's own cost; its impact is that of the plans holding it (once a plan).
  const lines = new Map<string, { label: string; facts: Set<PlanFacts>; pence: number }>();
  for (const f of facts)
    f.plan.provision.forEach((p, i) => {
      const key = p.description.trim().toLowerCase().replace(/\s+/g, ' ');
      const g = lines.get(key) ?? { label: p.description.trim(), facts: new Set<PlanFacts>(), pence: 0 };
      g.facts.add(f);
      g.pence += f.lineCost[i];
      lines.set(key, g);
    });
  const byProvision = [...lines.entries()]
    .map(([key, g]) => row(key, g.label, [...g.facts], g.pence))
    .sort((a, b) => b.cost - a.cost || a.label.localeCompare(b.label, 'en-GB'));

  const totalPence = facts.reduce((t, f) => t + f.lineCost.reduce((x, y) => x + y, 0), 0);
  return {
    total: row('all', 'All support plans', facts, totalPence),
    byProvision,
    byNeed: grouped(facts, (f) => (f.pupil.primaryNeed === undefined ? ['none', 'No need recorded'] : [f.pupil.primaryNeed, `${f.pupil.primaryNeed}: ${NEED_LABELS[f.pupil.primaryNeed]}`]), NEED_CODES),
    byTier: grouped(facts, (f) => [f.pupil.supportTier, f.pupil.supportTier], SUPPORT_TIERS),
    lines: facts.map((f) => ({
      who: input.who?.(f.pupil.id) ?? '',
      cycleStart: f.plan.cycleStart,
      reviewDate: f.plan.reviewDate,
      provision: f.plan.provision.map((p) => p.description),
      cost: f.lineCost.reduce((x, y) => x + y, 0) / 100,
      targets: f.targets,
      attendanceBefore: f.before,
      attendanceDuring: f.during,
    })),
    method: [
      PROVISION_COST_METHOD,
      'Targets: the outcome recorded at a review meeting held by the plan’s review date, else the latest progress rating by then (5 met, 2 to 4 partly met, 1 not met); targets of plans not yet reviewed are counted apart.',
      'Assessments: each subject’s latest result in the period against its baseline.',
      'Attendance: each pupil’s attendance from the plan’s start, against their attendance earlier in the school year before it started (pupils with both only). These figures show what happened alongside the provision, not what it caused.',
    ],
  };
}

/** A short phrase of target outcomes: '3 met, 1 partly met, 0 not met (2 with no outcome; 1 not reviewed yet)'. */
export function targetsText(t: ProvisionTargetCounts): string {
  const extra = [t.noOutcome > 0 ? `${t.noOutcome} with no outcome` : '', t.notReviewed > 0 ? `${t.notReviewed} not reviewed yet` : ''].filter((x) => x !== '');
  return `${t.met} met, ${t.partly} partly met, ${t.notMet} not met${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`;
}

/** Pounds and pence as the report writes them: '£1,165.56'. */
export const moneyText = (n: number): string => `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The attendance change of a row: '+12.5 points (3 pupils)', or that no pupil has figures both before and during. */
export function attendanceChangeText(a: ProvisionImpactRow['attendance']): string {
  if (a.meanChange === null) return 'No pupil with figures before and during';
  return `${a.meanChange > 0 ? '+' : ''}${a.meanChange.toFixed(1)} points (${a.pupils} ${a.pupils === 1 ? 'pupil' : 'pupils'})`;
}

/** The chart's title and text alternative, shared by the screen and the Word copy's picture. */
export const PROVISION_CHART_TITLE = 'Cost of provision in the period, with targets met at review';
export function provisionChartSummary(rows: readonly ProvisionImpactRow[]): string {
  if (rows.length === 0) return 'No support plan with a costed provision map was in force in the period.';
  return rows.map((r) => `${r.label}: ${moneyText(r.cost)}; targets ${targetsText(r.targets)}`).join('. ') + '.';
}
