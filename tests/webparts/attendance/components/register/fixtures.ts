import type { AttendanceMark, Pupil } from '../../../../../src/domain';
import type { Saved } from '../../../../../src/data/ports';

/** Fictional pupils for the register tests. */
export function pupil(id: number, firstName: string, lastName: string, over: Partial<Pupil> = {}): Pupil {
  return {
    id,
    pupilRef: `PW${String(id).padStart(4, '0')}`,
    firstName,
    lastName,
    dateOfBirth: '2012-03-04',
    yearGroup: '9',
    enrolmentDate: '2026-09-02',
    registration: 'Single',
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
    ...over,
  };
}

export const saved = (p: Pupil): Saved<Pupil> => ({ ...p, id: p.id ?? 0, etag: '"1"' });

export const AMARA = pupil(1, 'Amara', 'Okafor', { yearGroup: '10', parentName: 'Grace Okafor', parentPhone: '07700 900123', parentEmail: 'grace.okafor@example.org' });
export const LEO = pupil(2, 'Leo', 'Brennan', { yearGroup: '8' });
export const ZAK = pupil(3, 'Zak', 'Adeyemi', { yearGroup: '11' });
/** Enrols after the test date (20/11/2026). */
export const NEWCOMER = pupil(4, 'Nia', 'Fairweather', { enrolmentDate: '2026-11-30' });

export const DATE = '2026-11-20';
export const STAFF = 'attendance.officer@pathways.example.org';

export function mark(pupilId: number, code: string, over: Partial<AttendanceMark> = {}): AttendanceMark {
  return { pupilId, date: DATE, session: 'AM', code, recordedBy: 'sam.patel@pathways.example.org', recordedAt: '2026-11-20T09:05:00Z', ...over };
}
