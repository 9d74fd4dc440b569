/**
 * The one builder for a pupil record in tests: the fewest fields a valid record needs, then the caller's overrides.
 * `FULL_DETAILS` adds everything the enrolment form records (UPN, contacts, agencies, referral), all fictional.
 */
import type { Pupil, PupilChange } from '../../src/domain';

export function pupilRecord(ref: string, overrides: Partial<Pupil> = {}): Pupil {
  return {
    pupilRef: ref,
    firstName: `First${ref.replace(/\W/g, '')}`,
    lastName: `Last${ref.replace(/\W/g, '')}`,
    dateOfBirth: '2013-05-14',
    yearGroup: '8',
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
    ...overrides,
  };
}

/** Valid UPNs (check letters computed by the DfE rule) for fictional pupils. */
export const UPNS = ['T936123450017', 'N936123450024', 'D330015260012', 'U93612345001A'] as const;

/** Everything the enrolment form records beyond the minimum, for a looked-after pupil with SEN support. */
export const FULL_DETAILS: Partial<Pupil> = {
  upn: UPNS[0],
  preferredName: 'Jojo',
  senProvision: 'K',
  supportTier: 'Targeted SEN intervention',
  primaryNeed: 'SEMH',
  secondaryNeed: 'SLCN',
  lac: true,
  lacLocalAuthority: 'Marlvale City Council',
  socialWorkerName: 'Robin Vale',
  socialWorkerPhone: '01632 960001',
  socialWorkerEmail: 'robin.vale@example.org',
  otherAgencies: 'CAMHS',
  agencyContacts: [{ agency: 'CAMHS', worker: 'Dr Sam Reed', role: 'Clinical psychologist', phone: '01632 960002' }],
  parentName: 'Morgan Hale',
  parentRelationship: 'Foster carer',
  parentHasResponsibility: false,
  parentAddress: '1 Example Row, Exampletown, EX1 1AA',
  parentEmail: 'morgan.hale@example.com',
  parentPhone: '07700 900001',
  otherCarers: [{ name: 'Alex Hale', relationship: 'Mother', parentalResponsibility: true, phone: '07700 900002' }],
  emergencyContacts: [{ name: 'Jamie Hale', relationship: 'Aunt', phone: '07700 900003' }],
  medical: true,
  healthCarePlanRef: 'IHCP-2026-014 (SENCO office)',
  referralRoute: 'LA panel (ESNAP)',
  referralDate: '2026-07-01',
  commissioningRef: 'ESNAP minute 2026/118',
  commissioningNotes: '25 hours a week for two terms, reviewed every six weeks with the home school.',
};

/** A move from universal support to a targeted SEN intervention, effective Monday 16/11/2026. */
export function pupilChangeRecord(pupilId: number, overrides: Partial<PupilChange> = {}): PupilChange {
  return {
    pupilId,
    kind: 'Support tier',
    from: 'Universal',
    to: 'Targeted SEN intervention',
    effective: '2026-11-16',
    reason: 'Reading assessment shows a gap of two years',
    changedBy: 'senco@pathways.example.org',
    ...overrides,
  };
}
