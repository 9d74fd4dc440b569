import { z } from 'zod';
import { requiredText } from '../common/fields';

/**
 * Behaviour and engagement logs (SEND policy 000: "key behavioural indicators of SEMH in group lessons"; "for
 * group learners ... SEMH Support identifies student's own profile of needs to focus on over a 6-week period").
 * The policy names neither the indicators nor how a review falls when six weeks end in a holiday: both are
 * settings, with the school-day-before rule every other review date follows.
 */
export const DEFAULT_SEMH_INDICATORS = [
  'Settles to work',
  'Stays on task',
  'Asks for help',
  'Works with others',
  'Follows adult direction',
  'Manages frustration',
  'Uses a calming strategy',
  'Withdrawn or quiet',
  'Leaves the room',
  'Unkind words or actions',
] as const;

export const behaviourLogSettingsSchema = z
  .object({
    /** The indicators staff tick in a lesson (shown in this order). */
    semhIndicators: z
      .array(requiredText('the indicator', 80))
      .min(1, 'Enter at least one indicator')
      .max(30, 'Enter 30 indicators or fewer')
      .default([...DEFAULT_SEMH_INDICATORS]),
    /** How long a SEMH focus profile runs before its review, in weeks (policy: 6). */
    focusProfileWeeks: z
      .number({ invalid_type_error: 'Enter the number of weeks as a number' })
      .int('Enter the number of weeks as a whole number')
      .min(1, 'Enter 1 week or more')
      .max(26, 'Enter 26 weeks or fewer')
      .default(6),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.semhIndicators.forEach((i, n) => {
      const key = i.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['semhIndicators', n], message: `'${i}' is listed twice` });
      seen.add(key);
    });
  });
export type BehaviourLogSettings = z.infer<typeof behaviourLogSettingsSchema>;

export const DEFAULT_BEHAVIOUR_LOG_SETTINGS: BehaviourLogSettings = { semhIndicators: [...DEFAULT_SEMH_INDICATORS], focusProfileWeeks: 6 };
