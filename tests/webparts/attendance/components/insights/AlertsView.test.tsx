import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { openView, renderInsights, tableRows } from './renderInsights';

describe('alerts and worklists', () => {
  it('lists the pupil at the penalty threshold as a support-first prompt, with the sessions that make it up', async () => {
    renderInsights();
    await openView('Alerts and worklists');
    const section = await screen.findByRole('region', { name: /Penalty-notice threshold: support first \(1\)/ });
    expect(section.textContent).toMatch(/prompt for the headteacher to review the support/);
    expect(section.textContent).toMatch(/not a fine/);
    const sessions = tableRows(/^Marlow, Kit: 10 sessions from the w\/b 02\/11\/2026 to the w\/b 09\/11\/2026/);
    expect(sessions).toHaveLength(10);
    expect(sessions[0]).toEqual(['02/11/2026', 'PM', 'N – Reason for absence not yet established']);
    expect(within(section).queryByText(/Ashdown, Tamsin/)).toBeNull();
  });

  it('prompts the LA sickness return for 15 days of illness', async () => {
    renderInsights();
    await openView('Alerts and worklists');
    await screen.findByRole('region', { name: /Illness: LA sickness return \(1\)/ });
    const rows = tableRows(/Illness of 15 days or close to it/);
    expect(rows).toEqual([['Pellew, Rowan', '15', '15', 'Tell the local authority (sickness return): reached consecutively on 02/10/2026']]);
  });

  it('lists Stage 2 and 3 pupils, highest stage first, with the latest week and the year to date', async () => {
    renderInsights();
    await openView('Alerts and worklists');
    await screen.findByRole('region', { name: /Stage 2 and 3 worklist \(3\)/ });
    await screen.findByRole('table', { name: /Pupils in Stage 2 or 3/ });
    const rows = tableRows(/Pupils in Stage 2 or 3/).map((r) => r.slice(0, 3));
    expect(rows).toEqual([
      ['Pellew, Rowan', '100% (Stage 1)', '50% (Stage 3)'],
      ['Marlow, Kit', '70% (Stage 3)', '56.7% (Stage 3)'],
      ['Ashdown, Tamsin', '80% (Stage 3)', '90% (Stage 2)'],
    ]);
  });

  it('records an action against a pupil on the worklist, in the pupil’s folder', async () => {
    const { services } = renderInsights({
      actions: [{ pupilId: 2, action: 'Supportive conversation', date: '2026-11-10', planned: false, recordedBy: 'lead.tutor@pathways.example.org' }],
    });
    await openView('Alerts and worklists');
    await screen.findByRole('table', { name: /Pupils in Stage 2 or 3/ });
    expect(tableRows(/Pupils in Stage 2 or 3/)[1][4]).toBe('Supportive conversation, 10/11/2026 (done)');

    fireEvent.click(screen.getByRole('button', { name: 'Record an action for Ashdown, Tamsin' }));
    const form = screen.getByRole('region', { name: 'Record an action for Ashdown, Tamsin' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(await within(form).findByText('Choose the action')).toBeTruthy();

    fireEvent.click(within(form).getByRole('combobox', { name: /Action/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Home visit' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /Date/ }), { target: { value: '31/11/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(await within(form).findByText('Enter the date as dd/mm/yyyy, for example 05/11/2026')).toBeTruthy();

    fireEvent.change(within(form).getByRole('textbox', { name: /Date/ }), { target: { value: '23/11/2026' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Planned (not yet done)' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));

    await waitFor(() => expect(services.attendanceActions.added).toHaveLength(1));
    expect(services.attendanceActions.added[0]).toEqual({
      record: { pupilId: 1, action: 'Home visit', date: '2026-11-23', planned: true, recordedBy: 'attendance.officer@pathways.example.org' },
      pupilRef: 'PH-0001',
    });
    expect((await screen.findByText(/^Recorded: Home visit for Ashdown, Tamsin/)).textContent).toBe('Recorded: Home visit for Ashdown, Tamsin on 23/11/2026.');
    await waitFor(() => expect(tableRows(/Pupils in Stage 2 or 3/)[2][4]).toBe('Home visit, 23/11/2026 (planned)'));
  });

  it('keeps the form and shows the message when the action cannot be saved', async () => {
    const { services } = renderInsights();
    jest.spyOn(services.attendanceActions, 'add').mockRejectedValue(new Error('You do not have permission to record the action.'));
    await openView('Alerts and worklists');
    fireEvent.click(await screen.findByRole('button', { name: 'Record an action for Marlow, Kit' }));
    const form = screen.getByRole('region', { name: 'Record an action for Marlow, Kit' });
    fireEvent.click(within(form).getByRole('combobox', { name: /Action/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Meeting offered' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(await within(form).findByText('You do not have permission to record the action.')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Save the action' })).toBeTruthy();
  });

  it('asks for notes when the action is Other', async () => {
    renderInsights();
    await openView('Alerts and worklists');
    fireEvent.click(await screen.findByRole('button', { name: 'Record an action for Marlow, Kit' }));
    const form = screen.getByRole('region', { name: 'Record an action for Marlow, Kit' });
    fireEvent.click(within(form).getByRole('combobox', { name: /Action/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Other' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(await within(form).findByText('Describe the action in the notes')).toBeTruthy();
  });

  it('reads last year too in the first school weeks, so a penalty window can span the summer', async () => {
    const { services } = renderInsights({ now: new Date('2026-09-25T10:00:00Z') });
    const marksForYear = jest.spyOn(services.attendance, 'marksForYear');
    await openView('Alerts and worklists');
    await screen.findByRole('region', { name: /Penalty-notice threshold/ });
    expect(marksForYear.mock.calls.map((c) => String((c as unknown[])[0])).sort()).toEqual(['2025/26', '2026/27']);
  });
});

describe('prize draw', () => {
  it('gives tickets for this week: two at 100%, one over 90%, none at 90% or below', async () => {
    renderInsights();
    await openView('Prize draw');
    const rows = await screen.findByRole('table', { name: /Prize draw tickets, w\/b 16\/11\/2026/ });
    expect(rows).toBeTruthy();
    expect(tableRows(/Prize draw tickets/)).toEqual([
      ['Pellew, Rowan', '100%', '2', '6'],
      ['Quayle, Juniper', '100%', '2', '6'],
      ['Ashdown, Tamsin', '80%', '0', '2'],
      ['Marlow, Kit', '70%', '0', '0'],
    ]);
    expect(screen.getByText(/tickets in the w\/b 16\/11\/2026/).textContent).toBe('4 tickets in the w/b 16/11/2026 for 2 pupils.');
  });
});
