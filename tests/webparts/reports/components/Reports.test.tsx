/**
 * Reports to leaders and governors: offered to leadership only; the page opens on the period, the version and the one
 * filed for it, and reads the records only when the report is asked for; the term's report on screen with its charts (each
 * with its figures as a table), the governors' version without names; axe over both; a version filed in the
 * leadership-only library, shown as filed with its link, and filed again as a new version of the same file.
 */
import * as React from 'react';
import * as axe from 'axe-core';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Reports } from '../../../../src/webparts/reports/components/Reports';
import { groupTrendTitle, leadersReport, moneyText, onTimeSummary, PROVISION_CHART_TITLE, targetsText, type AttendanceMark, type FiledLeadersReportRecord, type NotificationRecord, type ProvisionImpact } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { leadersInput, leadersSettings, provisionRecords } from '../../../support/leadersReportFixture';
import { pipReviewRecord } from '../../../support/pipBuilder';
import { aSchool } from '../../../support/schoolBuilders';
import { readDocx } from '../../../support/docxText';
import type { FakeLeadershipReports } from '../../../support/fakeLeadershipReports';
import { TextDecoder, TextEncoder } from 'util';

// jsdom has no TextEncoder (browsers do): docx needs it to write the Word document.
Object.assign(globalThis, { TextEncoder, TextDecoder });

setIconOptions({ disableWarnings: true });
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LOG: NotificationRecord[] = [
  { kind: 'attendance-stage', pupilId: 1, recipients: ['senco@example.org'], subject: 'An attendance update', outcome: 'Sent', attempts: 1, lastAttempt: '2026-10-01T09:00:00Z', dedupeKey: 'a' },
  { kind: 'attendance-stage', pupilId: 2, recipients: ['senco@example.org'], subject: 'An attendance update', outcome: 'Failed', attempts: 1, lastAttempt: '2026-10-02T09:00:00Z', error: 'Mailbox full', dedupeKey: 'b' },
];

async function renderReports(permissions: ('edit-settings' | 'manage-schools')[] = ['edit-settings'], filedBefore: FiledLeadersReportRecord[] = []) {
  const input = leadersInput();
  const provision = provisionRecords();
  const services = createFakeServices({
    settings: leadersSettings,
    permissions,
    pupils: input.pupils.map((p) => ({ ...p })),
    schools: [aSchool({ id: 5, name: 'Example Academy' })],
    marks: input.marks.map((m) => ({ ...m, session: 'session' in m ? m.session : 'AM', recordedBy: 'staff@example.org', recordedAt: `${m.date}T09:05:00Z` }) as AttendanceMark),
    pips: input.pips.map((p) => ({ ...p })),
    pipReviews: [pipReviewRecord(11, 1, { reviewDate: '2026-10-16' })],
    notifications: LOG,
    supportPlans: provision.plans.map((p) => ({ ...p })),
    targets: provision.targets.map((t) => ({ ...t })),
    assessments: [...provision.assessments],
  });
  for (const r of filedBefore) await services.leadershipReports.file(r, new Uint8Array([1]));
  const view = render(
    <AppRoot services={services}>
      <Reports />
    </AppRoot>,
  );
  return { ...view, services, filed: services.leadershipReports as FakeLeadershipReports };
}

/** Asks for the report of the period shown ("Build the report for this period"). */
async function build(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Build the report for this period' }));
}

