import { addDays, daysBetween, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import { halfTermsOf, type HalfTerm } from './laReturn';
import type { Pip } from './pip';

/**
 * When the local authority's part-time-timetable return is due (facts sheet §5: LAs ask half-termly with nil
 * returns, at the point of agreement, or within days of it; settings.laPartTimeReturn.timing says which).
 *   - Half-termly: the return for a half-term is due at its end. It is shown from LA_RETURN_WINDOW_DAYS before the
 *     end until as many days after it (a nil return too: the half-term is due whether or not anyone was on a PIP).
 *   - At agreement / within days of agreement: each PIP's return is due on the day the parent/carer agreement was
 *     recorded (plus settings.laPartTimeReturn.deadlineDays), shown from that day until LA_RETURN_WINDOW_DAYS
 *     after it was due.
 * The product keeps no record of a return being sent, so an item is shown for the whole window: a reminder, never a
 * claim that the return was not sent.
 */
export const LA_RETURN_WINDOW_DAYS = 14;

export interface LaReturnDue {
  /** The day the return is due. */
  readonly dueBy: IsoDate;
  /** For a half-termly return: the half-term it covers. */
  readonly halfTerm?: HalfTerm;
  /** For a return per agreement: the PIP agreed, and its pupil. */
  readonly pipId?: number;
  readonly pupilId?: number;
}

type DueSettings = Pick<SchoolSettings, 'laPartTimeReturn' | 'terms'>;
type DuePip = Pick<Pip, 'pupilId' | 'status' | 'parentSignOff'> & { readonly id?: number };

const withinWindow = (dueBy: IsoDate, today: IsoDate): boolean =>
  daysBetween(today, dueBy) <= LA_RETURN_WINDOW_DAYS && daysBetween(dueBy, today) <= LA_RETURN_WINDOW_DAYS;

/** The LA returns due around `today`, earliest first. */
export function laReturnsDue(pips: readonly DuePip[], today: IsoDate, settings: DueSettings): LaReturnDue[] {
  const config = settings.laPartTimeReturn;
  if (config.timing === 'Half-termly')
    return halfTermsOf(settings)
      .filter((h) => withinWindow(h.end, today))
      .map((h) => ({ dueBy: h.end, halfTerm: h }));
  const days = config.timing === 'At agreement' ? 0 : config.deadlineDays ?? 0;
  const out: LaReturnDue[] = [];
  for (const pip of pips) {
    const agreed = pip.parentSignOff?.date;
    if (agreed === undefined || pip.status === 'Draft' || agreed > today) continue;
    const dueBy = addDays(agreed, days);
    if (daysBetween(dueBy, today) <= LA_RETURN_WINDOW_DAYS) out.push({ dueBy, pupilId: pip.pupilId, ...(pip.id !== undefined ? { pipId: pip.id } : {}) });
  }
  return out.sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}
