import { leadersReportDocx } from '../../../src/data/reports/leadersReportDocx';
import { leadersReport, meetingsOnTime, onTimeSummary } from '../../../src/domain';
import { readDocx } from '../../support/docxText';
import { leadersInput } from '../../support/leadersReportFixture';

describe('The report to leaders and governors as a Word document', () => {
  it('has every section, with the figures of the domain statistics, read back by a third-party reader', async () => {
    const report = leadersReport(leadersInput());
    const doc = readDocx(await leadersReportDocx(report));
    for (const h of ['Report to leaders: Autumn term 2026/27', 'Attendance and absence', 'Persistent and severe absence by group', 'Phased Integration Plans (part-time timetables)', 'Special educational needs'])
      expect(doc.paragraphs).toContain(h);
    const comparison = doc.tables.find((t) => t[0][0] === 'Measure');
    expect(comparison?.[1]).toEqual(['Overall absence', '10.0%', '6.9%', '+3.1 points']);
    expect(comparison?.[2]).toEqual(['Authorised absence', '0.0%', 'Not entered', '—']);
    expect(doc.paragraphs).toContain('National figures: Test figures, not published ones.');
    const fsm = doc.tables.find((t) => t[0][0] === 'Free school meals');
    expect(fsm?.slice(1)).toEqual([
      ['Eligible for free school meals', '1', '80.0%', '1 (100.0%)', '0'],
      ['Not eligible for free school meals', '2', '100.0%', '0 (0.0%)', '0'],
    ]);
    expect(doc.paragraphs).toContain('1 ran longer than 8 weeks.');
    expect(doc.tables.find((t) => t[0][0] === 'Pupil' && t[0][1] === 'From')?.[1]).toEqual(['Alder, Ash', '07/09/2026', '18/12/2026 (planned)', '10 — longer than 8 weeks', '2.5', '1 of 1']);
    expect(doc.paragraphs).toContain('EHC plans: 2 pupils; 1 reviewed within 12 months, 1 overdue.');
  });

  it('has "Meetings and notifications on time" with the figures of meetingsOnTime for the same period', async () => {
    const input = leadersInput({
      audience: 'governors',
      meetings: [
        { id: 1, pupilId: 1, kind: 'EHCP annual review', status: 'Held', start: '2026-10-08T10:00:00Z' },
        { id: 2, pupilId: 2, kind: 'Placement review', status: 'Held', start: '2026-09-30T10:00:00Z' },
      ],
      notifications: [
        { kind: 'attendance-stage', outcome: 'Sent', lastAttempt: '2026-10-01T09:00:00Z' },
        { kind: 'attendance-stage', outcome: 'Failed', lastAttempt: '2026-10-02T09:00:00Z' },
      ],
    });
    const report = leadersReport(input);
    const domain = meetingsOnTime({ from: report.from, to: report.to, settings: input.settings, pupils: input.pupils.filter((p) => p.id !== 3), meetings: input.meetings, pips: input.pips, pipReviews: input.pipReviews, notifications: input.notifications });
    expect(report.onTime).toEqual(domain);
    expect(domain.reviews.find((x) => x.kind === 'ehcp-annual-review')).toMatchObject({ due: 1, heldLate: 1 });
    const doc = readDocx(await leadersReportDocx(report));
    expect(doc.paragraphs).toContain('Meetings and notifications on time');
    expect(doc.paragraphs).toContain(onTimeSummary(domain));
    expect(doc.tables.find((t) => t[0][0] === 'Review')?.slice(1)).toEqual(domain.reviews.map((x) => [x.label, String(x.due), String(x.heldOnTime), String(x.heldLate), String(x.overdue)]));
    expect(doc.tables.find((t) => t[0][0] === 'Notification')?.slice(1)).toEqual([['attendance-stage', '1', '1', '0']]);
    expect(doc.paragraphs.join(' ')).toMatch(/Not recorded: How soon each notification followed what triggered it/);
    expect(doc.xml).not.toMatch(/Alder|Birch|Dogwood|Cedar/);
  });

  it('names no pupil in the governors’ version', async () => {
    const doc = readDocx(await leadersReportDocx(leadersReport(leadersInput({ audience: 'governors' }))));
    expect(doc.paragraphs).toContain('Report to governors: Autumn term 2026/27');
    expect(doc.xml).not.toMatch(/Alder|Birch|Dogwood|Cedar/);
    expect(doc.paragraphs).toContain('1 ran longer than 8 weeks.');
  });
});
