import { TERMS } from '../../domain/vocabulary';
import { choice, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const learningLogsList: ListDefinition = {
  key: 'learningLogs',
  title: 'Pathways Learning Logs',
  url: 'Lists/PwLearningLogs',
  description: 'One learning log per pupil per term: Appendix 3.',
  fields: [
    pupilLookup(),
    text('PwLogKey', 'Log key', { required: true, indexed: true, unique: true }),
    text('PwAcademicYear', 'Academic year', { required: true, maxLength: 9 }),
    choice('PwTerm', 'Term', TERMS, { required: true }),
    note('PwSubjects', 'Subjects and teachers (JSON)'),
    note('PwReportComments', 'Termly report comments (JSON)', { description: 'What staff wrote for the term’s progress report, kept apart from the document so a new version keeps it.' }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: pupilRecordRetention('Learning log: part of the pupil record, until the 25th birthday (IRMS toolkit).'),
};
