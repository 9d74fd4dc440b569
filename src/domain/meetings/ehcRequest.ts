import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText } from '../common/fields';
import { EHC_AFTER_ASSESSMENT, EHC_ASSESSMENT_DECISIONS, EHC_REQUEST_KINDS } from '../vocabulary';

/**
 * Requests the local authority sends the service during an EHC needs assessment or plan, each with a statutory
 * reply period (facts sheet §6.1; SEND policy §6): advice and information within 6 weeks of the request, views on
 * a draft plan within 15 days. The periods are settings (statutory.laInformationRequestWeeks, draftPlanCommentDays).
 *
 * A 'Needs assessment request' goes the other way: the request for an EHC needs assessment the service makes with
 * the home school ("potential transfer to an EHC plan", SEND policy 000). `receivedOn` is the day the LA received it
 * (the statutory clock starts then); the LA's decisions are recorded as they arrive, and the statutory steps and
 * their dates follow from them (ehcAssessment.ts).
 */
export const ehcRequestSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    kind: choiceOf(EHC_REQUEST_KINDS, 'the kind of request'),
    receivedOn: isoDateSchema,
    respondedOn: optionalIsoDateSchema,
    /** The local authority's reference for the request, if it gave one. */
    reference: optionalText(255),
    /** Needs assessment request: who made it (the home school with the service, the parent …). */
    requestedBy: optionalText(255),
    /** Needs assessment request: the LA's decision whether to assess, and when it was notified. */
    decision: choiceOf(EHC_ASSESSMENT_DECISIONS, 'what the LA decided').optional(),
    decisionOn: optionalIsoDateSchema,
    /** After the assessment: a draft plan, or notice that no plan will be issued. */
    afterAssessment: choiceOf(EHC_AFTER_ASSESSMENT, 'what the LA decided after the assessment').optional(),
    afterAssessmentOn: optionalIsoDateSchema,
    finalPlanOn: optionalIsoDateSchema,
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.respondedOn !== undefined && r.respondedOn < r.receivedOn) issue('respondedOn', 'The reply cannot be before the request was received');
    if (r.kind !== 'Needs assessment request') {
      if (r.decision !== undefined || r.decisionOn !== undefined || r.afterAssessment !== undefined || r.afterAssessmentOn !== undefined || r.finalPlanOn !== undefined)
        issue('decision', 'Only a request for an EHC needs assessment records the LA’s decisions');
      return;
    }
    if (r.respondedOn !== undefined) issue('respondedOn', 'A request for an EHC needs assessment is followed by the LA’s decisions, not a reply');
    if ((r.decision === undefined) !== (r.decisionOn === undefined))
      issue(r.decision === undefined ? 'decision' : 'decisionOn', r.decision === undefined ? 'Choose what the LA decided' : 'Enter the date the LA’s decision was notified');
    if (r.decisionOn !== undefined && r.decisionOn < r.receivedOn) issue('decisionOn', 'The decision cannot be before the LA received the request');
    if ((r.afterAssessment === undefined) !== (r.afterAssessmentOn === undefined))
      issue(r.afterAssessment === undefined ? 'afterAssessment' : 'afterAssessmentOn', r.afterAssessment === undefined ? 'Choose what the LA decided after the assessment' : 'Enter the date of the draft plan or the notice');
    if (r.afterAssessment !== undefined && r.decision !== 'To assess') issue('afterAssessment', 'Record the LA’s decision to assess first');
    if (r.afterAssessmentOn !== undefined && r.decisionOn !== undefined && r.afterAssessmentOn < r.decisionOn)
      issue('afterAssessmentOn', 'The draft plan or notice cannot be before the decision to assess');
    if (r.finalPlanOn !== undefined) {
      if (r.afterAssessment !== 'Draft plan issued') issue('finalPlanOn', 'Record the draft plan first');
      else if (r.afterAssessmentOn !== undefined && r.finalPlanOn < r.afterAssessmentOn) issue('finalPlanOn', 'The final plan cannot be before the draft plan');
    }
  });
export type EhcRequest = z.infer<typeof ehcRequestSchema>;
