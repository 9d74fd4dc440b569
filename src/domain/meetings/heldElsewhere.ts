import { addMonths, formatUkDate, parseUkDate, type IsoDate } from '../dates/isoDates';
import { londonWallTimeToIso } from './meetingTime';
import type { MeetingKind } from '../vocabulary';
import type { ReviewMeeting } from './reviewMeeting';

/**
 * A review held before Pathways Hub was used, or outside it (a PEP review at the Virtual School, a termly EHC plan
 * review at the home school), recorded afterwards from the Due view: the day it was held and what was decided.
 * No invitation is sent and none is claimed; the meeting is recorded as Held on that day, so the due calendar
 * counts it as that period's review. Pure: the form and the demo seeder build the record with this.
 */
export interface HeldElsewhereValues {
  readonly pupilId: number;
  readonly kind: MeetingKind;
  /** dd/mm/yyyy as typed. */
  readonly date: string;
  /** What was decided, in a line or two. */
  readonly outcome: string;
  /** Who records it (the signed-in member of staff). */
  readonly recordedBy: { readonly email: string; readonly displayName: string };
}

export type HeldElsewhereErrors = Partial<Record<'date' | 'outcome', string>>;

/** How far back a review may be recorded (the due calendar looks back one period; records older than this are history). */
export const HELD_ELSEWHERE_MONTHS_BACK = 14;

export function buildHeldElsewhere(values: HeldElsewhereValues, context: { readonly today: IsoDate }): { meeting?: ReviewMeeting; errors: HeldElsewhereErrors } {
  const errors: HeldElsewhereErrors = {};
  const day = parseUkDate(values.date.trim());
  if (day === null) errors.date = 'Enter the day it was held as dd/mm/yyyy, for example 12/11/2026';
  else if (day > context.today) errors.date = `A review can only be recorded as held once it has happened: ${formatUkDate(day)} is after today`;
  else {
    if (day < addMonths(context.today, -HELD_ELSEWHERE_MONTHS_BACK)) errors.date = `Record reviews of the last ${HELD_ELSEWHERE_MONTHS_BACK} months; older ones belong in the pupil's history`;
  }
  const outcome = values.outcome.trim();
  if (outcome === '') errors.outcome = 'Enter what was decided at the review';
  else if (outcome.length > 2000) errors.outcome = `Keep the decision to 2,000 characters (it has ${outcome.length})`;
  if (day === null || Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    meeting: {
      pupilId: values.pupilId,
      kind: values.kind,
      status: 'Held',
      // The day is what counts; the hour is not known, so the record says the school day's start.
      start: londonWallTimeToIso(day, '09:00'),
      end: londonWallTimeToIso(day, '10:00'),
      attendees: [{ name: values.recordedBy.displayName, email: values.recordedBy.email, kind: 'pru-staff' }],
      outcomes: [outcome],
      targetOutcomes: [],
      actions: [],
      notes: `Held outside Pathways Hub on ${formatUkDate(day)}; recorded afterwards by ${values.recordedBy.displayName}.`,
    },
  };
}
