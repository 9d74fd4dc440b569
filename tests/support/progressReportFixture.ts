/** A pupil's term of records for progress-report tests (fictional): one week of registers, a PIP, targets, assessments, learning log. */
import { NO_COMMENTS, termPeriods, type ProgressReportInput } from '../../src/domain';
import { pipRecord } from './pipBuilder';
import { pupilRecord } from './pupilBuilder';
import { assessmentRecord, learningEntryRecord, targetRecord } from './sendBuilders';
import { settingsWith } from './settingsBuilders';

export const settings = settingsWith();
const autumn = termPeriods(settings).find((p) => p.label === 'Autumn term 2026/27');
if (!autumn) throw new Error('The default settings have no Autumn term 2026/27');
export const PUPIL = 7;
const mark = (date: string, session: 'AM' | 'PM', code: string, pupilId = PUPIL) => ({ pupilId, date, session, code });

/** Week of Monday 09/11/2026: every morning present; afternoons C2, present, O, present, I. */
const WEEK = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'];
const PM = ['C2', '/', 'O', '/', 'I'];
const marks = [
  ...WEEK.flatMap((d, i) => [mark(d, 'AM', '/'), mark(d, 'PM', PM[i])]),
  mark('2026-07-01', 'AM', 'O'), // last school year
  mark('2026-12-01', 'AM', 'O'), // after "today"
  mark('2026-11-10', 'AM', 'O', 99), // another pupil
];

export function progressInput(change: Partial<ProgressReportInput> = {}): ProgressReportInput {
  return {
    pupil: { ...pupilRecord('PH-0007', { preferredName: 'Jo' }), id: PUPIL },
    homeSchool: 'Example Academy',
    serviceName: settings.service.name,
    period: autumn as NonNullable<typeof autumn>,
    today: '2026-11-20',
    settings,
    marks,
    pips: [{ ...pipRecord(PUPIL, { startDate: '2026-11-09', plannedEndDate: '2026-12-18', timetables: [{ effectiveFrom: '2026-11-09', slots: [{ day: 'Monday', start: '09:30', end: '12:00', location: 'Centre', curriculum: 'English' }] }] }), id: 3 }],
    targets: [
      { ...targetRecord(PUPIL, { source: 'PIP', outcome: 'Attend every Monday morning', dueDate: '2026-12-18', progress: [{ date: '2026-10-01', note: 'Settling in', rating: 2 }, { date: '2026-11-12', note: 'Attended every Monday', rating: 4 }] }), id: 1 },
      { ...targetRecord(PUPIL, { outcome: 'Finished last year', dueDate: '2026-07-10', closed: true, progress: [{ date: '2026-07-01', note: 'Met', rating: 5 }] }), id: 2 },
      { ...targetRecord(PUPIL, { outcome: 'Uses a calm-down card', dueDate: '2026-10-30', closed: true }), id: 4 },
      { ...targetRecord(PUPIL, { source: 'EHC plan outcome', outcome: 'Communicates needs to adults' }), id: 10 },
      { ...targetRecord(PUPIL, { source: 'EHC plan outcome', sourceId: 10, outcome: 'Asks for help in lessons', closed: true }), id: 11 },
      { ...targetRecord(PUPIL, { source: 'EHC plan outcome', sourceId: 10, outcome: 'Explains a worry to a named adult', dueDate: '2027-07-16' }), id: 12 },
    ],
    assessments: [
      assessmentRecord(PUPIL, { kind: 'Baseline', subject: 'Reading', assessedOn: '2026-09-03', score: undefined, readingAgeMonths: 110 }),
      assessmentRecord(PUPIL, { kind: 'Reading age', subject: 'Reading', assessedOn: '2026-11-10', score: undefined, readingAgeMonths: 118 }),
      assessmentRecord(PUPIL, { kind: 'Baseline', subject: 'Maths', assessedOn: '2026-09-03', score: 85 }),
      assessmentRecord(PUPIL, { subject: 'Maths', assessedOn: '2026-10-20', score: 88 }),
      assessmentRecord(PUPIL, { subject: 'Maths', assessedOn: '2026-11-18', score: 91 }),
      assessmentRecord(PUPIL, { subject: 'Maths', assessedOn: '2026-12-01', score: 99 }),
      assessmentRecord(PUPIL, { subject: 'English', assessedOn: '2026-06-01', score: 70 }),
    ],
    entries: [
      learningEntryRecord(PUPIL, { subject: 'Maths', entryDate: '2026-10-05', highlight: true, entry: 'Solved a two-step problem unaided.' }),
      learningEntryRecord(PUPIL, { subject: 'Maths', entryDate: '2026-10-06' }),
      learningEntryRecord(PUPIL, { subject: 'Art', entryDate: '2026-11-02', highlight: true, entry: 'Finished a clay tile.' }),
      learningEntryRecord(PUPIL, { subject: 'Science', entryDate: '2026-07-01', highlight: true }),
    ],
    behaviour: [
      { pupilId: PUPIL, day: '2026-11-09', kind: 'Engagement', engagement: 4 },
      { pupilId: PUPIL, day: '2026-11-10', kind: 'Engagement', engagement: 2 },
      { pupilId: PUPIL, day: '2026-11-12', kind: 'Incident' },
      { pupilId: PUPIL, day: '2026-07-01', kind: 'Incident' }, // last school year
    ],
    comments: { ...NO_COMMENTS, leadTutor: 'A settled half-term.', nextSteps: 'Two afternoons a week from January\n\n' },
    ...change,
  };
}
