import type { Pip, Pupil } from '../../../../src/domain';

/** Fictional pupils and PIPs for the PIP web part tests. */
export function pupil(id: number, firstName: string, lastName: string, over: Partial<Pupil> = {}): Pupil {
  return {
    id,
    pupilRef: `PH-${String(id).padStart(4, '0')}`,
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
    fsm: true,
    pp: false,
    lac: false,
    cin: false,
    cp: false,
    yos: false,
    medical: false,
    parentName: 'Jo Carter',
    parentAddress: '4 Elm Row, Exampletown, EX2 3CD',
    ...over,
  };
}

export const SAM = pupil(1, 'Sam', 'Carter', { lac: true });
export const NOOR = pupil(2, 'Noor', 'Haddad');
export const KIT = pupil(3, 'Kit', 'Marlow');

export const SAM_PIP: Pip = {
  id: 1,
  pupilId: 1,
  status: 'Active',
  startDate: '2026-09-07',
  plannedEndDate: '2026-12-18',
  reasons: ['Extended period of non-attendance'],
  interventions: [],
  targets: ['Attend every timetabled session for three weeks', 'Complete one maths task each session'],
  timetables: [
    {
      effectiveFrom: '2026-09-07',
      slots: [
        { day: 'Monday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'English and maths' },
        { day: 'Wednesday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'Science' },
      ],
    },
  ],
  notBehaviourManagement: true,
  parentSignOff: { name: 'Jo Carter', date: '2026-09-03', relationship: 'Mother', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Hale' },
  serviceSignOff: { name: 'Rowan Hale', date: '2026-09-03' },
};

/** Friday 20/11/2026, 10:00 in London. */
export const NOW = new Date('2026-11-20T10:00:00Z');
