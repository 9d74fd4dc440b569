import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, requiredIsoDate, requiredNote, requiredText } from '../common/fields';
import { TARGET_SOURCES } from '../vocabulary';

export const targetProgressSchema = z.object({
  date: isoDateSchema,
  note: requiredText('a note on progress', 4000),
  /** Optional rating from 1 (no progress) to 5 (achieved). */
  rating: z.number().int('Choose a rating from 1 to 5').min(1, 'Choose a rating from 1 to 5').max(5, 'Choose a rating from 1 to 5').optional(),
});
export type TargetProgress = z.infer<typeof targetProgressSchema>;

/** A SMART target from a PIP, support plan, EHC plan outcome or review: what, how measured, by when. */
export const targetSchema = z.object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    source: choiceOf(TARGET_SOURCES, 'where the target comes from'),
    sourceId: itemIdSchema.optional(),
    outcome: requiredNote('the specific outcome'),
    measure: z
      .string({ required_error: 'A target needs a measure' })
      .trim()
      .min(1, 'A target needs a measure'),
    dueDate: requiredIsoDate('A target needs a date by when it should be met'),
    progress: z.array(targetProgressSchema).default([]),
    closed: z.boolean().default(false),
  });
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;
