import { pupilSchema } from '../../../src/domain/pupils/pupil';
import { issuesOf } from '../helpers';

const pupil = {
  pupilRef: 'PW-0042',
  firstName: 'Amara',
  lastName: 'Okafor',
  dateOfBirth: '2012-05-14',
  yearGroup: '9',
  enrolmentDate: '2025-09-03',
  registration: 'Dual',
  homeSchoolId: 4,
  namedContactIds: [11, 12],
  leadTutorEmail: 'leo.brennan@pathways.example.org',
  supportTier: 'Targeted SEN intervention',
  senProvision: 'K',
  primaryNeed: 'SEMH',
  secondaryNeed: 'SLCN',
  fsm: true,
  parentName: 'Grace Okafor',
  parentEmail: 'grace.okafor@example.org',
  parentPhone: '07700 900123',
  lastYearAttendance: 71.5,
};

describe('Pupil', () => {
  it('accepts a full record and applies defaults', () => {
    const r = pupilSchema.parse(pupil);
    expect(r.monitoring).toBe(false);
    expect(r.lac).toBe(false);
    expect(r.fsm).toBe(true);
  });
  it('accepts a single-registered pupil with no SEN and no needs', () => {
    expect(
      issuesOf(pupilSchema, { ...pupil, registration: 'Single', homeSchoolId: undefined, senProvision: 'N', primaryNeed: undefined, secondaryNeed: undefined }),
    ).toEqual({});
  });
  it('requires a home school for dual registration', () => {
    expect(issuesOf(pupilSchema, { ...pupil, homeSchoolId: undefined })).toEqual({
      homeSchoolId: ['Choose the home school: a dual-registered pupil must have one'],
    });
  });
  it('requires the secondary need to differ from the primary need', () => {
    expect(issuesOf(pupilSchema, { ...pupil, secondaryNeed: 'SEMH' })).toEqual({
      secondaryNeed: ['Secondary need must differ from the primary need'],
    });
    expect(issuesOf(pupilSchema, { ...pupil, primaryNeed: undefined })).toEqual({
      secondaryNeed: ['Choose the primary need before a secondary need'],
    });
  });
  it('rejects a need for a pupil with no SEN provision', () => {
    expect(issuesOf(pupilSchema, { ...pupil, senProvision: 'N', secondaryNeed: undefined })).toEqual({
      primaryNeed: ['A need can only be recorded for a pupil with SEN support (K) or an EHC plan (E)'],
    });
  });
  it('does not reject NSA with an EHC plan (only a warning)', () => {
    expect(issuesOf(pupilSchema, { ...pupil, senProvision: 'E', primaryNeed: 'NSA', secondaryNeed: undefined })).toEqual({});
  });
  it('checks dates', () => {
    expect(issuesOf(pupilSchema, { ...pupil, leavingDate: '2025-09-01' })).toEqual({
      leavingDate: ['Leaving date must not be before the enrolment date'],
    });
    expect(issuesOf(pupilSchema, { ...pupil, enrolmentDate: '2010-01-01' })).toEqual({
      enrolmentDate: ['Enrolment date must be after the date of birth'],
    });
    expect(issuesOf(pupilSchema, { ...pupil, dateOfBirth: '14/05/2012' })).toEqual({});
    expect(issuesOf(pupilSchema, { ...pupil, dateOfBirth: '2012-13-14' })).toEqual({ dateOfBirth: ['Enter the date as dd/mm/yyyy'] });
  });
  it('rejects bad codes, e-mails, phones, ids and percentages with field messages', () => {
    const issues = issuesOf(pupilSchema, {
      ...pupil,
      id: 0,
      yearGroup: '14',
      supportTier: 'Gold',
      parentEmail: 'grace',
      parentPhone: '123',
      lastYearAttendance: 101,
      firstName: '',
    });
    expect(Object.keys(issues).sort()).toEqual(
      ['firstName', 'id', 'lastYearAttendance', 'parentEmail', 'parentPhone', 'supportTier', 'yearGroup'].sort(),
    );
    expect(issues.yearGroup).toEqual(['Choose the year group']);
    expect(issues.firstName).toEqual(['Enter the first name']);
  });
  it('treats blank optional text as not given', () => {
    expect(pupilSchema.parse({ ...pupil, parentEmail: '', leavingDate: '' }).parentEmail).toBeUndefined();
  });
});
