import { schoolWeeksBetween, type CalendarSettings } from '../dates/schoolCalendar';
import { addDays, mondayOf, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { TermName } from '../vocabulary';
import { prizeDrawTickets } from './prizeDraw';
import type { MarkForStats, StatsSettings } from './stats';
import { pupilStatsForWeek } from './weeklySeries';

/**
 * The termly attendance prize draw, week by week: each pupil's tickets for a week (prizeDrawTickets:
 * one above 90%, one more at 100%), and their tickets so far this term.
 */

type DrawSettings = StatsSettings & CalendarSettings & Pick<SchoolSettings, 'prizeDrawTicketAbovePercent'>;

export interface PrizeDrawRow {
  pupilId: number;
  /** The week's attendance %; null with no possible sessions. */
  percent: number | null;
  possible: number;
  tickets: number;
  /** Tickets from every school week of the term up to and including this week. */
  termTickets: number;
}

export interface TermSpan {
  academicYear: string;
  term: TermName;
  start: IsoDate;
  end: IsoDate;
}

/** The term that contains `date`; in a holiday, the last term that started before it; null when none has. */
export function currentOrLastTerm(date: IsoDate, settings: Pick<SchoolSettings, 'terms'>): TermSpan | null {
  let best: TermSpan | null = null;
  for (const t of settings.terms) {
    if (t.halfTerms.length === 0) continue;
    const span = { academicYear: t.academicYear, term: t.term, start: t.halfTerms[0].start, end: t.halfTerms[t.halfTerms.length - 1].end };
    if (span.start <= date && (best === null || span.start > best.start)) best = span;
  }
  return best;
}

/**
 * The term a school week belongs to: the term of its Friday, because a term beginning on a Tuesday or Wednesday
 * has its first week's Monday in the holiday (and the previous term's total must not carry over).
 */
export function termOfWeek(date: IsoDate, settings: Pick<SchoolSettings, 'terms'>): TermSpan | null {
  return currentOrLastTerm(addDays(mondayOf(date), 4), settings);
}

/** Tickets per pupil for the week starting `monday`, with the term's running total (pupils with marks in that week). */
export function prizeDrawForWeek(marks: readonly MarkForStats[], monday: IsoDate, settings: DrawSettings): PrizeDrawRow[] {
  const week = mondayOf(monday);
  const thisWeek = pupilStatsForWeek(marks, week, settings);
  const term = termOfWeek(week, settings);
  const termTotals = new Map<number, number>();
  if (term !== null) {
    const weeks = schoolWeeksBetween(term.start, term.end, settings).filter((w) => w <= week);
    for (const w of weeks) {
      pupilStatsForWeek(marks, w, settings).forEach((s, pupilId) => {
        termTotals.set(pupilId, (termTotals.get(pupilId) ?? 0) + prizeDrawTickets(s.attendancePercent, settings));
      });
    }
  }
  const rows: PrizeDrawRow[] = [];
  thisWeek.forEach((s, pupilId) => {
    const tickets = prizeDrawTickets(s.attendancePercent, settings);
    rows.push({ pupilId, percent: s.attendancePercent, possible: s.possible, tickets, termTickets: termTotals.get(pupilId) ?? tickets });
  });
  return rows.sort((a, b) => b.tickets - a.tickets || b.termTickets - a.termTickets || a.pupilId - b.pupilId);
}
