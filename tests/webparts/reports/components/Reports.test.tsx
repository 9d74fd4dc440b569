/**
 * Reports to leaders and governors: offered to leadership only; the term's report on screen with its charts (each
 * with its figures as a table), the governors' version without names; axe over both.
 */
import * as React from 'react';
import * as axe from 'axe-core';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Reports } from '../../../../src/webparts/reports/components/Reports';
import type { AttendanceMark } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { leadersInput, leadersSettings } from '../../../support/leadersReportFixture';
import { pipReviewRecord } from '../../../support/pipBuilder';
import { aSchool } from '../../../support/schoolBuilders';

setIconOptions({ disableWarnings: true });
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function renderReports(permissions: ('edit-settings' | 'manage-schools')[] = ['edit-settings']) {
  const input = leadersInput();
  const services = createFakeServices({
    settings: leadersSettings,
    permissions,
    pupils: input.pupils.map((p) => ({ ...p })),
    schools: [aSchool({ id: 5, name: 'Example Academy' })],
    marks: input.marks.map((m) => ({ ...m, session: 'session' in m ? m.session : 'AM', recordedBy: 'staff@example.org', recordedAt: `${m.date}T09:05:00Z` }) as AttendanceMark),
    pips: input.pips.map((p) => ({ ...p })),
    pipReviews: [pipReviewRecord(11, 1, { reviewDate: '2026-10-16' })],
  });
  return render(
    <AppRoot services={services}>
      <Reports />
    </AppRoot>,
  );
}

describe('Reports to leaders and governors', () => {
  it('is offered to leadership only', async () => {
    renderReports([]);
    expect(await screen.findByText(/These reports are for the service’s leadership/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /^Period/ })).toBeNull();
  });

  it('shows the term against national figures, charts with their tables, PIPs flagged; the governors’ version names no one', async () => {
    const { container } = renderReports();
    expect(await screen.findByRole('table', { name: 'Absence here and nationally' }, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^Period/ }).textContent).toContain('Autumn term 2026/27');
    const overall = screen.getByRole('rowheader', { name: 'Overall absence' }).closest('tr');
    expect(overall?.textContent).toContain('10.0%');
    expect(overall?.textContent).toContain('+3.1 points');
    const charts = Array.from(container.querySelectorAll('svg[role="img"] > title'), (t) => t.textContent);
    expect(charts).toEqual(['Attendance by school week, all pupils', 'Attendance by home school', 'Attendance by year group']);
    expect(screen.getByText('Absence by free school meals')).toBeTruthy();
    expect(screen.getByText('Persistently absent pupils').closest('table')?.textContent).toContain('Alder, Ash');
    expect(screen.getByText(/ran longer than 8 weeks/).textContent).toContain('1');
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: 'Governors (no names)' }));
    expect(await screen.findByText(/No pupil is named in this version/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/Alder|Birch|Dogwood/);
    expect(await violations(container)).toEqual([]);
  });
});
