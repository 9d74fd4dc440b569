import type { CalendarSettings } from '../dates/schoolCalendar';
import { schoolWeeksBetween } from '../dates/schoolCalendar';
import { mondayOf, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';

/**
 * National framework for penalty notices (facts sheet §4): a notice must be CONSIDERED when a pupil has
 * settings.penaltyThreshold.sessions (10) sessions coded G, N, O or U within any rolling window of
 * settings.penaltyThreshold.schoolWeeks (10) school weeks.
 *   - A school week is a week (Monday to Sunday) with at least one school session: weeks that are
 *     school weeks in the calendar, plus any week a mark was recorded in (a register implies a session).
 *   - Holiday weeks are skipped, so a window can span half-terms, terms and school years.
 *   - The sessions need not be consecutive.
 * Returns the earliest window in which the threshold is met, with the sessions that make it up.
 */

export interface MarkForPenalty {
  date: IsoDate;
  session: Session;
  code: string;
}

export interface PenaltyThresholdResult<M extends MarkForPenalty = MarkForPenalty> {
  met: boolean;
  /** The sessions that reach the threshold (exactly `sessions` of them), oldest first; empty when not met. */
  sessions: M[];
  /** Monday of the weeks of the first and last of those sessions (at most `schoolWeeks` school weeks apart); null when not met. */
  windowFirstWeek: IsoDate | null;
  windowLastWeek: IsoDate | null;
  /** Most qualifying sessions in any window (for "8 of 10" warnings); equals the threshold when met. */
  highestCountInAnyWindow: number;
}

type PenaltySettings = CalendarSettings & Pick<SchoolSettings, 'penaltyThreshold'>;

const sessionOrder = (m: MarkForPenalty): string => `${m.date}${m.session === 'AM' ? '0' : '1'}`;

export function checkPenaltyThreshold<M extends MarkForPenalty>(
  marks: readonly M[],
  settings: PenaltySettings,
): PenaltyThresholdResult<M> {
  const { sessions: threshold, schoolWeeks: windowWeeks, codes } = settings.penaltyThreshold;
  const qualifying = marks
    .filter((m) => codes.indexOf(m.code) >= 0)
    .sort((a, b) => (sessionOrder(a) < sessionOrder(b) ? -1 : sessionOrder(a) > sessionOrder(b) ? 1 : 0));
  const none: PenaltyThresholdResult<M> = {
    met: false,
    sessions: [],
    windowFirstWeek: null,
    windowLastWeek: null,
    highestCountInAnyWindow: 0,
  };
  if (qualifying.length === 0) return none;

  // Number every school week from the first qualifying mark to the last.
  const weekSet: Record<string, true> = {};
  for (const w of schoolWeeksBetween(qualifying[0].date, qualifying[qualifying.length - 1].date, settings)) weekSet[w] = true;
  for (const m of qualifying) weekSet[mondayOf(m.date)] = true;
  const weeks = Object.keys(weekSet).sort();
  const weekIndex: Record<string, number> = {};
  weeks.forEach((w, i) => {
    weekIndex[w] = i;
  });
  const idx = qualifying.map((m) => weekIndex[mondayOf(m.date)]);

  let left = 0;
  let highest = 0;
  for (let right = 0; right < qualifying.length; right++) {
    while (idx[right] - idx[left] >= windowWeeks) left++;
    const count = right - left + 1;
    if (count > highest) highest = count;
    if (count >= threshold) {
      const start = right - threshold + 1;
      return {
        met: true,
        sessions: qualifying.slice(start, right + 1),
        windowFirstWeek: weeks[idx[start]],
        windowLastWeek: weeks[idx[right]],
        highestCountInAnyWindow: highest,
      };
    }
  }
  return { ...none, highestCountInAnyWindow: highest };
}
