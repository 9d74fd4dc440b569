/** Fictional records for the Review meetings component tests. Today is Friday 20/11/2026, 10:00 London. */
import type { AttendanceMark, LearningLog, LearningLogEntry, Pupil, ReviewMeeting, School, SchoolContact, Target } from '../../../../src/domain';
import { DEFAULT_SETTINGS, schoolDaysBetween } from '../../../../src/domain';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const STAFF = 'attendance.officer@pathways.example.org';

export const SCHOOL: School = { id: 1, name: 'Oakfield Academy', urn: '140001', phase: 'Secondary', email: 'office@oakfield.example.sch.uk', active: true };
export const CONTACTS: SchoolContact[] = [
  { id: 11, schoolId: 1, fullName: 'Casey Lund', role: 'Head of year', email: 'casey.lund@oakfield.example.sch.uk', notify: true },
  { id: 12, schoolId: 1, fullName: 'Priya Sandhu', role: 'SENCO', email: 'p.sandhu@oakfield.example.sch.uk', notify: true },
];

const base = {
  dateOfBirth: '2012-03-04',
  registration: 'Dual' as const,
  homeSchoolId: 1,
  supportTier: 'Universal' as const,
  senProvision: 'K' as const,
  monitoring: false,
  fsm: false,
  pp: false,
  lac: false,
  cin: false,
  cp: false,
  yos: false,
  medical: false,
};

/** Placement review overdue (last one 05/10/2026 + 6 weeks = 16/11/2026). */
export const AVA: Pupil = {
  ...base,
  id: 4,
  pupilRef: 'PH-0004',
  firstName: 'Ava',
  lastName: 'Brook',
  yearGroup: '9',
  enrolmentDate: '2026-09-02',
  placementStart: '2026-09-07',
  lastPlacementReview: '2026-10-05',
  namedContactIds: [11],
  parentName: 'Theo Brook',
  parentEmail: 'theo.brook@example.com',
};

/** Next placement review not due for weeks. */
export const BEN: Pupil = { ...base, id: 5, pupilRef: 'PH-0005', firstName: 'Ben', lastName: 'Cole', yearGroup: '8', enrolmentDate: '2026-09-02', placementStart: '2026-11-09', namedContactIds: [] };

export const AVA_TARGET: Target = {
  id: 70,
  pupilId: 4,
  source: 'SEN support plan',
  outcome: 'Arrive by 09:00 four days in five',
  measure: 'Register',
  dueDate: '2026-12-18',
  progress: [{ date: '2026-11-02', note: 'On time three days in five', rating: 3 }],
  closed: false,
};

export const AVA_LOG: LearningLog = { id: 80, pupilId: 4, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'English', teacher: 'Rowan Pike' }] };
export const AVA_HIGHLIGHT: LearningLogEntry = {
  id: 81,
  logId: 80,
  pupilId: 4,
  subject: 'English',
  entryDate: '2026-11-12',
  teacher: 'Rowan Pike',
  entry: 'Read the whole chapter aloud to the group',
  highlight: true,
};

/** Ava: present every session from 05/10 except two unauthorised absences. */
export function avaMarks(): AttendanceMark[] {
  return schoolDaysBetween('2026-10-05', '2026-11-19', DEFAULT_SETTINGS).flatMap((date) =>
    (['AM', 'PM'] as const).map((session) => ({
      pupilId: 4,
      date,
      session,
      code: date === '2026-11-04' ? 'O' : session === 'AM' ? '/' : '\\',
      recordedBy: STAFF,
      recordedAt: `${date}T09:05:00Z`,
    })),
  );
}

export const AVA_MEETING: ReviewMeeting = {
  id: 300,
  pupilId: 4,
  kind: 'Placement review',
  status: 'Scheduled',
  start: '2026-11-20T09:30:00Z',
  end: '2026-11-20T10:30:00Z',
  eventId: 'EVT-300',
  invitedAt: '2026-11-06T09:00:00Z',
  joinUrl: 'https://teams.example.org/l/meetup-join/300',
  chatThreadId: '19:meeting_ava300@thread.v2',
  attendees: [
    { name: 'Attendance Officer', email: STAFF, kind: 'pru-staff' },
    { name: 'Casey Lund', email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' },
  ],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
};

export const AVA_LAST_REVIEW: ReviewMeeting = {
  id: 299,
  pupilId: 4,
  kind: 'Placement review',
  status: 'Held',
  start: '2026-10-05T13:00:00Z',
  end: '2026-10-05T14:00:00Z',
  attendees: [{ email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' }],
  outcomes: ['Continue the placement'],
  targetOutcomes: [],
  actions: [{ text: 'Share the reading plan with home', owner: 'Rowan Pike', due: '2026-10-16' }],
};

export function services(data: FakeData = {}) {
  return createFakeServices({
    pupils: [AVA, BEN],
    schools: [SCHOOL],
    contacts: CONTACTS,
    marks: avaMarks(),
    targets: [AVA_TARGET],
    learningLogs: [AVA_LOG],
    learningLogEntries: [AVA_HIGHLIGHT],
    now: NOW,
    ...data,
  });
}
