import { z } from 'zod';
import { choiceOf, clockTimeSchema, isoDateSchema, requiredText } from '../common/fields';
import { minutesOfDay } from '../dates/clockTime';
import { WEEKDAYS } from '../vocabulary';
import { overlappingSlots } from './timetable';

/** One session on a PIP timetable (Appendix 2: time, location, curriculum accessed). */
export const timetableSlotSchema = z
  .object({
    day: choiceOf(WEEKDAYS, 'a day from Monday to Friday'),
    start: clockTimeSchema,
    end: clockTimeSchema,
    location: requiredText('the location'),
    curriculum: requiredText('the curriculum being accessed'),
  })
  .superRefine((s, ctx) => {
    if (minutesOfDay(s.end) <= minutesOfDay(s.start))
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end time must be after the start time' });
  });
export type TimetableSlot = z.infer<typeof timetableSlotSchema>;

/** Slots of one week; slots on the same day must not overlap (touching end-to-start is fine). */
export const weekSlotsSchema = z.array(timetableSlotSchema).superRefine((slots, ctx) => {
  for (const [i, j] of overlappingSlots(slots)) {
    ctx.addIssue({
      code: 'custom',
      path: [j, 'start'],
      message: `This session overlaps another on ${slots[j].day} (${slots[i].start} to ${slots[i].end})`,
    });
  }
});

/** A timetable in force from a date; a PIP keeps the history of its timetables. */
export const pipTimetableSchema = z.object({
  effectiveFrom: isoDateSchema,
  slots: weekSlotsSchema,
});
export type PipTimetable = z.infer<typeof pipTimetableSchema>;
