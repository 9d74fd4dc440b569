import { note, pupilLookup, text } from '../fieldBuilders';
import { sessionColumns } from './columns';
import type { ListDefinition } from '../types';

export const attendanceWeeksList: ListDefinition = {
  key: 'attendanceWeeks',
  title: 'Pathways Attendance',
  url: 'Lists/PwAttendance',
  description: 'One item per pupil per school week: the ten session marks, Monday AM to Friday PM.',
  fields: [
    pupilLookup(),
    text('PwWeek', 'Week beginning (yyyy-mm-dd)', {
      required: true,
      indexed: true,
      maxLength: 10,
      description: 'ISO date of the Monday: exact, time-zone free equality and range filters on an indexed column.',
    }),
    text('PwWeekKey', 'Week key', { required: true, indexed: true, unique: true }),
    text('PwAcademicYear', 'Academic year', { required: true, indexed: true, maxLength: 9 }),
    ...sessionColumns,
    note('PwSessionDetail', 'Session detail (JSON)', {
      description: 'Per session: minutes late, arrival time, who recorded it and when.',
    }),
  ],
  versioning: { enabled: true, majorVersionLimit: 500 },
  security: 'pupil-folder',
  retention: {
    from: 'entry date',
    years: 6,
    settingKey: 'attendanceRegisterYears',
    basis: 'Attendance register: 6 years from the entry (SAPR 2024 reg 7).',
  },
};
