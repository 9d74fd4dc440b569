import { learningLogEntrySchema, learningLogKey, learningLogSchema, type LearningLog, type LearningLogEntry } from '../../../domain';
import { learningLogEntriesList } from '../../../lists/declared/learningLogEntries';
import { learningLogsList } from '../../../lists/declared/learningLogs';
import { createRecordMapper } from '../recordMapper';

/** The stored log: the domain log plus its unique key ('12-2026/27-Autumn'), which makes a second log for a term impossible. */
export type StoredLearningLog = LearningLog & { readonly logKey?: string };

/** Appendix 3 learning logs ('Pathways Learning Logs'): one per pupil per term, in each pupil's folder. */
export const learningLogMapper = createRecordMapper<StoredLearningLog>({
  list: learningLogsList,
  schema: learningLogSchema.transform((log) => ({ ...log, logKey: learningLogKey(log) })),
  title: (log) => `${log.term} ${log.academicYear}`,
  json: ['subjects', 'reportComments'],
  fields: {
    pupilId: 'PwPupil',
    logKey: 'PwLogKey',
    academicYear: 'PwAcademicYear',
    term: 'PwTerm',
    subjects: 'PwSubjects',
    reportComments: 'PwReportComments',
  },
});

/** Dated entries per subject ('Pathways Learning Log Entries'), in each pupil's folder. */
export const learningLogEntryMapper = createRecordMapper<LearningLogEntry>({
  list: learningLogEntriesList,
  schema: learningLogEntrySchema,
  title: (e) => `${e.subject} ${e.entryDate}`,
  fields: {
    logId: 'PwLog',
    pupilId: 'PwPupil',
    subject: 'PwSubject',
    entryDate: 'PwEntryDate',
    teacher: 'PwTeacher',
    entry: 'PwEntry',
    highlight: 'PwHighlight',
  },
});
