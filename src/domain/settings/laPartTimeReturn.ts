import { z } from 'zod';
import { choiceOf, optionalEmailSchema } from '../common/fields';

/**
 * The return to the local authority when a pupil goes on a part-time timetable (PIP). The national
 * wording, deadline and content are unconfirmed ([U], facts sheet §5), so all of it is a setting.
 */

/** Fields an LA can ask for (facts sheet §5 "Information LAs typically ask for"). */
export const LA_RETURN_FIELDS = [
  'Pupil reference',
  'UPN',
  'Name',
  'Date of birth',
  'Year group',
  'Home school',
  'Reason',
  'Hours offered',
  'Full-time hours',
  'Start date',
  'Planned end date',
  'Actual end date',
  'Review dates',
  'Parental agreement',
  'Off-site provision',
  'Safeguarding arrangements',
  'EHC plan',
  'Social worker',
  'Looked after',
] as const;
export type LaReturnField = (typeof LA_RETURN_FIELDS)[number];

export const LA_RETURN_FORMATS = ['CSV', 'Excel', 'E-mail'] as const;
export const LA_RETURN_TIMINGS = ['At agreement', 'Within days of agreement', 'Half-termly'] as const;

export const laPartTimeReturnSchema = z
  .object({
    fields: z.array(choiceOf(LA_RETURN_FIELDS, 'a field for the return')).min(1, 'Choose at least one field for the return'),
    format: choiceOf(LA_RETURN_FORMATS, 'the format of the return'),
    timing: choiceOf(LA_RETURN_TIMINGS, 'when the return is due'),
    /** Used with timing 'Within days of agreement'. */
    deadlineDays: z.number({ invalid_type_error: 'Enter the number of days as a number' }).int('Enter a whole number of days').min(1, 'Enter a number of days of 1 or more').optional(),
    sendTo: optionalEmailSchema,
  })
  .superRefine((r, ctx) => {
    if (r.timing === 'Within days of agreement' && r.deadlineDays === undefined)
      ctx.addIssue({ code: 'custom', path: ['deadlineDays'], message: 'Enter the number of days the LA allows' });
  });
export type LaPartTimeReturn = z.infer<typeof laPartTimeReturnSchema>;
