import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText } from '../common/fields';
import { EHC_REQUEST_KINDS } from '../vocabulary';

/**
 * Requests the local authority sends the service during an EHC needs assessment or plan, each with a statutory
 * reply period (facts sheet §6.1; SEND policy §6): advice and information within 6 weeks of the request, views on
 * a draft plan within 15 days. The periods are settings (statutory.laInformationRequestWeeks, draftPlanCommentDays).
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
  })
  .superRefine((r, ctx) => {
    if (r.respondedOn !== undefined && r.respondedOn < r.receivedOn)
      ctx.addIssue({ code: 'custom', path: ['respondedOn'], message: 'The reply cannot be before the request was received' });
  });
export type EhcRequest = z.infer<typeof ehcRequestSchema>;
