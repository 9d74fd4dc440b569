import { learningLogEntrySchema } from '../../src/domain/learning/learningLogEntry';
import { learningLogSchema } from '../../src/domain/learning/learningLog';
import type { IsoDate } from '../../src/domain/dates/isoDates';
import { DEMO_ACADEMIC_YEAR } from './calendar';
import { ENTRY_PHRASES, HIGHLIGHT_PHRASES } from './learningPhrases';
import type { PupilCast } from './pupils';
import type { Rng } from './random';
import { teacherOf } from './staff';
import type { DemoAttendanceMark, DemoLearningLog, DemoLearningLogEntry } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

const PRIMARY_SUBJECTS = ['Literacy', 'Numeracy', 'Topic', 'Outdoor learning'];
const SECONDARY_CORE = ['English', 'Maths', 'Science', 'PSHE'];

export interface LearningLogsResult {
  logs: DemoLearningLog[];
  entries: DemoLearningLogEntry[];
}

/** Days the pupil was in (present or late in at least one session). */
function daysPresent(marks: readonly DemoAttendanceMark[], pupilKey: string): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const m of marks) {
    if (m.pupilKey !== pupilKey) continue;
    if (m.mark.code === '/' || m.mark.code === '\\' || m.mark.code === 'L') days.add(m.mark.date);
  }
  return Array.from(days).sort();
}

/** One autumn 2026 learning log per pupil, and 3–8 dated entries by the teachers of its subjects. */
export function generateLearningLogs(rng: Rng, cast: PupilCast, marks: readonly DemoAttendanceMark[]): LearningLogsResult {
  const logs: DemoLearningLog[] = [];
  const entries: DemoLearningLogEntry[] = [];
  for (const cp of cast.pupils) {
    const { key, pupil } = cp.demo;
    const subjectNames = cp.phase === 'primary' ? PRIMARY_SUBJECTS : [...SECONDARY_CORE, rng.pick(['Art', 'Outdoor learning'])];
    const teachers = subjectNames.map(teacherOf);
    const log = parseOrThrow(
      learningLogSchema,
      {
        pupilId: PLACEHOLDER_ID,
        academicYear: DEMO_ACADEMIC_YEAR,
        term: 'Autumn',
        subjects: subjectNames.map((subject, i) => ({ subject, teacher: teachers[i].displayName })),
      },
      `learning log ${key}`,
    );
    const logKey = `${key}-${DEMO_ACADEMIC_YEAR}-Autumn`;
    logs.push({ key: logKey, pupilKey: key, log: withoutKeys(log, ['id', 'pupilId']), teacherEmails: teachers.map((t) => t.email) });

    const days = daysPresent(marks, key);
    const dates = rng.sample(days, rng.int(3, 8)).sort();
    for (const date of dates) {
      const s = rng.int(0, subjectNames.length - 1);
      const highlight = rng.chance(0.1);
      const text = (highlight ? rng.pick(HIGHLIGHT_PHRASES) : rng.pick(ENTRY_PHRASES[subjectNames[s]])).split('{name}').join(pupil.firstName);
      const entry = parseOrThrow(
        learningLogEntrySchema,
        {
          logId: PLACEHOLDER_ID,
          pupilId: PLACEHOLDER_ID,
          subject: subjectNames[s],
          entryDate: date,
          teacher: teachers[s].displayName,
          entry: text,
          highlight,
        },
        `learning log entry ${key} ${date}`,
      );
      entries.push({ logKey, pupilKey: key, teacherEmail: teachers[s].email, entry: withoutKeys(entry, ['id', 'logId', 'pupilId']) });
    }
  }
  return { logs, entries };
}
