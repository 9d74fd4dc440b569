import { progressReport } from '../../../src/domain';
import { pipRecord } from '../../support/pipBuilder';
import { progressInput as input, PUPIL } from '../../support/progressReportFixture';

describe('progressReport: the termly progress report for one pupil', () => {
  const r = progressReport(input());

  it('reports the term to today, with a file name SharePoint accepts', () => {
    expect([r.from, r.to]).toEqual(['2026-09-02', '2026-11-20']);
    expect(r.title).toBe('Termly progress report: Autumn term 2026/27');
    expect(r.pupilName).toBe('Jo LastPH0007');
    expect(r.fileName).toBe('PH-0007 progress report Autumn term 2026-27.docx');
  });

  it('counts statutory attendance in the term only (C2 and I authorised, O unauthorised)', () => {
    const s = r.attendance.statutory;
    expect([s.possible, s.attended, s.authorised, s.unauthorised]).toEqual([10, 7, 2, 1]);
    expect(r.attendance.percent).toBe(70);
    expect(r.attendance.stage).toBe('Stage 3');
    const week = r.attendance.weeks.find((w) => w.weekStart === '2026-11-09');
    expect(week?.attendancePercent).toBe(70);
    expect(r.attendance.weeks[0].weekStart).toBe('2026-08-31');
    expect(r.attendance.weeks.every((w) => w.weekStart <= '2026-11-16')).toBe(true);
  });

  it('measures attendance against the plan week by week: only the sessions the timetable expects', () => {
    expect(r.attendance.plans).toHaveLength(1);
    const plan = r.attendance.plans[0];
    expect(plan.weeks.map((w) => [w.weekBeginning, w.expected, w.attended, w.planPercent])).toEqual([
      ['2026-11-09', 1, 1, 100],
      ['2026-11-16', 1, 0, null],
    ]);
    expect([plan.expected, plan.attended, plan.planPercent]).toEqual([2, 1, 100]);
  });

  it('runs a plan that began in an earlier term from the first day of this term', () => {
    const early = progressReport(input({ pips: [{ ...pipRecord(PUPIL, { startDate: '2026-06-01', plannedEndDate: '2026-12-18', timetables: [{ effectiveFrom: '2026-06-01', slots: [{ day: 'Monday', start: '09:30', end: '12:00', location: 'Centre', curriculum: 'English' }] }] }), id: 5 }] }));
    // The term starts on Wednesday 02/09/2026: that week has no Monday, so nothing expected.
    expect(early.attendance.plans[0].weeks.slice(0, 2).map((w) => [w.weekBeginning, w.expected])).toEqual([
      ['2026-08-31', 0],
      ['2026-09-07', 1],
    ]);
    expect(early.attendance.plans[0].startDate).toBe('2026-06-01');
  });

  it('lists targets open, due or progressed in the term, with notes of the term and the latest rating', () => {
    expect(r.targets.map((t) => [t.outcome, t.status, t.rating, t.notes.length])).toEqual([
      ['Attend every Monday morning', 'In progress', 4, 2],
      ['Uses a calm-down card', 'Achieved', undefined, 0],
    ]);
  });

  it('shows each EHC outcome with its annual targets and how many are met', () => {
    expect(r.ehcOutcomes).toHaveLength(1);
    expect(r.ehcOutcomes[0].outcome).toBe('Communicates needs to adults');
    expect(r.ehcOutcomes[0].met).toBe(1);
    expect(r.ehcOutcomes[0].targets.map((t) => t.status)).toEqual(['Achieved', 'In progress']);
  });

  it('gives assessment results with the change from the baseline, up to the end of the period', () => {
    expect(r.assessments.map((a) => [a.subject, a.kind, a.first.value, a.latest?.value, a.change])).toEqual([
      ['Maths', 'Half-termly tracking', '85', '91', '+6'],
      ['Reading', 'Reading age', '9y 2m', '9y 10m', '+8 months'],
    ]);
  });

  it('gives learning-log highlights by subject, with how many entries each subject had this term', () => {
    expect(r.learning.map((s) => [s.subject, s.entries, s.highlights.map((h) => h.entry)])).toEqual([
      ['Art', 1, ['Finished a clay tile.']],
      ['Maths', 2, ['Solved a two-step problem unaided.']],
    ]);
  });

  it('gives engagement and incidents by week from the behaviour log, in the term only', () => {
    expect(r.engagement?.weeks).toEqual([{ weekStart: '2026-11-09', rated: 2, average: 3, incidents: 1 }]);
    expect([r.engagement?.rated, r.engagement?.incidents]).toEqual([2, 1]);
    expect(progressReport(input({ behaviour: undefined })).engagement).toBeUndefined();
  });

  it('puts open targets beyond the term, then what staff wrote, in the next steps', () => {
    expect(r.nextSteps).toEqual(['Attend every Monday morning (by 18/12/2026)', 'Explains a worry to a named adult (by 16/07/2027)', 'Two afternoons a week from January']);
    expect(r.comments.leadTutor).toBe('A settled half-term.');
  });

  it('reports a whole past term to its last day', () => {
    const past = progressReport(input({ today: '2027-02-01' }));
    expect(past.to).toBe('2026-12-18');
    expect(past.attendance.statutory.unauthorised).toBe(2);
  });
});
