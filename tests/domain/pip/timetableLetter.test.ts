import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { letterText, timetableLetter } from '../../../src/domain/pip/timetableLetter';
import { reviewDayGrid } from '../../../src/domain/pip/reviewGrid';

const pip: Pick<Pip, 'startDate' | 'plannedEndDate' | 'timetables'> = {
  startDate: '2026-11-02',
  plannedEndDate: '2027-01-29',
  timetables: [
    {
      effectiveFrom: '2026-11-02',
      slots: [
        { day: 'Wednesday', start: '13:00', end: '14:30', location: 'Pathways centre', curriculum: 'Art' },
        { day: 'Monday', start: '09:30', end: '11:30', location: 'Pathways centre', curriculum: 'English and maths' },
        { day: 'Wednesday', start: '09:30', end: '11:00', location: 'Online (supervised)', curriculum: 'Science' },
      ],
    },
  ],
};
const pupil = { pupilRef: 'PH-0009', firstName: 'Sam', lastName: 'Carter', parentName: 'Jo Carter', parentAddress: '4 Elm Row, Exampletown, EX2 3CD' };

describe('Timetable letter (Appendix 2)', () => {
  const letter = timetableLetter(pip, pupil, DEFAULT_SETTINGS, { date: '2026-10-28', signatoryName: 'Rowan Hale', signatoryRole: 'Headteacher' });

  it('is addressed to the parent/carer with the pupil’s timetable day by day, in time order', () => {
    expect(letter.addressee).toEqual(['Jo Carter', '4 Elm Row', 'Exampletown', 'EX2 3CD']);
    expect(letter.heading).toBe('RE: SAM CARTER TIMETABLE');
    expect(letter.intro).toBe("I am writing to confirm Sam Carter's timetable as of 02/11/2026. Sam will be expected to attend on the days and times below:");
    expect(letter.days.map((d) => [d.day, d.sessions.map((x) => x.time)])).toEqual([
      ['Monday', ['09:30 to 11:30']],
      ['Tuesday', []],
      ['Wednesday', ['09:30 to 11:00', '13:00 to 14:30']],
      ['Thursday', []],
      ['Friday', []],
    ]);
    expect(letter.fileName).toBe('PH-0009 PIP timetable 2026-10-28.docx');
  });

  it('gives the review dates, the hours against full time and the service’s contact details', () => {
    expect(letter.reviews).toBe(
      'As agreed during the meeting we will be reviewing this with you on Monday 14/12/2026 (time to be confirmed), Monday 25/01/2027 (time to be confirmed), ' +
        'and a final review on Friday 29/01/2027 (time to be confirmed).',
    );
    expect(letter.hoursLine).toContain('This is 5 hours a week; a full-time week is 25 hours.');
    expect(letter.contact).toBe(`If you have any queries please do not hesitate to contact me on ${DEFAULT_SETTINGS.service.phone} or at ${DEFAULT_SETTINGS.service.email}.`);
    expect(letterText(letter)).toContain('TUESDAY: Not timetabled');
    expect(letter.signatory).toEqual(['Rowan Hale', 'Headteacher']);
  });
});

describe('Timetable letter review dates and times (Appendix 2: "DATE&TIME")', () => {
  it('gives the date and time of the review meetings already arranged, and says when a time is still to be confirmed', () => {
    const letter = timetableLetter(pip, pupil, DEFAULT_SETTINGS, {
      date: '2026-10-28',
      signatoryName: 'Rowan Hale',
      signatoryRole: 'Headteacher',
      // arranged a day after the computed date (Tuesday 15/12 at 10:00 London, GMT) and on the final day at 13:30
      reviewMeetings: [{ start: '2027-01-29T13:30:00.000Z' }, { start: '2026-12-15T10:00:00.000Z' }],
    });
    expect(letter.reviews).toBe(
      'As agreed during the meeting we will be reviewing this with you on Tuesday 15/12/2026 at 10:00, Monday 25/01/2027 (time to be confirmed), ' +
        'and a final review on Friday 29/01/2027 at 13:30.',
    );
  });

  it('never gives a review date in a holiday or at a weekend', () => {
    const letter = timetableLetter({ ...pip, startDate: '2026-11-16', plannedEndDate: '2027-01-31' }, pupil, DEFAULT_SETTINGS, {
      date: '2026-11-13',
      signatoryName: 'Rowan Hale',
      signatoryRole: 'Attendance Officer',
    });
    expect(letter.reviews).toBe(
      'As agreed during the meeting we will be reviewing this with you on Friday 18/12/2026 (time to be confirmed), and a final review on Friday 29/01/2027 (time to be confirmed).',
    );
    expect(letter.signatory).toEqual(['Rowan Hale', 'Attendance Officer']);
  });
});

describe('Review timetable grid (Appendix 4: AM and PM per day)', () => {
  it('puts each session in the morning or the afternoon, in time order', () => {
    const grid = reviewDayGrid(pip.timetables[0].slots, DEFAULT_SETTINGS);
    expect(grid[0]).toEqual({ day: 'Monday', am: '09:30 to 11:30 English and maths (Pathways centre)', pm: undefined });
    expect(grid[2]).toEqual({ day: 'Wednesday', am: '09:30 to 11:00 Science (Online (supervised))', pm: '13:00 to 14:30 Art (Pathways centre)' });
    expect(grid[1]).toEqual({ day: 'Tuesday', am: undefined, pm: undefined });
  });
});
