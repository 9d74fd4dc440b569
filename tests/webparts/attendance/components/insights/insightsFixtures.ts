import { addDays, type AttendanceMark, type Pupil, type School } from '../../../../../src/domain';

/** Fictional pupils and schools for the insight views. "Today" is Friday 20/11/2026 (createFakeServices' default). */
export const NOW = new Date('2026-11-20T10:00:00Z');

export const schools: School[] = [
  { id: 1, name: 'Riverside Academy', urn: '100001', phase: 'Secondary', email: 'office@riverside.example.org', active: true },
  { id: 2, name: 'Hillview Primary', urn: '100002', phase: 'Primary', email: 'office@hillview.example.org', active: true },
];

function pupil(id: number, firstName: string, lastName: string, extra: Partial<Pupil>): Pupil {
  return {
    id,
    pupilRef: `PH-000${id}`,
    firstName,
    lastName,
    dateOfBirth: '2012-03-04',
    yearGroup: '9',
    enrolmentDate: '2026-09-02',
    registration: 'Dual',
    homeSchoolId: 1,
    namedContactIds: [],
    supportTier: 'Universal',
    senProvision: 'N',
    monitoring: false,
    fsm: false,
    pp: false,
    lac: false,
    cin: false,
    cp: false,
    yos: false,
    medical: false,
    ...extra,
  };
}

export const pupils: Pupil[] = [
  pupil(1, 'Tamsin', 'Ashdown', { yearGroup: '9', senProvision: 'K', primaryNeed: 'SEMH' }),
  pupil(2, 'Kit', 'Marlow', { yearGroup: '10', homeSchoolId: 2, supportTier: 'Specialist offer' }),
  pupil(3, 'Rowan', 'Pellew', { yearGroup: '10', senProvision: 'E', primaryNeed: 'ASD' }),
  pupil(4, 'Juniper', 'Quayle', { yearGroup: '7', registration: 'Single', homeSchoolId: undefined }),
];

const STAFF = 'attendance.officer@pathways.example.org';

/** Ten sessions (Mon–Fri, AM and PM) from `monday`; `codes` cycles. */
export function week(pupilId: number, monday: string, codes: string | string[]): AttendanceMark[] {
  const list = Array.isArray(codes) ? codes : [codes];
  const out: AttendanceMark[] = [];
  for (let i = 0; i < 10; i++) {
    const date = addDays(monday, Math.floor(i / 2));
    const session = i % 2 === 0 ? 'AM' : 'PM';
    const raw = list[i % list.length];
    const code = raw === '/' && session === 'PM' ? '\\' : raw;
    out.push({ pupilId, date, session, code, recordedBy: STAFF, recordedAt: `${date}T09:10:00Z`, ...(code === 'L' ? { minutesLate: 12 } : {}) });
  }
  return out;
}

/** Autumn 2026 school weeks from 02/11 (after half-term) to 16/11. */
const WEEKS = ['2026-11-02', '2026-11-09', '2026-11-16'];

/**
 * Tamsin: 27 of 30 = 90% (Stage 2, PA at exactly 10%), with 3 O.
 * Kit: 13 unauthorised sessions (G/N/O/U) in three weeks = penalty threshold met; 17 of 30 = 56.7% (Stage 3, PA).
 * Rowan: 100% → 2 prize tickets this week; plus 15 days of illness in September and October (illness return).
 * Juniper: 100%, with one L (late, counts as present).
 */
export const marks: AttendanceMark[] = [
  ...week(1, WEEKS[0], '/'),
  ...week(1, WEEKS[1], ['/', '/', '/', '/', '/', '/', '/', '/', '/', 'O']),
  ...week(1, WEEKS[2], ['/', '/', '/', '/', '/', '/', '/', '/', 'O', 'O']),
  ...week(2, WEEKS[0], ['/', 'N', '/', 'O', 'N', '/', '/', '/', '/', 'O']),
  ...week(2, WEEKS[1], ['/', 'N', '/', 'O', 'N', '/', '/', 'O', 'U', 'O']),
  ...week(2, WEEKS[2], ['/', 'O', '/', 'O', 'G', '/', '/', '/', '/', '/']),
  ...['2026-09-14', '2026-09-21', '2026-09-28'].flatMap((m) => week(3, m, 'I')),
  ...WEEKS.flatMap((m) => week(3, m, '/')),
  ...WEEKS.flatMap((m) => week(4, m, ['/', 'L', '/', '/', '/'])),
];
