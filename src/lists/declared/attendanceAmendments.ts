import { SESSIONS } from '../../domain/vocabulary';
import { choice, clientKey, date, dateTime, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const attendanceAmendmentsList: ListDefinition = {
  key: 'attendanceAmendments',
  title: 'Pathways Attendance Amendments',
  url: 'Lists/PwAttendanceAmendments',
  description: 'Every change to a saved mark: original code, new code, reason, who and when.',
  fields: [
    pupilLookup(),
    date('PwDate', 'Date', { required: true, indexed: true }),
    choice('PwSession', 'Session', SESSIONS, { required: true }),
    text('PwOriginalCode', 'Original code', { required: true, maxLength: 3 }),
    text('PwNewCode', 'New code', { required: true, maxLength: 3 }),
    note('PwReason', 'Reason', { required: true }),
    text('PwAmendedBy', 'Amended by', { required: true }),
    dateTime('PwAmendedAt', 'Amended at', { required: true }),
    clientKey(),
  ],
  versioning: { enabled: false },
  security: 'pupil-folder',
  retention: {
    from: 'entry date',
    years: 6,
    settingKey: 'attendanceRegisterYears',
    basis: 'Part of the attendance register (SAPR 2024 reg 7).',
  },
};
