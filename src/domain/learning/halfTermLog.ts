import { formatUkDate, type IsoDate } from '../dates/isoDates';
import type { TermDates } from '../settings/termDates';
import type { LearningLog } from './learningLog';
import type { LearningLogEntry } from './learningLogEntry';

/**
 * Learning logs by half-term (Appendix 3's header: "Spring Term 1 2024"). A log is kept per term (one item per pupil
 * per term, as before); its entries are grouped and counted by the half-terms of that term in the settings' term
 * dates, so the logs already kept are read by half-term with nothing moved. An entry outside the term's half-terms
 * (a holiday, or term dates changed since) is shown in its own group, never dropped.
 */
export interface HalfTermOfLog {
  /** "Autumn Term 1 2026/27", or "Outside the half-terms" for entries dated outside every half-term of the term. */
  readonly label: string;
  /** Undefined for the group outside the half-terms. */
  readonly dates?: { readonly start: IsoDate; readonly end: IsoDate };
}

export interface SubjectCount {
  readonly subject: string;
  readonly teacher: string;
  readonly entries: number;
}

export interface HalfTermEntries<E extends LearningLogEntry = LearningLogEntry> {
  readonly halfTerm: HalfTermOfLog;
  /** Newest first. */
  readonly entries: readonly E[];
  /** Entries per subject of the log (a subject with none is listed with 0). */
  readonly bySubject: readonly SubjectCount[];
  /** 'ended': before today; 'current': today is in it; 'upcoming': not started; 'outside': entries outside every half-term. */
  readonly state: 'ended' | 'current' | 'upcoming' | 'outside';
  /** Subjects with fewer entries than expected: flagged once the half-term has ended, shown as due while it runs. */
  readonly short: readonly SubjectCount[];
  /** The flag, in words, when the half-term has ended short of the expected entries. */
  readonly flag?: string;
}

/** The half-terms of a log's term, from the settings' term dates (none when the term's dates are not set). */
export function halfTermsOfLog(log: Pick<LearningLog, 'academicYear' | 'term'>, terms: readonly TermDates[]): HalfTermOfLog[] {
  const term = terms.find((t) => t.academicYear === log.academicYear && t.term === log.term);
  if (!term) return [];
  return term.halfTerms.map((h, i) => ({ label: `${log.term} Term ${i + 1} ${log.academicYear}`, dates: { start: h.start, end: h.end } }));
}

const newestFirst = <E extends LearningLogEntry>(a: E, b: E): number => (a.entryDate === b.entryDate ? (b.id ?? 0) - (a.id ?? 0) : a.entryDate < b.entryDate ? 1 : -1);

/**
 * A log's entries by half-term, with the count for each subject of the log and, once a half-term has ended, a flag
 * naming the subjects with fewer than `expectedPerSubject` entries (a setting: Appendix 3 gives no number; 0 turns
 * the check off).
 */
export function learningLogByHalfTerm<E extends LearningLogEntry>(
  log: Pick<LearningLog, 'academicYear' | 'term' | 'subjects'>,
  entries: readonly E[],
  terms: readonly TermDates[],
  today: IsoDate,
  expectedPerSubject: number,
): HalfTermEntries<E>[] {
  const halves = halfTermsOfLog(log, terms);
  const inside = (e: E, h: HalfTermOfLog): boolean => h.dates !== undefined && h.dates.start <= e.entryDate && e.entryDate <= h.dates.end;
  const count = (group: readonly E[]): SubjectCount[] => {
    const subjects = log.subjects.map((s) => ({ subject: s.subject, teacher: s.teacher }));
    for (const e of group) if (!subjects.some((s) => s.subject.toLowerCase() === e.subject.toLowerCase())) subjects.push({ subject: e.subject, teacher: e.teacher });
    return subjects.map((s) => ({ ...s, entries: group.filter((e) => e.subject.toLowerCase() === s.subject.toLowerCase()).length }));
  };
  const out: HalfTermEntries<E>[] = halves.map((h) => {
    const group = entries.filter((e) => inside(e, h)).sort(newestFirst);
    const dates = h.dates as { start: IsoDate; end: IsoDate };
    const state = dates.end < today ? 'ended' : dates.start <= today ? 'current' : 'upcoming';
    const bySubject = count(group);
    const short = expectedPerSubject > 0 && state !== 'upcoming' ? bySubject.filter((s) => s.entries < expectedPerSubject && log.subjects.some((l) => l.subject === s.subject)) : [];
    const flag =
      state === 'ended' && short.length > 0
        ? `${h.label} (${formatUkDate(dates.start)} to ${formatUkDate(dates.end)}) ended without the expected ${expectedPerSubject} ${expectedPerSubject === 1 ? 'entry' : 'entries'} per subject: ${short
            .map((s) => `${s.subject} (${s.entries})`)
            .join(', ')}`
        : undefined;
    return { halfTerm: h, entries: group, bySubject, state, short, flag };
  });
  const outside = entries.filter((e) => !halves.some((h) => inside(e, h))).sort(newestFirst);
  if (outside.length > 0) out.push({ halfTerm: { label: 'Outside the half-terms' }, entries: outside, bySubject: count(outside), state: 'outside', short: [] });
  // Newest half-term first, as the entries are; the group outside the half-terms last.
  return [...out.filter((g) => g.state !== 'outside').reverse(), ...out.filter((g) => g.state === 'outside')];
}
