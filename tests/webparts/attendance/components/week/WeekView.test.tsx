/**
 * The week view: pupils × the week's sessions from one read, missing marks in words, holidays saying why, arrow keys
 * between cells, a cell opening that day's register.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Attendance } from '../../../../../src/webparts/attendance/components/Attendance';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK, mark } from '../register/fixtures';

setIconOptions({ disableWarnings: true });
jest.setTimeout(150000);

/** Thursday 19/11/2026 at 11:00 in London. */
const NOW = new Date('2026-11-19T11:00:00Z');

function renderWeek() {
  const marks = [];
  // Monday to Wednesday fully marked for Amara and Leo; Zak has no mark on Wednesday afternoon; Thursday morning taken for all but Leo.
  for (const date of ['2026-11-16', '2026-11-17', '2026-11-18'])
    for (const session of ['AM', 'PM'] as const)
      for (const id of [1, 2, 3]) if (!(id === 3 && date === '2026-11-18' && session === 'PM')) marks.push(mark(id, session === 'AM' ? '/' : 'I', { date, session }));
  marks.push(mark(1, 'L', { date: '2026-11-19', arrivalTime: '09:12', minutesLate: 7 }), mark(3, '/', { date: '2026-11-19' }));
  const services = createFakeServices({ pupils: [AMARA, LEO, ZAK], marks, now: NOW, permissions: [] });
  return { services, ...render(<AppRoot services={services}>{<Attendance />}</AppRoot>) };
}

/** A cell's button by its full accessible name (a selector: role queries over 30 cells are slow in jsdom). */
function cell(table: HTMLElement, label: string): HTMLButtonElement {
  const b = table.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!b) throw new Error(`No cell '${label}'`);
  return b;
}

async function serious(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

beforeEach(() => window.localStorage.clear());

describe('the week view', () => {
  it('pupils × sessions in one read, missing marks said in words, arrow keys between cells, a cell opens its register', async () => {
    const { services, container } = renderWeek();
    fireEvent.click(await screen.findByRole('tab', { name: 'Week' }));
    const table = await screen.findByRole('table', { name: 'Registers of the week of 16/11/2026: 3 pupils, 2 marks missing' });
    expect(services.attendance.weekReads).toBe(1);
    // Two header rows: the days (column groups), then morning and afternoon; a row header per pupil, by surname.
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Pupil',
      'Monday 16/11/2026',
      'Tuesday 17/11/2026',
      'Wednesday 18/11/2026',
      'Thursday 19/11/2026',
      'Friday 20/11/2026',
      ...Array(5).fill(['AM', 'PM']).flat(),
    ]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Adeyemi, Zak', 'Brennan, Leo', 'Okafor, Amara']);
    const zakWedPm = cell(table, 'Adeyemi, Zak, Wednesday 18/11/2026 afternoon: no mark (missing). Open the register');
    expect(zakWedPm.textContent).toBe('No mark');
    expect(cell(table, 'Brennan, Leo, Thursday 19/11/2026 morning: no mark (missing). Open the register').textContent).toBe('No mark');
    expect(cell(table, 'Okafor, Amara, Thursday 19/11/2026 morning: L, Arrived late, before the register closed. Open the register').textContent).toBe('L');
    // Today's afternoon register has not closed yet, nor Friday's: not yet taken, not missing.
    expect(cell(table, 'Brennan, Leo, Thursday 19/11/2026 afternoon: not yet taken. Open the register')).toBeTruthy();
    expect(cell(table, 'Okafor, Amara, Friday 20/11/2026 morning: not yet taken. Open the register')).toBeTruthy();
    expect(await serious(container)).toEqual([]);

    // One Tab stop for the grid; arrow keys move between cells.
    const cells = Array.from(table.querySelectorAll('button'));
    expect(cells.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    cells[0].focus();
    fireEvent.keyDown(cells[0], { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Adeyemi, Zak, Monday 16\/11\/2026 afternoon/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Brennan, Leo, Monday 16\/11\/2026 afternoon/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Brennan, Leo, Friday 20\/11\/2026 afternoon/);
    expect(cells.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label'))).toEqual([document.activeElement?.getAttribute('aria-label')]);

    // Printed on its own (A4, the rest of the page hidden while printing).
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Print this week’s registers' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Registers of the week of 16/11/2026' }).classList.contains('pw-print-target')).toBe(true);
    print.mockRestore();

    // A cell opens that day's register.
    fireEvent.click(zakWedPm);
    await screen.findByRole('table', { name: /Register for Wednesday 18\/11\/2026, afternoon \(PM\)/ });
    expect(screen.getByRole('tab', { name: 'Take the register' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a holiday week says why there is no register, and each week is one read', async () => {
    const { services } = renderWeek();
    fireEvent.click(await screen.findByRole('tab', { name: 'Week' }));
    await screen.findByRole('table', { name: /week of 16\/11\/2026/ });
    fireEvent.change(screen.getByLabelText('A day in the week'), { target: { value: '2026-10-28' } });
    const table = await screen.findByRole('table', { name: 'Registers of the week of 26/10/2026: 3 pupils, no marks missing' });
    expect(within(table).getAllByRole('columnheader')[1].textContent).toBe('Monday 26/10/2026No register: half-term');
    expect(within(table).queryAllByRole('button')).toEqual([]);
    expect(within(table).getAllByText('Closed')).toHaveLength(30);
    expect(screen.getByRole('status').textContent).toContain('No marks are missing this week.');
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await screen.findByRole('table', { name: /week of 02\/11\/2026/ });
    expect(services.attendance.weekReads).toBe(3);
  });
});
