import { z } from 'zod';
import { academicYearSchema, choiceOf, isoDateSchema, requiredText } from '../common/fields';
import { TERMS } from '../vocabulary';

/** A run of school days, first and last day included (one half-term). */
export const dateRangeSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .superRefine((r, ctx) => {
    if (r.end < r.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The last day must not be before the first day' });
  });
export type DateRange = z.infer<typeof dateRangeSchema>;

/**
 * A term of an academic year, as its half-terms (usually two). The gap between them is the half-term
 * holiday; days outside every half-term are holidays.
 */
export const termDatesSchema = z
  .object({
    academicYear: academicYearSchema,
    term: choiceOf(TERMS, 'the term'),
    halfTerms: z.array(dateRangeSchema).min(1, 'Add the dates of at least one half-term').max(2, 'A term has at most two half-terms'),
  })
  .superRefine((t, ctx) => {
    if (t.halfTerms.length === 2 && t.halfTerms[1].start <= t.halfTerms[0].end) {
      ctx.addIssue({
        code: 'custom',
        path: ['halfTerms', 1, 'start'],
        message: 'The second half-term must start after the first one ends',
      });
    }
  });
export type TermDates = z.infer<typeof termDatesSchema>;

/** A day the service is closed to pupils inside a term (INSET, polling day …). Code # on the register. */
export const closureSchema = z.object({
  date: isoDateSchema,
  reason: requiredText('the reason for the closure'),
});
export type Closure = z.infer<typeof closureSchema>;
