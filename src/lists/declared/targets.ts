import { TARGET_SOURCES } from '../../domain/vocabulary';
import { boolean, choice, clientKey, date, integer, note, pupilLookup } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const targetsList: ListDefinition = {
  key: 'targets',
  title: 'Pathways Targets',
  url: 'Lists/PwTargets',
  description: 'SMART targets from support plans, EHC plan outcomes and reviews, with progress.',
  fields: [
    pupilLookup(),
    choice('PwSource', 'Source', TARGET_SOURCES, { required: true }),
    integer('PwSourceId', 'Source item id'),
    note('PwOutcome', 'Specific outcome', { required: true }),
    note('PwMeasure', 'Measure', { required: true }),
    date('PwDueDate', 'By when', { required: true }),
    note('PwProgress', 'Progress (JSON)'),
    boolean('PwClosed', 'Closed'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: senFileRetention('SEN support and EHC plan targets are part of the SEN file: date of birth + 31 years (IRMS toolkit).'),
};