describe('Reports to leaders and governors', () => {
  it('is offered to leadership only', async () => {
    await renderReports([]);
    expect(await screen.findByText(/These reports are for the service’s leadership/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /^Period/ })).toBeNull();
  });

  it('opens on the period, the version and the one filed for it, and reads the records only when the report is asked for', async () => {
    const { container, services } = await renderReports(['edit-settings'], [
      { period: 'Autumn term 2026/27', periodStart: '2026-09-02', periodEnd: '2026-11-20', audience: 'Governors', filedOn: '2026-11-13', filedBy: 'Head Teacher', fileName: 'Governors report Autumn term 2026-27.docx' },
    ]);
    const reads = [jest.spyOn(services.attendance, 'marksForYear'), jest.spyOn(services.pips, 'list'), jest.spyOn(services.meetings, 'since'), jest.spyOn(services.notifications, 'recent'), jest.spyOn(services.supportPlans, 'forPupils')];
    await screen.findByRole('button', { name: 'Build the report for this period' }, { timeout: 20000 });
    expect((screen.getByRole('combobox', { name: /^Period/ }) as HTMLSelectElement).value).toBe('Autumn term 2026/27');
    expect(await screen.findByText(/^Not filed yet: this version for this period/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Governors (no names)' }));
    const link = await screen.findByRole('link', { name: 'Governors report Autumn term 2026-27.docx' });
    expect(link.closest('span, div')?.textContent).toMatch(/version 1\.0, 13\/11\/2026, by Head Teacher\), readable by Leadership only/);
    expect(await violations(container)).toEqual([]);
    expect(screen.queryByRole('table', { name: 'Absence here and nationally' })).toBeNull();
    for (const read of reads) expect(read).not.toHaveBeenCalled();

    await build();
    expect(await screen.findByRole('table', { name: 'Absence here and nationally' }, { timeout: 20000 })).toBeTruthy();
    for (const read of reads) expect(read).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Build the report for this period' })).toBeNull();
    // Once asked for, the report follows the period chosen.
    const periodSelect = screen.getByRole('combobox', { name: /^Period/ }) as HTMLSelectElement;
    const other = Array.from(periodSelect.options, (o) => o.value).find((v) => v !== periodSelect.value) ?? '';
    expect(other).not.toBe('');
    fireEvent.change(periodSelect, { target: { value: other } });
    expect(await screen.findByText(`Reading the records for the ${other}…`)).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Absence here and nationally' }, { timeout: 20000 })).toBeTruthy();
    expect(periodSelect.value).toBe(other);
  });

  it('shows the term against national figures, charts with their tables, PIPs flagged; the governors’ version names no one', async () => {
    const { container } = await renderReports();
    await build();
    expect(await screen.findByRole('table', { name: 'Absence here and nationally' }, { timeout: 20000 })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /^Period/ }) as HTMLSelectElement).value).toBe('Autumn term 2026/27');
    const overall = screen.getByRole('rowheader', { name: 'Overall absence' }).closest('tr');
    expect(overall?.textContent).toContain('10.0%');
    expect(overall?.textContent).toContain('+3.1 points');
    const charts = Array.from(container.querySelectorAll('svg[role="img"] > title'), (t) => t.textContent);
    const trends = leadersReport(leadersInput()).attendance.trends;
    expect(charts).toEqual(['Attendance by school week, all pupils', 'Attendance by home school', 'Attendance by year group', ...trends.map(groupTrendTitle), PROVISION_CHART_TITLE]);
    expect(charts).toContain('Weekly attendance by SEN provision');
    // Weekly trends by group: each line's weeks as a table, FSM eligible 80% in w/c 09/11/2026.
    const fsmWeek = screen.getByRole('table', { name: 'Weekly attendance by free school meals: the chart\'s figures' }).querySelectorAll('tbody tr');
    const rowOf = (rows: NodeListOf<Element> | undefined, first: string) => Array.from(rows ?? []).map((r) => Array.from(r.children, (c) => c.textContent)).find((r) => r[0] === first);
    expect(rowOf(fsmWeek, '09/11/2026')).toEqual(['09/11/2026', '80.0%', '100.0%']);
    expect(rowOf(fsmWeek, '16/11/2026')).toEqual(['16/11/2026', '—', '—']);
    // Provision cost against impact: the domain's figures (the fake has no review meeting and no earlier year's marks).
    const impact = leadersReport(leadersInput({ provision: { ...provisionRecords(), meetings: [], earlierMarks: [] } })).provision as ProvisionImpact;
    const byProvision = screen.getByRole('table', { name: 'Cost against impact by provision' });
    expect(Array.from(byProvision.querySelectorAll('tbody tr'), (r) => Array.from(r.children, (c) => c.textContent).slice(0, 5))).toEqual(
      impact.byProvision.map((r) => [r.label, String(r.plans), String(r.pupils), moneyText(r.cost), targetsText(r.targets)]),
    );
    expect(impact.total.cost).toBe(1165.56);
    expect(screen.getByText(/2 support plans for 2 pupils in force in the period, costing £1,165\.56/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Support plans in the period' }).textContent).toContain('Alder, Ash');
    expect(screen.getByText('Absence by free school meals')).toBeTruthy();
    expect(screen.getByText('Persistently absent pupils').closest('table')?.textContent).toContain('Alder, Ash');
    expect(screen.getByText(/ran longer than 8 weeks/).textContent).toContain('1');
    // Meetings and notifications on time: the domain's figures for the same term, counts only.
    const onTime = leadersReport(leadersInput({ notifications: LOG })).onTime;
    expect(screen.getByText(onTimeSummary(onTime))).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Review meetings due in the period' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'attendance-stage' }).closest('tr')?.textContent).toBe('attendance-stage110');
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: 'Governors (no names)' }));
    expect(await screen.findByText(/No pupil is named in this version/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/Alder|Birch|Dogwood/);
    expect(screen.getByText(onTimeSummary(onTime))).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Cost against impact by primary need' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Support plans in the period' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('files the governors’ version for leadership only, shows it filed with its link, and filing again makes a new version', async () => {
    const { container, filed } = await renderReports();
    await build();
    await screen.findByRole('table', { name: 'Absence here and nationally' }, { timeout: 20000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Governors (no names)' }));
    expect(await screen.findByText(/^Not filed yet: this version for this period/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'File the governors’ report for leadership' }));
    await screen.findByText('Filed "Governors report Autumn term 2026-27.docx" in the leadership reports library (version 1.0).', undefined, { timeout: 20000 });
    const link = await screen.findByRole('link', { name: 'Governors report Autumn term 2026-27.docx' });
    expect(link.getAttribute('href')).toBe('/sites/pathways/PwLeadershipReports/Governors report Autumn term 2026-27.docx');
    expect(link.closest('span, div')?.textContent).toMatch(/version 1\.0, 20\/11\/2026, by Attendance Officer\), readable by Leadership only/);
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'File the governors’ report for leadership' }));
    await screen.findByText('Filed "Governors report Autumn term 2026-27.docx" in the leadership reports library (version 2.0).', undefined, { timeout: 20000 });
    expect(filed.reports.map((r) => [r.fileName, r.audience, r.version])).toEqual([['Governors report Autumn term 2026-27.docx', 'Governors', '2.0']]);
    const doc = readDocx(filed.contents.get(filed.reports[0].url) ?? new Uint8Array());
    expect(doc.paragraphs).toContain('Report to governors: Autumn term 2026/27');
    expect(doc.xml).not.toMatch(/Alder|Birch|Dogwood/);
  });
});
