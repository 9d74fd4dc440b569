import { APDR_NEXT_STEPS, APDR_REVIEW_OUTCOMES } from '../../domain/vocabulary';
import { choice, clientKey, currency, date, note, pupilLookup } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const supportPlansList: ListDefinition = {
  key: 'supportPlans',
  title: 'Pathways Support Plans',
  url: 'Lists/PwSupportPlans',
  description: 'Assess, plan, do, review cycles with a costed provision map.',
  fields: [
    pupilLookup(),
    date('PwCycleStart', 'Cycle start', { required: true }),
    note('PwAssessed', 'What was assessed, and with what', { sensitive: true }),
    note('PwAssessmentTools', 'Assessment tools used (JSON)'),
    note('PwProvision', 'Provision map (JSON)'),
    currency('PwAnnualCost', 'Cost per year'),
    date('PwReviewDate', 'Review date'),
    choice('PwReviewOutcome', 'Review outcome', APDR_REVIEW_OUTCOMES),
    choice('PwNextStep', 'Next step', APDR_NEXT_STEPS),
    note('PwProfile', 'One-page profile (JSON)'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: senFileRetention('SEN file: date of birth + 31 years (IRMS toolkit).'),
};
