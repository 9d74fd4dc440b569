import { boolean, clientKey, date, lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const learningLogEntriesList: ListDefinition = {
  key: 'learningLogEntries',
  title: 'Pathways Learning Log Entries',
  url: 'Lists/PwLearningLogEntries',
  description: 'Dated entries per subject by the staff who teach them.',
  fields: [
    pupilLookup(),
    lookup('PwLog', 'Learning log', 'learningLogs', { required: true, indexed: true }),
    text('PwSubject', 'Subject', { required: true }),
    date('PwEntryDate', 'Date', { required: true, indexed: true }),
    text('PwTeacher', 'Teacher', { required: true }),
    note('PwEntry', 'Entry', { required: true }),
    boolean('PwHighlight', 'Highlight for review'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 20 },
  security: 'pupil-folder',
  views: [
    {
      title: 'Home school view',
      fields: ['PwEntryDate', 'PwPupil', 'PwSubject', 'PwTeacher', 'PwEntry', 'PwHighlight'],
      orderBy: { field: 'PwEntryDate', ascending: false },
    },
  ],
  retention: pupilRecordRetention('Learning log entries: part of the pupil record, until the 25th birthday (IRMS toolkit).'),
};
