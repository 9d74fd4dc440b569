import { isValidIsoDate } from '../../src/domain/dates/isoDates';
import { generateRegisters } from './attendanceMarks';
import { DEMO_ACADEMIC_YEAR } from './calendar';
import { generateLearningLogs } from './learningLogs';
import { generateBaselines } from './baselines';
import { generateHeldMeetings } from './heldMeetings';
import { generateMeetings } from './meetings';
import { generatePips } from './pips';
import { generatePupils, patternOfRole } from './pupils';
import { forkRng } from './random';
import { buildSchoolContacts, buildSchools } from './schools';
import { PRU_STAFF } from './staff';
import type { AttendancePattern, DemoData, GenerateDemoDataOptions } from './types';

export const DEFAULT_DEMO_SEED = 20261120;
export const DEFAULT_DEMO_TODAY = '2026-11-20';

/**
 * The demo data set for the local workbench: pure and deterministic (same options → byte-identical output).
 * Every record has passed its domain schema; records refer to each other by stable keys (see types.ts).
 * The attendance patterns are tuned for the autumn term 2026 and the default `today`.
 */
export function generateDemoData(options: GenerateDemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const today = options.today ?? DEFAULT_DEMO_TODAY;
  if (!Number.isInteger(seed)) throw new Error(`Demo data: the seed must be a whole number, not ${seed}`);
  if (!isValidIsoDate(today)) throw new Error(`Demo data: today must be an ISO date (yyyy-mm-dd), not '${today}'`);

  const schools = buildSchools();
  const schoolContacts = buildSchoolContacts();
  const cast = generatePupils(forkRng(seed, 'pupils'), schools, schoolContacts, today);
  const pips = generatePips(cast);
  const registers = generateRegisters(forkRng(seed, 'registers'), cast, pips, today);
  const learning = generateLearningLogs(forkRng(seed, 'learning'), cast, registers.marks);
  const reviewMeetings = generateMeetings(forkRng(seed, 'meetings'), cast, pips, schoolContacts, today);
  const heldMeetings = generateHeldMeetings(cast, reviewMeetings, today);

  const patterns: Record<string, AttendancePattern> = {};
  for (const p of cast.pupils) patterns[p.demo.key] = patternOfRole(p.role);
  const keysWith = (pattern: AttendancePattern): string[] => cast.pupils.filter((p) => patternOfRole(p.role) === pattern).map((p) => p.demo.key);

  return {
    seed,
    today,
    academicYear: DEMO_ACADEMIC_YEAR,
    staff: PRU_STAFF.map((s) => ({ ...s, subjects: s.subjects.slice() })),
    schools,
    schoolContacts,
    pupils: cast.pupils.map((p) => p.demo),
    attendanceMarks: registers.marks,
    attendanceAmendments: registers.amendments,
    pips: pips.pips,
    pipReviews: pips.reviews,
    learningLogs: learning.logs,
    learningLogEntries: learning.entries,
    reviewMeetings,
    heldMeetings,
    baselines: generateBaselines(cast, today),
    scenarios: {
      patterns,
      persistentAbsentees: keysWith('persistent'),
      severeAbsentee: cast.byRole('severe').demo.key,
      penaltyThreshold: cast.byRole('penalty-threshold').demo.key,
      pipPupils: keysWith('pip'),
      reviewedPip: pips.reviews[0]?.pipKey ?? '',
      ehcpReviewOverdue: cast.ehcpOverdue.demo.key,
    },
  };
}
