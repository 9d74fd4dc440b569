import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import { londonToday } from '../dates/londonTime';

/**
 * What Today reads of a logged incident (the behaviour log's `incidentsOn`): whose, when, in which lesson and what
 * happened; the rest of the entry (behaviourLogEntry.ts) is neither asked of SharePoint nor loaded. The same rules as
 * the whole entry's for these columns, so an item Today cannot show is reported in the same words.
 */
export const loggedIncidentSchema = z
  .object({
    pupilId: itemIdSchema,
    kind: z.literal('Incident'),
    at: isoDateTimeSchema,
    day: isoDateSchema,
    lesson: requiredText('the lesson or activity', 255),
    what: optionalText(4000),
  })
  .superRefine((e, ctx) => {
    if (londonToday(new Date(e.at)) !== e.day) ctx.addIssue({ code: 'custom', path: ['day'], message: 'The day must be the London date of the entry' });
    if (e.what === undefined) ctx.addIssue({ code: 'custom', path: ['what'], message: 'Say what happened' });
  });
export type LoggedIncident = z.infer<typeof loggedIncidentSchema>;
