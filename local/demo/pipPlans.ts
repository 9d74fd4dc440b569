import type { PipReason, Weekday, PipIntervention } from '../../src/domain/vocabulary';
import type { TimetableSlot } from '../../src/domain/pip/timetableSlot';
import type { PupilRole } from './pupils';

/**
 * The five Phased Integration Plans of the demo, as fixed plans (dates in the autumn term 2026). Texts use
 * '{name}' for the pupil's first name. Hours a week: 8.5 → 15.5 (reviewed), 10, 17.75, 6, 20: every one
 * covers at least 6 of the 10 weekly sessions, so C2 alone never makes a pupil severely absent.
 */
export interface PipPlan {
  key: string;
  role: PupilRole;
  startDate: string;
  plannedEndDate: string;
  reasons: PipReason[];
  furtherInfo: string;
  riskMedical?: string;
  riskSafeguarding?: string;
  riskHome?: string;
  riskOnsite?: string;
  riskRecommendations: string;
  interventions: { intervention: PipIntervention; inPlace: boolean; completedOn?: string }[];
  targets: string[];
  timetables: { effectiveFrom: string; slots: TimetableSlot[] }[];
  exitStrategy: string;
  /** Who signs for the service: 'headteacher' or 'senco'. */
  signedBy: 'headteacher' | 'senco';
}

const ALL_DAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ROOM = 'Pathways Learning Centre, Room 3';

const slot = (day: Weekday, start: string, end: string, location: string, curriculum: string): TimetableSlot => ({
  day,
  start,
  end,
  location,
  curriculum,
});

const CORE_ROTA = ['English', 'Maths', 'English', 'Maths', 'Science'];
const every = (days: Weekday[], start: string, end: string, location: string, curricula: string[]): TimetableSlot[] =>
  days.map((d, i) => slot(d, start, end, location, curricula[i % curricula.length]));

