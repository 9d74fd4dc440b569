/**
 * The Phased Integration Plans web part with in-memory services: the list and a PIP's flags, bad input
 * refused with a message at each field (nothing saved), a review that increases hours, the letter filed,
 * the tracker and the LA return, and no serious accessibility violation.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Pips } from '../../../../src/webparts/pips/components/Pips';
import { createFakeServices } from '../../../support/fakeServices';
import type { FakePips } from '../../../support/fakePips';
import type { FakeLetters } from '../../../support/fakeLetters';
import { KIT, NOOR, NOW, SAM, SAM_PIP } from './pipFixtures';

import { TextDecoder, TextEncoder } from 'util';

// jsdom has no TextEncoder (browsers do): docx needs it to write the Word document.
Object.assign(globalThis, { TextEncoder, TextDecoder });
setIconOptions({ disableWarnings: true });

function setup() {
  const services = createFakeServices({ pupils: [SAM, NOOR, KIT], pips: [SAM_PIP], now: NOW });
  const view = render(
    <AppRoot services={services}>
      <Pips />
    </AppRoot>,
  );
  return { services, pips: services.pips as FakePips, letters: services.letters as FakeLetters, ...view };
}

// getByLabelText, not getByRole: role queries take about a second each on a form this size in jsdom.
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const press = (text: string) => fireEvent.click(screen.getByText(text, { selector: 'button *, button' }));

describe('Phased Integration Plans web part', () => {
  it('lists the active PIPs and opens one with what needs doing', async () => {
    const { container } = setup();
    const table = await screen.findByRole('table', { name: /Phased Integration Plans \(1\)/ });
    expect(within(table).getByText('5 of 25')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the PIP for Sam Carter' }));
    expect(await screen.findByRole('heading', { name: 'PIP for Sam Carter (PH-0001)' })).toBeTruthy();
    expect(screen.getByText(/Review overdue by 32 days \(due 19\/10\/2026\)/)).toBeTruthy();
    expect(screen.getByText(/Looked-after pupil: tell the Virtual School/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /E-mail virtual.school@la.example.org/ }).getAttribute('href')).toMatch(/^mailto:virtual\.school@la\.example\.org\?subject=/);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('refuses bad input with a message at each field and saves nothing', async () => {
    const { pips } = setup();
    fireEvent.click(await screen.findByText('New PIP', { selector: 'button *' }));
    await screen.findByText('New Phased Integration Plan', { selector: 'h2' });
    press('Save the PIP');
    // Said in the summary above the form and again at the field, as an alert of its own.
    expect(await screen.findByText('Choose the pupil', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('Choose the pupil', { selector: '#pip-pupil-error' }).getAttribute('role')).toBe('alert');

    // From Noor's pupil page (?pupil=2): an end before the start, overlapping sessions, one outside the school day.
    press('Cancel');
    window.history.pushState({}, '', '/?pupil=2');
    fireEvent.click(await screen.findByText('New PIP', { selector: 'button *' }));
    await screen.findByText('Noor Haddad');
    type('Start date', '02/11/2026');
    type('Planned end date', '30/10/2026');
    type('Target 1', 'Attend every timetabled session');
    fireEvent.click(screen.getByLabelText('Extended period of non-attendance'));
    for (const [start, end] of [
      ['09:30', '11:30'],
      ['11:00', '12:00'],
      ['15:00', '16:00'],
    ]) {
      press('Add a session');
      const n = screen.getAllByLabelText(/^Start \(session \d\)$/).length;
      type(`Start (session ${n})`, start);
      type(`End (session ${n})`, end);
      type(`Location (session ${n})`, 'Pathways centre');
      type(`Curriculum (session ${n})`, 'Maths');
    }
    fireEvent.click(screen.getByLabelText('Active (agreed and in force)'));
    press('Save the PIP');

    expect(await screen.findByText('Planned end date must be after the start date', { selector: '[role="alert"] *, span, div' })).toBeTruthy();
    expect(screen.getAllByText('This session overlaps another on Monday (09:30 to 11:30)').length).toBeGreaterThan(0);
    expect(screen.getAllByText('The session must be within the school day (09:00 to 15:15)').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/A PIP cannot be active until the parent\/carer agreement is recorded/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/not being used to manage behaviour/).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Planned end date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Start (session 2)').getAttribute('aria-invalid')).toBe('true');
    expect(pips.pips).toHaveLength(1);
    window.history.pushState({}, '', '/');
  });

  it('records a review that increases hours: the timetable history grows', async () => {
    const { pips } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Sam Carter' }));
    fireEvent.click(await screen.findByText('Record a review', { selector: 'button *' }));
    await screen.findByRole('heading', { level: 2, name: /PIP review for Sam Carter/ });
    fireEvent.click(screen.getByLabelText('Increase hours (enter the new timetable below)'));
    fireEvent.click(screen.getAllByLabelText('Met')[0]);
    fireEvent.click(screen.getAllByLabelText('Partially met')[1]);
    press('Add a session');
    type('Start (session 3)', '09:30'); // Wednesday again (the last session's day): overlaps, refused at the field
    type('End (session 3)', '12:00');
    type('Curriculum (session 3)', 'Art');
    press('Record the review');
    expect((await screen.findAllByText('This session overlaps another on Wednesday (09:30 to 12:00)')).length).toBeGreaterThan(0);
    expect(pips.pipReviews).toHaveLength(0);
    type('Start (session 3)', '13:00');
    type('End (session 3)', '15:00');
    expect(screen.getByText('Total hours: 7')).toBeTruthy();
    press('Record the review');
    expect(await screen.findByText('The review was recorded and its decision applied to the PIP.')).toBeTruthy();
    expect(pips.pipReviews).toHaveLength(1);
    expect(pips.pips[0].timetables.map((t) => t.effectiveFrom)).toEqual(['2026-09-07', '2026-11-23']);
  });

  it('previews the timetable letter and files it in the pupil’s folder', async () => {
    const { letters } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Sam Carter' }));
    fireEvent.click(await screen.findByText('Timetable letter', { selector: 'button *' }));
    const preview = await screen.findByRole('article', { name: 'Letter preview' });
    expect(within(preview).getByText('RE: SAM CARTER TIMETABLE')).toBeTruthy();
    // No signatory in the settings: the writer signs and must give their own role (never a made-up "Headteacher")
    expect(await screen.findByText(/Enter the role of the person signing/)).toBeTruthy(); // Fluent shows a field's error a tick later
    expect(screen.getByText('Save to the Letters library', { selector: 'button *' }).closest('button')?.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Role' }), { target: { value: 'Attendance Officer' } });
    expect(preview.textContent).toContain('Attendance Officer');
    press('Save to the Letters library');
    expect(await screen.findByText(/Saved "PH-0001 PIP timetable 2026-11-20.docx" in the Letters library/, undefined, { timeout: 10000 })).toBeTruthy();
    expect(letters.letters.map((l) => l.url)).toEqual(['/sites/pathways/PwLetters/PH-0001/PH-0001 PIP timetable 2026-11-20.docx']);
    expect(Array.from(letters.contents.values())[0].slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('shows the tracker’s sheets and the LA return', async () => {
    setup();
    await screen.findByRole('table', { name: /Phased Integration Plans/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Tracker' }));
    const weeks = await screen.findByRole('table', { name: /Total PIPs by week, 2026\/27/ });
    expect(within(weeks).getByRole('rowheader', { name: '16/11/2026' }).closest('tr')?.textContent).toBe('16/11/202615.05.0333.3%');
    expect(within(weeks).getAllByRole('rowheader')[0].textContent).toBe('23/11/2026'); // next week, as agreed
    expect(screen.getByRole('table', { name: 'PIP pupils, 2026/27' }).textContent).toContain('Carter');
    fireEvent.click(screen.getByRole('tab', { name: 'LA return' }));
    const ret = await screen.findByRole('table', { name: /Part-time timetables, Autumn 2 2026\/27 \(1 pupil\)/ });
    expect(ret.textContent).toContain('PH-0001');
  });
});
