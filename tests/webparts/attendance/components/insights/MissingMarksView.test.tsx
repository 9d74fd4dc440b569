import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Attendance } from '../../../../../src/webparts/attendance/components/Attendance';
import { createFakeServices } from '../../../../support/fakeServices';
import { NOW, marks, pupils, schools } from './insightsFixtures';
import { openView, renderInsights, tableRows } from './renderInsights';

jest.setTimeout(60000);

describe('missing marks view', () => {
  it('last week and this one by default; a wider range lists each session with its unmarked pupils; a bad range is said at the field', async () => {
    renderInsights();
    await openView('Missing marks');
    // The fixtures mark every session from 02/11 to 20/11 for every pupil.
    await screen.findByText('No marks are missing from 09/11/2026 to 20/11/2026.');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-09-02' } });
    // 02/09 to 23/10 (38 school days before half-term) have no marks at all: 76 sessions.
    expect((await screen.findByRole('status')).textContent).toMatch(/ marks missing in 76 sessions from 02\/09\/2026 to 20\/11\/2026\.$/);
    const first = tableRows(/Sessions with missing marks/)[0];
    expect(first.slice(0, 2)).toEqual(['02/09/2026', 'Morning (AM)']);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-27' } });
    expect(await screen.findByText(/Choose a date up to today \(20\/11\/2026\)/, { selector: '[role="alert"] *, [role="alert"]' })).toBeTruthy();
  });

  it("each session's date opens that day's register, in the Attendance web part", async () => {
    const services = createFakeServices({ pupils, schools, marks, now: NOW, permissions: [] });
    render(
      <AppRoot services={services}>
        <Attendance />
      </AppRoot>,
    );
    await openView('Pupils, cohort and alerts');
    await openView('Missing marks');
    await screen.findByText('No marks are missing from 09/11/2026 to 20/11/2026.');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-09-02' } });
    fireEvent.click(await screen.findByRole('button', { name: '02/09/2026: open the register for Wednesday 02/09/2026, afternoon (PM)' }));
    await screen.findByRole('table', { name: /Register for Wednesday 02\/09\/2026, afternoon \(PM\)/ });
    expect(screen.getByRole('tab', { name: 'Take the register' }).getAttribute('aria-selected')).toBe('true');
  });
});
