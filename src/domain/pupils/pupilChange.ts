import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalText, requiredNote, requiredText } from '../common/fields';
import { PUPIL_CHANGE_KINDS } from '../vocabulary';

/** A dated change in a pupil's record (tier, provision, home school, named staff, leaving), with its reason. */
export const pupilChangeSchema = z
  .object({
    pupilId: itemIdSchema,
    kind: choiceOf(PUPIL_CHANGE_KINDS, 'what changed'),
    from: optionalText(255),
    to: optionalText(255),
    effective: isoDateSchema,
    reason: requiredNote('the reason for the change'),
    changedBy: requiredText('who made the change'),
  })
  .superRefine((c, ctx) => {
    if (c.from !== undefined && c.from === c.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The new value must be different from the old one' });
  });
export type PupilChange = z.infer<typeof pupilChangeSchema>;
