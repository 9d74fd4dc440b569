import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import { APDR_NEXT_STEPS, APDR_REVIEW_OUTCOMES } from '../vocabulary';

/** One line of the costed provision map. */
export const provisionSchema = z.object({
  description: requiredText('the provision', 2000),
  frequency: requiredText('how often'),
  provider: requiredText('who provides it'),
  costPerYear: z
    .number({ required_error: 'Enter the cost per year (0 if none)', invalid_type_error: 'Enter the cost per year as a number' })
    .min(0, 'The cost cannot be negative'),
});
export type Provision = z.infer<typeof provisionSchema>;

/** One-page profile (SEN-support pathway, Plan step 1). */
export const onePageProfileSchema = z.object({
  likeAndAdmire: optionalText(),
  mattersToMe: optionalText(),
  howToSupport: optionalText(),
});
export type OnePageProfile = z.infer<typeof onePageProfileSchema>;

/** Total cost a year of a provision map, to the penny. */
export function annualCost(provision: readonly Pick<Provision, 'costPerYear'>[]): number {
  let pence = 0;
  for (const p of provision) pence += Math.round(p.costPerYear * 100);
  return pence / 100;
}

/**
 * An assess–plan–do–review cycle of SEN support (CoP 6.44–6.56; SEN-support pathway). `annualCost` is
 * computed from the provision map. The review date cannot be before the cycle start; a review outcome
 * needs a review date.
 */
export const supportPlanSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    cycleStart: isoDateSchema,
    assessed: optionalText(),
    assessmentTools: z.array(requiredText('the assessment tool')).default([]),
    targetIds: z.array(itemIdSchema).default([]),
    provision: z.array(provisionSchema).default([]),
    reviewDate: optionalIsoDateSchema,
    reviewOutcome: choiceOf(APDR_REVIEW_OUTCOMES, 'the review outcome').optional(),
    nextStep: choiceOf(APDR_NEXT_STEPS, 'the next step').optional(),
    profile: onePageProfileSchema.default({}),
  })
  .superRefine((p, ctx) => {
    if (p.reviewDate !== undefined && p.reviewDate < p.cycleStart)
      ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'The review date cannot be before the cycle start' });
    if (p.reviewOutcome !== undefined && p.reviewDate === undefined)
      ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'Enter the review date with the review outcome' });
  })
  .transform((p) => ({ ...p, annualCost: annualCost(p.provision) }));
export type SupportPlan = z.output<typeof supportPlanSchema>;
export type SupportPlanInput = z.input<typeof supportPlanSchema>;

/** True when the plan costs more than the high-needs threshold (default £6,000 a year, facts §6.3). */
export function exceedsHighNeedsThreshold(plan: Pick<SupportPlan, 'annualCost'>, settings: { highNeedsThreshold: number }): boolean {
  return plan.annualCost > settings.highNeedsThreshold;
}
