import { lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const pipConfidentialList: ListDefinition = {
  key: 'pipConfidential',
  title: 'Pathways PIP Confidential',
  url: 'Lists/PwPipConfidential',
  description:
    'The parts of a PIP never shared with the home school, whatever the sharing settings (docs/sharing.md): the risk assessment (medical, safeguarding, home, onsite, recommendations) and the further information on why the pupil is placed on the plan. One item per PIP.',
  fields: [
    pupilLookup(),
    lookup('PwPip', 'PIP', 'pips', { required: true, indexed: true }),
    text('PwPipKey', 'PIP item id', {
      required: true,
      indexed: true,
      unique: true,
      maxLength: 12,
      description: 'The PIP’s item id in Pathways PIPs: at most one confidential item per PIP.',
    }),
    note('PwFurtherInfo', 'Further information', { sensitive: true }),
    note('PwRiskMedical', 'Medical needs', { sensitive: true }),
    note('PwRiskSafeguarding', 'Safeguarding concerns', { sensitive: true }),
    note('PwRiskHome', 'Home environment risks', { sensitive: true }),
    note('PwRiskOnsite', 'Onsite working risks', { sensitive: true }),
    note('PwRiskRecommendations', 'Overall recommendations', { sensitive: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 100 },
  security: 'staff-only',
  confidentialPartOf: { list: 'pips', lookup: 'PwPip', key: 'PwPipKey' },
};
