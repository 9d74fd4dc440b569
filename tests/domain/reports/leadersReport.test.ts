import { attendanceStats, leadersReport, leadersReportFileName, reportPeriods } from '../../../src/domain';
import { leadersInput, leadersSettings } from '../../support/leadersReportFixture';

describe('leadersReport: the termly report to leaders and governors', () => {
  const r = leadersReport(leadersInput());

  it('names the Word file by version and period, as the screen looks for the one filed before building the report', () => {
    expect(r.fileName).toBe('Leaders report Autumn term 2026-27.docx');
    expect(leadersReport(leadersInput({ audience: 'governors' })).fileName).toBe(leadersReportFileName('Autumn term 2026/27', 'governors'));
    expect(leadersReportFileName('Autumn term 2026/27', 'governors')).toBe('Governors report Autumn term 2026-27.docx');
    expect(leadersReportFileName('School year 2026/27', 'leaders')).toBe('Leaders report School year 2026-27.docx');
  });

  it('counts the pupils on roll in the term, and gives their attendance with the domain statistics', () => {
    expect(r.pupils).toBe(3);
    const expected = attendanceStats(leadersInput().marks.filter((m) => m.pupilId !== 3), leadersSettings, { from: '2026-09-02', to: '2026-11-20' }).group;
    expect(r.attendance.group).toEqual(expected);
    expect([r.attendance.group.possible, r.attendance.group.unauthorised, r.attendance.group.persistentAbsentees]).toEqual([20, 2, 1]);
  });

  it('sets the figures beside the national ones entered in Settings, with their source', () => {
    expect(r.attendance.comparison.map((c) => [c.measure, c.here, c.national])).toEqual([
      ['Overall absence', 10, 6.9],
      ['Authorised absence', 0, undefined],
      ['Unauthorised absence', 10, undefined],
      ['Persistent absence (pupils)', 50, 17.8],
      ['Severe absence (pupils)', 0, undefined],
    ]);
    expect(r.attendance.nationalSource).toBe('Test figures, not published ones');
  });

  it('breaks persistent and severe absence down by every group, FSM included', () => {
    const fsm = r.groups.find((g) => g.dimension === 'fsm');
    expect(fsm?.rows.map((x) => [x.label, x.pupils, x.persistentAbsentees])).toEqual([
      ['Eligible for free school meals', 1, 1],
      ['Not eligible for free school meals', 2, 0],
    ]);
    expect(r.groups.map((g) => g.title)).toEqual(['Home school', 'Year group', 'SEN provision', 'Primary need', 'Support tier', 'Free school meals', 'Pupil premium', 'Looked after']);
  });

  it('lists the PIPs with their weeks and hours, flags those beyond the weeks in Settings, and counts reviews on time', () => {
    expect(r.pips.lines?.map((l) => [l.who, l.weeks, l.hours, l.long, l.ongoing, l.reviewsHeld, l.reviewsOnTime, l.reviewOverdue])).toEqual([
      ['Alder, Ash', 10, 2.5, true, true, 1, 1, false],
      ['Birch, Bo', 3, 6, false, false, 0, 0, false],
    ]);
    expect([r.pips.count, r.pips.activeAtEnd, r.pips.longCount, r.pips.averageHours, r.pips.averageWeeks]).toEqual([2, 1, 1, 4.3, 6.5]);
  });

  it('flags a review held late and one overdue at the end of the period', () => {
    const late = leadersReport(leadersInput({ pipReviews: [{ pipId: 11, reviewDate: '2026-10-28' }], today: '2026-12-18' }));
    const line = late.pips.lines?.[0];
    expect([line?.reviewsHeld, line?.reviewsOnTime, line?.reviewOverdue]).toEqual([1, 0, true]);
  });

  it('gives the SEND register by provision, need and tier, and EHC reviews within 12 months', () => {
    expect(r.send.byProvision).toEqual([
      { label: 'E: EHC plan', pupils: 2 },
      { label: 'K: SEN support', pupils: 1 },
    ]);
    expect(r.send.byNeed.map((x) => x.label.slice(0, 4))).toEqual(['SEMH', 'SLCN', 'ASD:']); // the census order of needs
    expect(r.send.ehc).toEqual({ pupils: 2, withinTime: 1, overdue: 1, noDate: 0, months: 12 });
  });

  it('names pupils for leaders, never for governors: counts only, or initials by setting', () => {
    expect(r.persistentAbsentees?.map((a) => a.who)).toEqual(['Alder, Ash']);
    const counts = leadersReport(leadersInput({ audience: 'governors' }));
    expect(counts.title).toBe('Report to governors: Autumn term 2026/27');
    expect([counts.persistentAbsentees, counts.pips.lines]).toEqual([undefined, undefined]);
    expect(counts.pips.longCount).toBe(1);
    const initials = leadersReport(leadersInput({ audience: 'governors', settings: { ...leadersSettings, reports: { ...leadersSettings.reports, governorPupilDetail: 'Initials' } } }));
    expect(initials.persistentAbsentees?.map((a) => a.who)).toEqual(['A.A.']);
    expect(JSON.stringify(initials)).not.toMatch(/Alder|Birch|Dogwood/);
  });
});

describe('reportPeriods', () => {
  it('offers the terms and school years started by today, latest first, each year before its first term', () => {
    const labels = reportPeriods(leadersSettings, '2026-11-20').map((p) => p.label);
    expect(labels.slice(0, 3)).toEqual(['School year 2026/27', 'Autumn term 2026/27', 'Summer term 2025/26']);
    expect(labels).not.toContain('Spring term 2026/27');
    const year = reportPeriods(leadersSettings, '2026-11-20').find((p) => p.label === 'School year 2025/26');
    expect([year?.start, year?.end]).toEqual(['2025-09-03', leadersSettings.terms.find((t) => t.academicYear === '2025/26' && t.term === 'Summer')?.halfTerms[1].end]);
  });
});
