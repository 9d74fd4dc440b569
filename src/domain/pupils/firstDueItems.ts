import type { IsoDate } from '../dates/isoDates';
import { dueCalendar, type DuePupil, type DueSettings } from '../meetings/dueCalendar';
import type { DueItem } from '../meetings/dueItem';

// Its own module, not enrolment.ts: the pupil repository (on every pupil web part's first load) checks duplicates
// with enrolment.ts, and this brings in the whole due calendar (meetings, EHC steps, transition plans, PIP reviews).
/**
 * What falls due first for a newly enrolled pupil, from the due calendar (placement start, or enrolment when none):
 * the baseline assessment and the first placement review, and the rest the calendar finds (PEP, EHC plan).
 */
export function firstDueItems(pupil: DuePupil, today: IsoDate, settings: DueSettings): DueItem[] {
  return dueCalendar({ today, settings, pupils: [pupil], meetings: [], baselines: [{ pupilId: pupil.id, assessedOn: [] }] }).items;
}
