import { DEFAULT_SETTINGS } from '../../../src/domain';
import { buildAgenda, type AgendaInput } from '../../../src/domain/meetings/agenda';

const mark = (date: string, code: string) => ({ pupilId: 4, date, code });

const base: AgendaInput = {
  meetingDay: '2026-11-20',
  since: '2026-11-02',
  sinceWhat: 'the last placement review',
  settings: DEFAULT_SETTINGS,
  marks: [
    mark('2026-10-30', 'O'), // before the last review: not counted
    mark('2026-11-02', '/'),
    mark('2026-11-02', '\\'),
    mark('2026-11-03', 'C2'),
    mark('2026-11-03', '/'),
    mark('2026-11-04', 'O'),
    mark('2026-11-04', 'C2'),
    mark('2026-11-05', 'I'),
    mark('2026-11-05', '#'),
    mark('2026-11-20', 'N'), // the meeting day itself: not counted
  ],
};

describe('the agenda of a review meeting', () => {
  it('attendance since the last review, up to the day before the meeting', () => {
    const a = buildAgenda(base).attendance;
    expect(a).toMatchObject({ from: '2026-11-02', to: '2026-11-19', possible: 7, attended: 3, authorised: 3, unauthorised: 1 });
    expect(a.percent).toBeCloseTo((3 * 100) / 7, 5);
    expect(a.plan).toBeUndefined();
  });

  it('for a PIP, attendance against the plan leaves out the sessions the timetable excludes (C2)', () => {
    const a = buildAgenda({ ...base, pip: { startDate: '2026-11-03', plannedEndDate: '2027-01-29', targets: ['Attend every morning'] } }).attendance;
    // From 03/11: C2, /, O, C2, I → possible 5, C2 2, expected 3, attended 1.
    expect(a.plan).toEqual({ expected: 3, attended: 1, excludedC2: 2, percent: (1 * 100) / 3 });
  });

  it('open SMART targets with their latest progress, earliest due first', () => {
    const agenda = buildAgenda({
      ...base,
      targets: [
        { id: 2, outcome: 'Read a chapter a week', measure: 'Reading log', dueDate: '2027-02-12', closed: false, progress: [] },
        {
          id: 1,
          outcome: 'Arrive by 09:00',
          measure: 'Register',
          dueDate: '2026-12-18',
          closed: false,
          progress: [
            { date: '2026-11-10', note: 'On time four days of five', rating: 4 },
            { date: '2026-10-10', note: 'Late most days', rating: 2 },
          ],
        },
        { id: 3, outcome: 'Closed one', measure: 'x', dueDate: '2026-10-01', closed: true, progress: [] },
      ],
    });
    expect(agenda.targets).toEqual([
      { id: 1, outcome: 'Arrive by 09:00', measure: 'Register', dueDate: '2026-12-18', lastProgress: { date: '2026-11-10', note: 'On time four days of five', rating: 4 } },
      { id: 2, outcome: 'Read a chapter a week', measure: 'Reading log', dueDate: '2027-02-12' },
    ]);
  });

  it('learning-log highlights since the last review, newest first; missing sources stay missing', () => {
    const entry = (entryDate: string, highlight: boolean, subject = 'English') => ({ entryDate, highlight, subject, teacher: 'R. Pike', entry: `Entry ${entryDate}` });
    const agenda = buildAgenda({
      ...base,
      highlights: [entry('2026-11-05', true), entry('2026-11-12', true, 'Maths'), entry('2026-11-13', false), entry('2026-10-20', true)],
      previousActions: [{ text: 'Share the new timetable', owner: 'Rowan Pike' }],
    });
    expect(agenda.highlights?.map((h) => [h.entryDate, h.subject])).toEqual([
      ['2026-11-12', 'Maths'],
      ['2026-11-05', 'English'],
    ]);
    expect(agenda.previousActions).toEqual([{ text: 'Share the new timetable', owner: 'Rowan Pike' }]);
    const bare = buildAgenda(base);
    expect(bare.targets).toBeUndefined();
    expect(bare.highlights).toBeUndefined();
    expect(bare.previousActions).toEqual([]);
  });
});
