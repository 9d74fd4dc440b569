/**
 * From Today to the Due view and back (issue 15): a transition plan's review recorded in the Due view opened from
 * Today leaves Today's "Transition and reintegration" on the way back, with no page reload (Today reads again).
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../src/ui/AppRoot';
import { Today } from '../../../src/webparts/today/components/Today';
import { createFakeServices } from '../../support/fakeServices';
import { pupilRecord } from '../../support/pupilBuilder';
import { transitionPlanRecord } from '../../support/transitionBuilder';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 15000 });

it('a plan review recorded in the Due view opened from Today is no longer listed on Today when the person comes back', async () => {
  const services = createFakeServices({
    now: new Date('2026-11-20T10:00:00Z'),
    pupils: [pupilRecord('PH-3', { id: 3, firstName: 'Cai', lastName: 'Marsh', enrolmentDate: '2026-09-07', placementStart: '2026-09-07' })],
    transitionPlans: [transitionPlanRecord(3, { id: 5, madeOn: '2026-10-05', reviewOn: '2026-11-18', steps: [] })],
    ehcRequests: [],
  });
  render(
    <AppRoot services={services}>
      <Today />
    </AppRoot>,
  );
  const transition = await screen.findByRole('region', { name: /^Transition and reintegration \(1\)/ });
  expect(transition.textContent).toContain('Marsh, Cai: transition plan review due 18/11/2026');
  // The placement review (6 weeks from 07/09, never held) is in Today's Reviews: it opens the Due view in place.
  fireEvent.click(await screen.findByRole('button', { name: /: open the Due view$/ }));
  const group = await screen.findByRole('region', { name: 'Marsh, Cai' });
  const row = within(group).getByRole('heading', { name: 'Look at the transition plan again' }).closest('li') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: 'Record the review: Look at the transition plan again, Marsh, Cai' }));
  const form = await screen.findByRole('form', { name: "Record the review of Marsh, Cai's transition plan" });
  fireEvent.change(within(form).getByRole('textbox', { name: /Reviewed on/ }), { target: { value: '19/11/2026' } });
  fireEvent.change(within(form).getByRole('textbox', { name: /What was decided/ }), { target: { value: 'Move confirmed for January.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Record the review' }));
  await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toContain("Recorded: Marsh, Cai's transition plan reviewed on 19/11/2026; no further review set."));
  fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
  expect((await screen.findByRole('region', { name: /^Transition and reintegration \(0\)/ })).textContent).toContain('No reintegration step overdue');
  expect(services.transitionPlans.records[0].reviewOn).toBeUndefined();
});
