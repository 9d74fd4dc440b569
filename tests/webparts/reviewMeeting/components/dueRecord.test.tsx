/**
 * The Due view's transition plan reviews and EHC needs assessment steps, recorded where they are listed (issue 15):
 * each opens its form, refuses bad dates at the field, saves through the service, and the item leaves the list.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { DEFAULT_SETTINGS } from '../../../../src/domain';
import { transitionToChase } from '../../../../src/webparts/today/components/transitionWatch';
import { AVA, BEN, services as fakeServices } from './fixtures';
import { needsAssessmentRequest } from '../../../support/sendBuilders';
import { transitionPlanRecord } from '../../../support/transitionBuilder';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 10000 });

const TODAY = '2026-11-20';

async function violations(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const statusText = (): string => screen.getAllByRole('status').map((s) => s.textContent ?? '').join(' ');

function setup(data: Parameters<typeof fakeServices>[0]) {
  const services = fakeServices(data);
  const view = render(
    <AppRoot services={services}>
      <ReviewMeetings host={{ kind: 'sharepoint' }} />
    </AppRoot>,
  );
  return { services, ...view };
}

const rowOf = (group: HTMLElement, label: string): HTMLElement => within(group).getByRole('heading', { name: label }).closest('li') as HTMLElement;

describe('the Due view: a transition plan review recorded in place', () => {
  it('refuses a day not yet come and one before the plan was made, then records it; the overdue review leaves the Due view and Today', async () => {
    const { services, container } = setup({ transitionPlans: [transitionPlanRecord(4, { id: 9, madeOn: '2026-10-05', reviewOn: '2026-11-13' })] });
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    const row = rowOf(group, 'Look at the transition plan again');
    expect(row.textContent).toContain('Overdue.');
    fireEvent.click(within(row).getByRole('button', { name: 'Record the review: Look at the transition plan again, Brook, Ava' }));
    const form = await screen.findByRole('form', { name: "Record the review of Brook, Ava's transition plan" });
    expect(await violations(container)).toEqual([]);
    const save = (): void => {
      fireEvent.click(within(form).getByRole('button', { name: 'Record the review' }));
    };
    fireEvent.change(within(form).getByRole('textbox', { name: /Reviewed on/ }), { target: { value: '23/11/2026' } });
    save();
    expect(await within(form).findByText('The review is dated 23/11/2026, after today: record it once it has happened')).toBeTruthy();
    expect(await within(form).findByText('Enter what was decided at the review')).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Reviewed on/ }), { target: { value: '02/10/2026' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /What was decided/ }), { target: { value: 'Return confirmed; a second visit is booked.' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Next review on/ }), { target: { value: '18/12/2026' } });
    save();
    expect(await within(form).findByText('The review cannot be before the plan was made on 05/10/2026')).toBeTruthy();
    expect(services.transitionPlans.records[0].reviews).toBeUndefined();
    fireEvent.change(within(form).getByRole('textbox', { name: /Reviewed on/ }), { target: { value: '19/11/2026' } });
    save();
    await waitFor(() => expect(statusText()).toContain("Recorded: Brook, Ava's transition plan reviewed on 19/11/2026; next review 18/12/2026."));
    // The view is read again: the review now due is the next one, not the overdue one.
    await waitFor(() => expect(rowOf(screen.getByRole('region', { name: 'Brook, Ava' }), 'Look at the transition plan again').textContent).toContain('Due by Friday 18/12/2026'));
    expect(screen.getByRole('region', { name: 'Brook, Ava' }).textContent).not.toContain('13/11/2026');
    const plan = services.transitionPlans.records[0];
    expect(plan.reviews).toEqual([{ on: '2026-11-19', decided: 'Return confirmed; a second visit is booked.', by: services.currentUser.email, nextReviewOn: '2026-12-18' }]);
    // Today's "Transition and reintegration" works from the same records: the review no longer needs chasing.
    expect(transitionToChase([plan], [], [AVA, BEN].map((p, i) => ({ ...p, id: p.id ?? i + 1 })), TODAY, DEFAULT_SETTINGS.statutory)).toEqual([]);
  });
});

describe('the Due view: an EHC needs assessment step recorded in place', () => {
  it("asks what the LA decided and when, refuses a date before the LA received the request, then records it and the step leaves the list", async () => {
    const { services, container } = setup({ ehcRequests: [needsAssessmentRequest(4, { id: 21, receivedOn: '2026-10-12' })] });
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    const label = 'EHC needs assessment: the LA decides whether to assess';
    const row = rowOf(group, label);
    fireEvent.click(within(row).getByRole('button', { name: `Record the LA’s decision: ${label}, Brook, Ava` }));
    const form = await screen.findByRole('form', { name: "Record the LA's decision for Brook, Ava's EHC needs assessment" });
    expect(await violations(container)).toEqual([]);
    const save = (): void => {
      fireEvent.click(within(form).getByRole('button', { name: "Record the LA's decision" }));
    };
    save();
    expect(await within(form).findByText('Choose what the LA decided')).toBeTruthy();
    expect(await within(form).findByText("Enter the date the LA's decision was notified as dd/mm/yyyy")).toBeTruthy();
    fireEvent.click(within(form).getByRole('radio', { name: 'To assess' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /Decision notified on/ }), { target: { value: '09/10/2026' } });
    save();
    expect(await within(form).findByText("The LA's decision cannot be before the LA received the request on 12/10/2026")).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Decision notified on/ }), { target: { value: '21/11/2026' } });
    save();
    expect(await within(form).findByText("The LA's decision is dated 21/11/2026, after today: record it once it has happened")).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Decision notified on/ }), { target: { value: '18/11/2026' } });
    save();
    await waitFor(() => expect(statusText()).toContain("Recorded for Brook, Ava's EHC needs assessment: to assess, on 18/11/2026."));
    await waitFor(() => {
      const again = screen.getByRole('region', { name: 'Brook, Ava' });
      expect(within(again).getByRole('heading', { name: 'Placement review with the home school' })).toBeTruthy();
      expect(within(again).queryByRole('heading', { name: label })).toBeNull();
    });
    const saved = (await services.ehcRequests.forPupil(4)).items[0];
    expect(saved).toMatchObject({ decision: 'To assess', decisionOn: '2026-11-18' });
  });
});
