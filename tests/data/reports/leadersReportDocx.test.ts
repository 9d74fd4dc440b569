import { leadersReportDocx } from '../../../src/data/reports/leadersReportDocx';
import { attendanceChangeText, groupTrendTitle, leadersReport, meetingsOnTime, moneyText, onTimeSummary, percentText, targetsText, type ProvisionImpact } from '../../../src/domain';
import { readDocx } from '../../support/docxText';
import { leadersInput, provisionRecords } from '../../support/leadersReportFixture';

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

  it('has "Provision cost against impact" with the figures of provisionImpact, and no pupil in the governors’ version', async () => {
    const leaders = leadersReport(leadersInput({ provision: provisionRecords() }));
    const p = leaders.provision as ProvisionImpact & { lines?: unknown[] };
    const doc = readDocx(await leadersReportDocx(leaders));
    expect(doc.paragraphs).toContain('Provision cost against impact');
    const row = (x: ProvisionImpact['total']) => [x.label, String(x.plans), String(x.pupils), moneyText(x.cost), targetsText(x.targets), `${x.assessments.rose} rose, ${x.assessments.same} same, ${x.assessments.fell} fell`, attendanceChangeText(x.attendance)];
    for (const [title, rows] of [['Provision', p.byProvision], ['Primary need', p.byNeed], ['Support tier', p.byTier]] as const)
      expect(doc.tables.find((t) => t[0][0] === title && t[0][3] === 'Cost in the period')?.slice(1)).toEqual(rows.map(row));
    expect(doc.tables.find((t) => t[0][0] === 'Provision')?.[1]).toEqual(['Speech and language therapy', '1', '1', '£789.04', '1 met, 1 partly met, 1 not met (1 with no outcome)', '1 rose, 0 same, 0 fell', 'No pupil with figures before and during']);
    expect(doc.paragraphs).toContain(`2 support plans for 2 pupils in force in the period, costing £1,165.56. Targets at review: ${targetsText(p.total.targets)}. Attendance: +50.0 points (1 pupil).`);
    expect(doc.tables.find((t) => t[0][0] === 'Pupil' && t[0][1] === 'Cycle')?.[1]).toEqual(['Alder, Ash', '14/09/2026 to 16/11/2026', 'Precision teaching, reading; Speech and language therapy', '£1,113.51', '1 met, 1 partly met, 1 not met (1 with no outcome)', '—, 80.0%']);
    expect(doc.paragraphs.join(' ')).toMatch(/calendar days the plan ran within the period ÷ 365/);

    const governors = readDocx(await leadersReportDocx(leadersReport(leadersInput({ audience: 'governors', provision: provisionRecords() }))));
    expect(governors.tables.find((t) => t[0][0] === 'Provision')?.slice(1)).toEqual(p.byProvision.map(row));
    expect(governors.tables.find((t) => t[0][1] === 'Cycle')).toBeUndefined();
    expect(governors.xml).not.toMatch(/Alder|Birch|Dogwood|Cedar/);
  });

  it('has "Weekly attendance trends by group": each grouping’s weeks with the domain’s figures, and its chart picture in its place', async () => {
    const report = leadersReport(leadersInput({ audience: 'governors' }));
    const fsm = report.attendance.trends.find((t) => t.dimension === 'fsm');
    if (!fsm) throw new Error('no FSM trend');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const doc = readDocx(await leadersReportDocx(report, [{ png, width: 600, height: 200, title: groupTrendTitle(fsm), description: 'FSM trend text alternative' }]));
    expect(doc.paragraphs).toContain('Weekly attendance trends by group');
    const at = doc.paragraphs.indexOf('Weekly attendance by free school meals');
    expect(at).toBeGreaterThan(doc.paragraphs.indexOf('Weekly attendance trends by group'));
    expect(doc.paragraphs.slice(at + 1, doc.paragraphs.indexOf('Weekly attendance by pupil premium'))).toContain('FSM trend text alternative');
    expect(doc.files.some((f) => f.startsWith('word/media/'))).toBe(true);
    const t = doc.tables.find((x) => x[0][0] === 'Week beginning' && x[0][1] === 'Eligible for free school meals (1)');
    expect(t?.slice(1)).toEqual(fsm.lines[0].weeks.map((w, i) => [w.weekStart.split('-').reverse().join('/'), percentText(w.attendancePercent), percentText(fsm.lines[1].weeks[i].attendancePercent)]));
    expect(t?.find((r) => r[0] === '09/11/2026')).toEqual(['09/11/2026', '80.0%', '100.0%']);
    expect(doc.paragraphs).not.toContain('Not covered yet');
  });
});
