import { z } from 'zod';
import { choiceOf, isoDateSchema, isoDateTimeSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import { londonToday } from '../dates/londonTime';
import { BEHAVIOUR_LOG_KINDS, ENGAGEMENT_LEVELS, LESSON_KINDS } from '../vocabulary';

/**
 * One entry in a pupil's behaviour and engagement log (SEND policy 000: "engagement tracking, monitoring attendance
 * and behaviour logs available live to identified staff at home school"; "ongoing professional observation, shared
 * via live lesson logs/behavioural logs ... within 1:1 lessons or key behavioural indicators of SEMH in group
 * lessons"). An Engagement entry rates the pupil's engagement in one lesson or session, with the SEMH indicators
 * seen; an Incident records what happened, when, where, who was involved, the action taken and the outcome.
 */
export const behaviourLogEntrySchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    kind: choiceOf(BEHAVIOUR_LOG_KINDS, 'engagement or incident'),
    /** When (ISO instant): the lesson, or the moment of the incident. */
    at: isoDateTimeSchema,
    /** The London date of `at` (stored for the day's query; set by behaviourLogDay). */
    day: isoDateSchema,
    lessonKind: choiceOf(LESSON_KINDS, '1:1 lesson, group lesson or other activity'),
    /** The lesson or activity: "Maths", "Forest school". */
    lesson: requiredText('the lesson or activity', 255),
    /** 1 (did not engage) to 5 (fully engaged). */
    engagement: z
      .number({ invalid_type_error: 'Choose how engaged the pupil was' })
      .int('Choose how engaged the pupil was')
      .min(1, 'Choose how engaged the pupil was')
      .max(ENGAGEMENT_LEVELS.length, 'Choose how engaged the pupil was')
      .optional(),
    /** The SEMH indicators seen (from the settings' list at the time). */
    indicators: z.array(requiredText('the indicator', 80)).max(30, 'Choose 30 indicators or fewer').default([]),
    /** Incident: what happened. */
    what: optionalText(4000),
    /** Incident: where it happened. */
    where: optionalText(255),
    /** Incident: who was involved (roles or initials, not other pupils' full names). */
    involved: optionalText(1000),
    /** Incident: the action taken. */
    action: optionalText(4000),
    /** Incident: the outcome. */
    outcome: optionalText(4000),
    notes: optionalText(4000),
    recordedBy: requiredText('who recorded the entry'),
  })
  .superRefine((e, ctx) => {
    if (londonToday(new Date(e.at)) !== e.day) ctx.addIssue({ code: 'custom', path: ['day'], message: 'The day must be the London date of the entry' });
    if (e.kind === 'Engagement' && e.engagement === undefined) ctx.addIssue({ code: 'custom', path: ['engagement'], message: 'Choose how engaged the pupil was' });
    if (e.kind === 'Incident') {
      const need: [keyof typeof e, string][] = [
        ['what', 'Say what happened'],
        ['where', 'Say where it happened'],
        ['involved', 'Say who was involved'],
        ['action', 'Say what action was taken'],
        ['outcome', 'Say what the outcome was'],
      ];
      for (const [key, message] of need) if (e[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message });
    }
  });
export type BehaviourLogEntry = z.infer<typeof behaviourLogEntrySchema>;
export type BehaviourLogEntryInput = z.input<typeof behaviourLogEntrySchema>;
