import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import { ASSESSMENT_KINDS } from '../vocabulary';

/** A baseline, standardised score, reading age or half-termly tracking result. */
export const assessmentSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    kind: choiceOf(ASSESSMENT_KINDS, 'the kind of assessment'),
    subject: requiredText('the subject'),
    assessedOn: isoDateSchema,
    instrument: optionalText(255),
    score: z.number({ invalid_type_error: 'Enter the score as a number' }).optional(),
    readingAgeMonths: z
      .number({ invalid_type_error: 'Enter the reading age in months' })
      .int('Enter the reading age in whole months')
      .min(0, 'The reading age cannot be negative')
      .max(300, 'Enter the reading age in months (for example 9 years 6 months = 114)')
      .optional(),
    comment: optionalText(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'Reading age' && a.readingAgeMonths === undefined)
      ctx.addIssue({ code: 'custom', path: ['readingAgeMonths'], message: 'Enter the reading age in months' });
    if (a.kind === 'Standardised score' && a.score === undefined)
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'Enter the standardised score' });
  });
export type Assessment = z.infer<typeof assessmentSchema>;

/** A reading age in months as '9y 6m'. */
export function formatReadingAge(months: number): string {
  return `${Math.floor(months / 12)}y ${months % 12}m`;
}
