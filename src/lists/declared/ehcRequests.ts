import { EHC_AFTER_ASSESSMENT, EHC_ASSESSMENT_DECISIONS, EHC_REQUEST_KINDS } from '../../domain/vocabulary';
import { choice, clientKey, date, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const ehcRequestsList: ListDefinition = {
  key: 'ehcRequests',
  title: 'Pathways EHC Requests',
  url: 'Lists/PwEhcRequests',
  description:
    'LA requests for information in an EHC needs assessment and draft plans sent for comment, with the replies; requests for an EHC needs assessment made with the home school, with the LA’s decisions.',
  fields: [
    pupilLookup(),
    choice('PwKind', 'Kind', EHC_REQUEST_KINDS, { required: true }),
    date('PwReceivedOn', 'Received on', { required: true }),
    date('PwRespondedOn', 'Replied on'),
    text('PwReference', 'LA reference'),
    text('PwRequestedBy', 'Requested by', { description: 'A request for an EHC needs assessment: who made it.' }),
    choice('PwDecision', 'LA decision whether to assess', EHC_ASSESSMENT_DECISIONS),
    date('PwDecisionOn', 'Decision notified on'),
    choice('PwAfterAssessment', 'After the assessment', EHC_AFTER_ASSESSMENT),
    date('PwAfterAssessmentOn', 'Draft plan or notice on'),
    date('PwFinalPlanOn', 'Final plan issued on'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 20 },
  security: 'pupil-folder',
  retention: senFileRetention('Part of the SEN file: date of birth + 31 years (IRMS toolkit).'),
};
