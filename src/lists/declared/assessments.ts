import { ASSESSMENT_KINDS } from '../../domain/vocabulary';
import { choice, clientKey, date, integer, note, number, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { senFileRetention } from '../retentionRules';

export const assessmentsList: ListDefinition = {
  key: 'assessments',
  title: 'Pathways Assessments',
  url: 'Lists/PwAssessments',
  description: 'Baseline assessments, standardised scores and half-termly tracking.',
  fields: [
    pupilLookup(),
    choice('PwKind', 'Kind', ASSESSMENT_KINDS, { required: true }),
    text('PwSubject', 'Subject', { required: true }),
    date('PwAssessedOn', 'Assessed on', { required: true }),
    text('PwInstrument', 'Assessment used'),
    number('PwScore', 'Score'),
    integer('PwReadingAgeMonths', 'Reading age (months)'),
    note('PwComment', 'Comment'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 20 },
  security: 'pupil-folder',
  retention: senFileRetention('Assessments of SEN are part of the SEN file: date of birth + 31 years (IRMS toolkit).'),
};
