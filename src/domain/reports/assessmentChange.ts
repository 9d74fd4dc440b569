import type { IsoDate } from '../dates/isoDates';
import { formatReadingAge, type Assessment } from '../send/assessment';

/**
 * Assessment results with their change for a report: per subject and kind of assessment, the starting point
 * (the earliest result: the baseline when there is one) and the latest result up to the end of the period.
 * A reading age is in months; every other kind compares its score.
 */
export interface AssessmentChange {
  readonly subject: string;
  readonly kind: Assessment['kind'];
  readonly instrument?: string;
  readonly first: { readonly date: IsoDate; readonly value: string };
  /** Undefined when the only result is the starting point. */
  readonly latest?: { readonly date: IsoDate; readonly value: string };
  /** The latest value minus the first ('+8 months', '+4', '-2'); undefined with one result or no numbers. */
  readonly change?: string;
  /** The change as a number (months for a reading age), for figures and tests. */
  readonly changeValue?: number;
  /** Results dated within the period. */
  readonly inPeriod: number;
}

const isReadingAge = (kind: Assessment['kind']): boolean => kind === 'Reading age';
/** The number a result compares in a group of `kind`: months for a reading age, else the score. */
const valueIn = (a: Assessment, kind: Assessment['kind']): number | undefined => (isReadingAge(kind) ? a.readingAgeMonths : a.score);
const shown = (a: Assessment, kind: Assessment['kind']): string => {
  const v = valueIn(a, kind);
  if (v === undefined) return a.comment ?? 'Recorded';
  return isReadingAge(kind) ? formatReadingAge(v) : String(v);
};
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const byDate = (a: Assessment, b: Assessment): number => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0);

/**
 * Every subject and kind of result up to `to` that has a result in [from, to], in subject order. Its starting point
 * is the subject's earliest baseline holding a value in the same unit (a reading age, or a score), else its own
 * earliest result. A baseline no later result compares with is shown on its own row while it has no successor.
 */
export function assessmentChanges(assessments: readonly Assessment[], from: IsoDate, to: IsoDate): AssessmentChange[] {
  const upTo = assessments.filter((a) => a.assessedOn <= to).sort(byDate);
  const baselines = upTo.filter((a) => a.kind === 'Baseline');
  const groups = new Map<string, Assessment[]>();
  for (const a of upTo) {
    if (a.kind === 'Baseline') continue;
    const key = `${a.subject.toLowerCase()}|${a.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const usedBaselines = new Set<Assessment>();
  const out: AssessmentChange[] = [];
  for (const list of Array.from(groups.values())) {
    const kind = list[0].kind;
    const inPeriod = list.filter((a) => a.assessedOn >= from).length;
    const baseline = baselines.find((b) => b.subject.toLowerCase() === list[0].subject.toLowerCase() && valueIn(b, kind) !== undefined);
    if (baseline) usedBaselines.add(baseline);
    if (inPeriod === 0) continue;
    const first = baseline ?? list[0];
    const last = list[list.length - 1] === first ? undefined : list[list.length - 1];
    const a = valueIn(first, kind);
    const b = last ? valueIn(last, kind) : undefined;
    const changeValue = a !== undefined && b !== undefined ? Math.round((b - a) * 10) / 10 : undefined;
    out.push({
      subject: list[0].subject,
      kind,
      instrument: list[0].instrument,
      first: { date: first.assessedOn, value: shown(first, kind) },
      latest: last ? { date: last.assessedOn, value: shown(last, kind) } : undefined,
      changeValue,
      change: changeValue === undefined ? undefined : isReadingAge(kind) ? `${signed(changeValue)} months` : signed(changeValue),
      inPeriod,
    });
  }
  for (const b of baselines) {
    if (usedBaselines.has(b) || b.assessedOn < from) continue;
    const kind = b.readingAgeMonths !== undefined && b.score === undefined ? 'Reading age' : 'Baseline';
    out.push({ subject: b.subject, kind: 'Baseline', instrument: b.instrument, first: { date: b.assessedOn, value: shown(b, kind) }, inPeriod: 1 });
  }
  return out.sort((x, y) => x.subject.localeCompare(y.subject, 'en-GB') || x.kind.localeCompare(y.kind, 'en-GB'));
}
