import type { Target } from './target';

/**
 * EHC plan outcomes broken down into annual SMART targets (SEND policy: the SENCO "annualises EHCP targets into
 * SMART targets"). An outcome is a target with source 'EHC plan outcome' and no sourceId; its annual targets are
 * targets with the same source whose sourceId is the outcome's item id.
 */
export interface EhcOutcomeWithTargets<T extends Target & { id: number }> {
  readonly outcome: T;
  readonly targets: readonly T[];
  /** Annual targets closed (met) of all annual targets. */
  readonly met: number;
}

export function isEhcOutcome(t: Pick<Target, 'source' | 'sourceId'>): boolean {
  return t.source === 'EHC plan outcome' && t.sourceId === undefined;
}

export function ehcOutcomes<T extends Target & { id: number }>(targets: readonly T[]): EhcOutcomeWithTargets<T>[] {
  const outcomes = targets.filter(isEhcOutcome);
  return outcomes.map((outcome) => {
    const annual = targets
      .filter((t) => t.source === 'EHC plan outcome' && t.sourceId === outcome.id)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    return { outcome, targets: annual, met: annual.filter((t) => t.closed).length };
  });
}

/** The latest progress rating of a target (1–5), or undefined when none was given. */
export function latestRating(t: Pick<Target, 'progress'>): number | undefined {
  for (let i = t.progress.length - 1; i >= 0; i--) {
    const r = t.progress[i].rating;
    if (r !== undefined) return r;
  }
  return undefined;
}
