import { notifiedStaff, reportSharedText, reportTermOf, sharingKept, sharingLines, withShares } from '../../../src/domain';
import { aContact } from '../../support/schoolBuilders';

describe('Sharing a progress report (domain)', () => {
  const contacts = [
    { ...aContact({ schoolId: 5, fullName: 'A One', email: 'a@x.example.sch.uk' }), id: 1 },
    { ...aContact({ schoolId: 5, fullName: 'B Two', email: 'b@x.example.sch.uk' }), id: 2 },
    { ...aContact({ schoolId: 5, fullName: 'C Off', email: 'c@x.example.sch.uk', notify: false }), id: 3 },
    { ...aContact({ schoolId: 6, fullName: 'D Else', email: 'd@y.example.sch.uk' }), id: 4 },
  ];

  it('tells the pupil’s named staff who receive notifications, else every such member of the school’s staff', () => {
    expect(notifiedStaff(contacts, 5, [2]).map((c) => c.id)).toEqual([2]);
    expect(notifiedStaff(contacts, 5, [3]).map((c) => c.id)).toEqual([1, 2]);
    expect(notifiedStaff(contacts, 5, []).map((c) => c.id)).toEqual([1, 2]);
    expect(notifiedStaff(contacts, undefined, [1])).toEqual([]);
  });

  it('the e-mail names the reference and the term only', () => {
    expect(reportSharedText('PH-0007', 'Example PRU', 'Autumn term 2026/27')).toEqual({
      subject: 'Example PRU: a termly progress report for pupil PH-0007',
      message: 'Example PRU has shared the Autumn term 2026/27 progress report for a pupil you are named for (reference PH-0007). Please open the link to read it.',
    });
    expect(reportTermOf('PH-0007 progress report Spring term 2026-27.docx')).toBe('Spring term 2026/27');
  });

  it('the record says when, by whom, how and to whom', () => {
    expect(sharingLines({})).toEqual([]);
    expect(
      sharingLines({ parentSharedOn: '2026-11-20', parentSharedBy: 'Sam Tutor', parentSharedHow: 'Posted', schoolSharedOn: '2026-11-21', schoolSharedBy: 'Sam Tutor', schoolSharedTo: 'A One (a@x.example.sch.uk)' }),
    ).toEqual(['Parent or carer: 20/11/2026, posted, by Sam Tutor', 'Home school: 21/11/2026, by Sam Tutor; told A One (a@x.example.sch.uk)']);
  });

  it('keeps every share: a new share adds to the history (a report shared before the history was kept starts from its columns)', () => {
    const legacy = { parentSharedOn: '2026-11-20', parentSharedBy: 'Sam Tutor', parentSharedHow: 'Posted' as const };
    // The change is written over the report's columns (recordShare), as here.
    const once = { ...legacy, ...withShares(legacy, [{ on: '2026-11-23', by: 'Ann Lead', audience: 'Parent or carer', how: 'Given in person' }]) };
    const twice = { ...once, ...withShares(once, [{ on: '2026-11-24', by: 'Ann Lead', audience: 'Home school', to: 'A One (a@x.example.sch.uk)' }]) };
    expect(twice).toMatchObject({ parentSharedOn: '2026-11-23', parentSharedHow: 'Given in person', schoolSharedOn: '2026-11-24' });
    expect(sharingLines(twice)).toEqual([
      'Parent or carer: 20/11/2026, posted, by Sam Tutor',
      'Parent or carer: 23/11/2026, given in person, by Ann Lead',
      'Home school: 24/11/2026, by Ann Lead; told A One (a@x.example.sch.uk)',
    ]);
    // Filed again: the sharing columns and the history carry over; a report never shared carries nothing.
    expect(sharingKept({ ...twice })).toEqual(twice);
    expect(sharingKept({})).toEqual({});
  });
});
