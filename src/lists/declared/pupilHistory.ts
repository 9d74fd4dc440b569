import { PUPIL_CHANGE_KINDS } from '../../domain/vocabulary';
import { choice, clientKey, date, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const pupilHistoryList: ListDefinition = {
  key: 'pupilHistory',
  title: 'Pathways Pupil History',
  url: 'Lists/PwPupilHistory',
  description: 'Dated changes of tier, provision, home school and named staff, with reasons.',
  fields: [
    pupilLookup(),
    choice('PwKind', 'Change', PUPIL_CHANGE_KINDS, { required: true }),
    text('PwFrom', 'From'),
    text('PwTo', 'To'),
    date('PwEffective', 'Effective', { required: true }),
    note('PwReason', 'Reason', { required: true }),
    text('PwChangedBy', 'Changed by'),
    clientKey(),
  ],
  versioning: { enabled: false },
  security: 'pupil-folder',
  retention: senFileRetention('Changes of SEN tier and provision are part of the SEN file: date of birth + 31 years (IRMS toolkit).'),
};
