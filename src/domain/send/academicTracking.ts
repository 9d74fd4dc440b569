import type { Assessment } from './assessment';

/** One subject's half-termly tracking results, oldest first (SEND policy: subject progress data every half-term). */
export interface SubjectTracking {
  readonly subject: string;
  readonly points: readonly Pick<Assessment, 'assessedOn' | 'score' | 'comment'>[];
}

export function trackingBySubject(assessments: readonly Assessment[]): SubjectTracking[] {
  const bySubject = new Map<string, Pick<Assessment, 'assessedOn' | 'score' | 'comment'>[]>();
  for (const a of assessments) {
    if (a.kind !== 'Half-termly tracking') continue;
    const list = bySubject.get(a.subject) ?? [];
    list.push({ assessedOn: a.assessedOn, score: a.score, comment: a.comment });
    bySubject.set(a.subject, list);
  }
  return Array.from(bySubject.entries())
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([subject, points]) => ({ subject, points: points.sort((x, y) => (x.assessedOn < y.assessedOn ? -1 : x.assessedOn > y.assessedOn ? 1 : 0)) }));
}