export const PIP_PLANS: readonly PipPlan[] = [
  {
    key: 'PIP-01',
    role: 'pip-reviewed',
    startDate: '2026-09-07',
    // Ends within two weeks of the demo date: back to full time after the final review (a Today item).
    plannedEndDate: '2026-12-04',
    reasons: ['Extended period of non-attendance', 'Focused interventions to support access to learning'],
    furtherInfo:
      '{name} attended very little of the summer term at the home school. A short, predictable morning timetable is agreed so that {name} can rebuild routines and confidence before hours are increased.',
    riskMedical: 'Sleep routine is disrupted; the family is working with the school nurse on this.',
    riskHome: 'Supportive parent who works shifts; mornings can be difficult. Lead tutor call at 09:15 on days the parent is at work.',
    riskOnsite: 'Becomes anxious in busy corridors: arrives after the main group and uses the side entrance.',
    riskRecommendations: 'Keep the same room and staff where possible. Review hours at six weeks with a view to increasing them.',
    interventions: [
      { intervention: 'Lead tutor calls', inPlace: true },
      { intervention: 'Home visits', inPlace: true, completedOn: '2026-09-03' },
      { intervention: 'Attendance interventions', inPlace: true },
      { intervention: 'Outdoor learning', inPlace: true },
    ],
    targets: [
      '{name} will attend every timetabled session for four consecutive weeks by the review on 30 November 2026.',
      '{name} will complete one piece of English and one piece of Maths work each week, recorded in the learning log.',
      '{name} will arrive by 09:30 on at least four mornings each week.',
    ],
    timetables: [
      {
        effectiveFrom: '2026-09-07',
        slots: [...every(ALL_DAYS, '10:00', '11:30', ROOM, CORE_ROTA), slot('Wednesday', '13:00', '14:00', 'Forest site', 'Outdoor learning')],
      },
      {
        effectiveFrom: '2026-11-02',
        slots: [
          ...every(ALL_DAYS, '09:30', '12:00', ROOM, CORE_ROTA),
          slot('Tuesday', '13:00', '14:30', 'Art room', 'Art'),
          slot('Thursday', '13:00', '14:30', 'Forest site', 'Outdoor learning'),
        ],
      },
    ],
    exitStrategy: 'Hours increased at the six-week review; if attendance to the timetable stays above 90%, full time from Monday 7 December after the final review.',
    signedBy: 'headteacher',
  },
  {
    key: 'PIP-02',
    role: 'pip-medical',
    startDate: '2026-10-12',
    plannedEndDate: '2027-01-22',
    reasons: ['Medical reason: unfit for full-time education'],
    furtherInfo:
      '{name} is recovering from a long stay in hospital. The consultant advises a gradual return with rest in the afternoons; the plan follows the medical advice and will change when it does.',
    riskMedical: 'Tires quickly; may need rest breaks. Medication is kept in the office and given by trained staff. Care plan on file.',
    riskRecommendations: 'Ground-floor room; lift pass; staff to follow the individual healthcare plan. Review with the hospital education team.',
    interventions: [
      { intervention: 'Wellbeing check-ins', inPlace: true },
      { intervention: 'Lead tutor calls', inPlace: true },
      { intervention: 'Barriers to learning interventions', inPlace: false },
    ],
    targets: [
      '{name} will attend the four morning sessions each week for six weeks, with rest breaks as needed.',
      '{name} will keep up with the GCSE English course, completing the set reading each week.',
    ],
    timetables: [
      {
        effectiveFrom: '2026-10-12',
        slots: [
          ...every(['Monday', 'Tuesday', 'Wednesday', 'Thursday'], '09:30', '11:30', 'Pathways Learning Centre, ground-floor room', ['English', 'Maths', 'Science', 'English']),
          slot('Monday', '13:00', '14:00', 'Pathways Learning Centre, ground-floor room', 'PSHE'),
          slot('Wednesday', '13:00', '14:00', 'Pathways Learning Centre, ground-floor room', 'Maths'),
        ],
      },
    ],
    exitStrategy: 'Hours to increase in line with the consultant’s advice at each six-weekly review.',
    signedBy: 'senco',
  },
  {
    key: 'PIP-03',
    role: 'pip-risk',
    startDate: '2026-10-21',
    plannedEndDate: '2027-02-05',
    reasons: ['Supports a risk assessment (risk to self or others)', 'Focused interventions to support access to learning'],
    furtherInfo:
      'After two incidents of dysregulation in the afternoon group, a shorter day with 1-1 support in the afternoons is agreed while {name} works with the mentor on strategies.',
    riskSafeguarding: 'DSL informed of the plan and of the two incidents.',
    riskOnsite: 'Afternoons in the larger group are the main trigger. Calm space available; agreed exit card.',
    riskRecommendations: 'Afternoon sessions 1-1 or in a pair only. Debrief with the mentor after any incident.',
    interventions: [
      { intervention: '1-1 mentoring', inPlace: true },
      { intervention: 'ACT sessions', inPlace: true },
      { intervention: 'Wellbeing check-ins', inPlace: true },
    ],
    targets: [
      '{name} will use the exit card or calm space, instead of leaving the building, in every difficult moment over the next six weeks.',
      '{name} will attend both weekly afternoon mentoring sessions until the review.',
      '{name} will complete the Maths unit on ratio by the end of the autumn term.',
    ],
    timetables: [
      {
        effectiveFrom: '2026-10-21',
        slots: [
          ...every(ALL_DAYS, '09:15', '12:00', 'Pathways Learning Centre, Room 1', CORE_ROTA),
          slot('Tuesday', '12:45', '14:45', 'Mentoring room', '1-1 mentoring'),
          slot('Thursday', '12:45', '14:45', 'Mentoring room', 'ACT session'),
        ],
      },
    ],
    exitStrategy: 'Add group afternoons one at a time once there have been four weeks without an incident.',
    signedBy: 'headteacher',
  },
  {
    key: 'PIP-04',
    role: 'pip-nonattendance',
    startDate: '2026-11-02',
    plannedEndDate: '2027-01-29',
    reasons: ['Extended period of non-attendance'],
    furtherInfo:
      '{name} has found it very hard to come in since September. The plan starts with one hour a day at a quiet time, with the lead tutor meeting {name} at the door.',
    riskMedical: 'Anxiety about coming in; GP aware.',
    riskHome: 'Parent supportive and keen for the plan to work; younger siblings at home.',
    riskRecommendations: 'Same member of staff each day. Praise attendance, not work completed, for the first three weeks.',
    interventions: [
      { intervention: 'Home visits', inPlace: true, completedOn: '2026-10-21' },
      { intervention: 'Attendance interventions', inPlace: true },
      { intervention: 'GBO sessions', inPlace: true },
      { intervention: 'Lead tutor calls', inPlace: true },
    ],
    targets: [
      '{name} will attend the one-hour morning session on at least four days each week for six weeks.',
      '{name} will set and review one goals-based outcome with the lead tutor each fortnight.',
    ],
    timetables: [
      {
        effectiveFrom: '2026-11-02',
        slots: [
          ...every(ALL_DAYS, '10:00', '11:00', 'Pathways Learning Centre, quiet room', ['English', 'Maths', 'Art', 'Maths', 'English']),
          slot('Wednesday', '13:00', '14:00', 'Forest site', 'Outdoor learning'),
        ],
      },
    ],
    exitStrategy: 'Add half an hour a day at each review while attendance to the plan is above 80%.',
    signedBy: 'senco',
  },
  {
    key: 'PIP-05',
    role: 'pip-primary',
    startDate: '2026-11-16',
    plannedEndDate: '2027-02-12',
    reasons: ['Focused interventions to support access to learning'],
    furtherInfo:
      '{name} manages mornings well but finds the end of the day overwhelming. Friday afternoons are spent at home while the primary team builds a sensory-friendly afternoon routine.',
    riskOnsite: 'Sensory overload at the end of the day; ear defenders and a movement break help.',
    riskRecommendations: 'Visual timetable at the start of each session; ten-minute warning before changes.',
    interventions: [
      { intervention: 'Barriers to learning interventions', inPlace: true },
      { intervention: 'Wellbeing check-ins', inPlace: true },
      { intervention: 'Outdoor learning', inPlace: false },
    ],
    targets: [
      '{name} will take part in the first 30 minutes of each afternoon session with a movement break, for six weeks.',
      '{name} will read aloud to an adult three times a week.',
    ],
    timetables: [
      {
        effectiveFrom: '2026-11-16',
        slots: [
          ...every(ALL_DAYS, '09:00', '12:00', 'Primary base', ['Literacy', 'Numeracy', 'Literacy', 'Numeracy', 'Topic']),
          ...every(['Monday', 'Tuesday', 'Wednesday', 'Thursday'], '13:00', '14:15', 'Primary base', ['Topic', 'Art', 'Topic', 'Outdoor learning']),
        ],
      },
    ],
    exitStrategy: 'Add Friday afternoon at the first review if the afternoon routine is working.',
    signedBy: 'senco',
  },
];

/** The review of PIP-01 held at six weeks: hours increased from 8.5 to 15.5 a week from 2 November. */
export const PIP_01_REVIEW = {
  reviewDate: '2026-10-19',
  weekCommencing: '2026-11-02',
  outcomes: [
    { outcome: 'Partially met' as const, narrative: 'Attendance to the timetable has improved week by week; the sessions missed were through illness.' },
    { outcome: 'Met' as const, narrative: 'Work completed each week; proud of the persuasive letter.' },
    { outcome: 'Met' as const, narrative: 'Late only twice in six weeks.' },
  ],
  meetingNotes:
    'Review with {parent} and {name}. Everyone agreed the mornings are going well. {name} asked to try art. Hours increased to 15.5 a week from 2 November; next review 30 November.',
};
