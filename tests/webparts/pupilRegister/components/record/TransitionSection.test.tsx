/**
 * Transition and reintegration on the pupil record: the exit plan with what is missing before the pupil leaves, a
 * step ticked off (saved, shown once the plan is read again), a plan made through the form with its errors at the
 * fields, a request for an EHC needs assessment with its statutory steps; read only for home-school staff; axe.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices, type FakeData } from '../../../../support/fakeServices';
import { pupilRecord } from '../../../../support/pupilBuilder';
import { needsAssessmentRequest } from '../../../../support/sendBuilders';
import { transitionPlanRecord } from '../../../../support/transitionBuilder';

setIconOptions({ disableWarnings: true });

const pupil = pupilRecord('PH-0007', { id: 7, firstName: 'Jordan', lastName: 'Hale', senProvision: 'K' });

function renderRecord(data: FakeData = {}) {
  window.history.replaceState(null, '', '/?pupil=7');
  const services = createFakeServices({ pupils: [pupil], now: new Date('2026-11-30T10:00:00Z'), ...data });
  render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return services;
}

async function section(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { name: 'Transition and reintegration' })).closest('section') as HTMLElement;
}

async function seriousViolations(el: HTMLElement): Promise<string[]> {
  const results = await axe.run(el, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('transition and reintegration on the pupil record', () => {
  it('shows the plan, what is missing before the pupil leaves, and ticks a step off', async () => {
    const services = renderRecord({ transitionPlans: [transitionPlanRecord(7, { id: 3 })] });
    const s = await section();
    await within(s).findByText('Return to the home school');
    expect(within(s).getByText('Overdue: due by 27/11/2026', { exact: false })).toBeTruthy();
    const missing = within(s).getByRole('region', { name: 'Still to do before Jordan leaves' });
    expect(within(missing).getByText('2 steps not done yet')).toBeTruthy();
    expect(within(missing).getByText('A transition meeting (not arranged)')).toBeTruthy();
    expect(await seriousViolations(s)).toEqual([]);

    fireEvent.click(within(s).getByRole('checkbox', { name: 'Visit the home school with the lead tutor' }));
    await within(await section()).findByText('Ticked off: Visit the home school with the lead tutor (done 30/11/2026).');
    const after = await section();
    await waitFor(() => expect(within(after).getByRole('checkbox', { name: 'Visit the home school with the lead tutor' })).toHaveProperty('checked', true));
    expect(within(after).getByText('1 step not done yet')).toBeTruthy();
    expect(services.transitionPlans.records[0].steps[0].doneOn).toBe('2026-11-30');
    expect(services.transitionPlans.records[0].actionDueOn).toBe('2026-12-07');
  });

  it('makes a plan through the form, saying at each field what is wrong first', async () => {
    const services = renderRecord();
    const s = await section();
    fireEvent.click(await within(s).findByRole('button', { name: 'Make a transition plan' }));
    const form = await screen.findByRole('form', { name: 'Make Jordan’s transition plan' });
    fireEvent.click(within(form).getByRole('radio', { name: /A new setting/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a step' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the plan' }));
    await within(form).findByText('The transition plan was not saved. Correct these 5 things:');
    expect(within(form).getAllByText('Enter the name of the setting')).toHaveLength(2);
    expect(within(form).getAllByText('Enter the date as dd/mm/yyyy').length).toBeGreaterThan(0);
    expect(within(form).getAllByText('Enter what the step is')).toHaveLength(2);
    expect(services.transitionPlans.records).toHaveLength(0);
    expect(await seriousViolations(form)).toEqual([]);

    fireEvent.change(within(form).getByRole('textbox', { name: 'Name of the setting' }), { target: { value: 'Brookside Specialist School' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Planned for (dd/mm/yyyy)' }), { target: { value: '22/02/2027' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Step 1: what' }), { target: { value: 'Two visits with the SEMH lead' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Who' }), { target: { value: 'SEMH lead' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'By (dd/mm/yyyy)' }), { target: { value: '05/02/2027' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the plan' }));
    await within(await section()).findByText('Jordan’s transition plan is saved (planning, planned for 22/02/2027).');
    expect(within(await section()).getByText('A new setting: Brookside Specialist School')).toBeTruthy();
    expect(services.transitionPlans.created[0]).toMatchObject({ pupilRef: 'PH-0007', plan: { steps: [{ owner: 'SEMH lead', dueOn: '2027-02-05' }] } });
  });

  it('records a request for an EHC needs assessment and shows its statutory steps', async () => {
    const services = renderRecord({ ehcRequests: [needsAssessmentRequest(7, { id: 4, receivedOn: '2026-10-05' })] });
    const s = await section();
    const steps = await within(s).findByRole('table', { name: 'Request received by the LA on 05/10/2026' });
    const decision = within(steps).getByRole('row', { name: /The LA decides whether to assess/ });
    expect(within(decision).getByText('16/11/2026')).toBeTruthy();
    expect(within(decision).getByText('Overdue: chase the LA')).toBeTruthy();
    expect(await seriousViolations(s)).toEqual([]);

    fireEvent.click(within(s).getByRole('button', { name: 'Record the LA’s decisions' }));
    const form = await screen.findByRole('form', { name: 'Record the LA’s decisions' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Decision notified on (dd/mm/yyyy)' }), { target: { value: '01/12/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the decisions' }));
    await within(form).findByText('Choose what the LA decided', { selector: '[role="alert"]' });
    expect((await services.ehcRequests.forPupil(7)).items[0].decision).toBeUndefined();
  });

  it('is read only for the pupil’s home-school staff', async () => {
    renderRecord({ pruStaff: false, pupilRights: { canAdd: false, canEdit: false }, transitionPlans: [transitionPlanRecord(7, { id: 3 })] });
    const s = await section();
    await within(s).findByText('Return to the home school');
    expect(within(s).queryByRole('checkbox')).toBeNull();
    expect(within(s).queryByRole('button', { name: 'Change the plan' })).toBeNull();
    expect(within(s).queryByRole('button', { name: 'Record a request for an EHC needs assessment' })).toBeNull();
    expect(within(s).getByText(/Visit the home school with the lead tutor/)).toBeTruthy();
  });

  it('lists the reviews recorded on the plan (from the Due view), and changing the plan keeps them', async () => {
    const reviews = [{ on: '2026-11-19', decided: 'Return confirmed; a second visit is booked.', by: 'senco@pathways.example.org', nextReviewOn: '2026-12-18' }];
    const services = renderRecord({ transitionPlans: [transitionPlanRecord(7, { id: 3, madeOn: '2026-10-05', reviewOn: '2026-12-18', reviews })] });
    const s = await section();
    expect(await within(s).findByText('19/11/2026: Return confirmed; a second visit is booked. (next review 18/12/2026)')).toBeTruthy();
    fireEvent.click(within(s).getByRole('button', { name: 'Change the plan' }));
    const form = await screen.findByRole('form', { name: 'Change Jordan’s transition plan' });
    // The plan's own notes come after each step's.
    const planNotes = within(form).getAllByRole('textbox', { name: /^Notes/ }).pop() as HTMLElement;
    fireEvent.change(planNotes, { target: { value: 'Spring start confirmed.' } });
    fireEvent.submit(form);
    await waitFor(() => expect(services.transitionPlans.records[0].notes).toBe('Spring start confirmed.'));
    expect(services.transitionPlans.records[0]).toMatchObject({ madeOn: '2026-10-05', reviews });
  });
});
