/**
 * The register's flag for pupils on roll below SEN support (SEND policy 000: every pupil on roll is at SEN support at
 * least): the pupils recorded N are named, a leaver is not; one click records K with the change in the pupil's
 * history; those who may not edit pupils are told whom to ask; home-school staff do not see it; axe.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { pupilRecord } from '../../../support/pupilBuilder';
import type { FakePupilHistory } from '../../../support/fakeSend';

setIconOptions({ disableWarnings: true });

const pupils = [
  { ...pupilRecord('PH-0001', { firstName: 'Ada', lastName: 'Quill', senProvision: 'K' }), id: 1 },
  { ...pupilRecord('PH-0002', { firstName: 'Bryn', lastName: 'Abbot', senProvision: 'N' }), id: 2 },
  { ...pupilRecord('PH-0003', { firstName: 'Cai', lastName: 'Marsh', senProvision: 'N', leavingDate: '2026-10-23', leavingDestination: 'Returned to the home school' }), id: 3 },
];

function renderRegister(data: FakeData = {}) {
  const services = createFakeServices({ pupils, ...data });
  const view = render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return { services, ...view };
}

describe('pupils below SEN support on the register', () => {
  it('names each pupil on roll recorded N and records SEN support in one click, with the change in their history', async () => {
    const { services, container } = renderRegister();
    const list = await screen.findByRole('list', { name: 'Pupils recorded below SEN support' });
    expect(screen.getByText('Not at SEN support: 1 pupil on roll is recorded as N (no SEN)')).toBeTruthy();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bryn Abbot (PH-0002) Open the recordRecord SEN support (K)']);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    fireEvent.click(within(list).getByRole('button', { name: 'Record SEN support (K) for Bryn Abbot' }));
    await screen.findByText('Bryn Abbot is now recorded at SEN support (K), with the change in their history.');
    await screen.findByText('2 of 2 pupils shown');
    expect(screen.queryByRole('list', { name: 'Pupils recorded below SEN support' })).toBeNull();
    expect((await services.pupils.get(2)).senProvision).toBe('K');
    expect((services.pupilHistory as FakePupilHistory).records).toEqual([
      expect.objectContaining({
        pupilId: 2,
        kind: 'SEN provision',
        from: 'N – No SEN',
        to: 'K – SEN support',
        reason: 'SEND policy: every pupil on roll is at SEN support at least (Register of Additional Need)',
      }),
    ]);
  });

  it('opens the pupil’s record in one click', async () => {
    renderRegister();
    const list = await screen.findByRole('list', { name: 'Pupils recorded below SEN support' });
    fireEvent.click(within(list).getByRole('button', { name: 'Open the record of Bryn Abbot' }));
    expect(await screen.findByRole('region', { name: 'Pupil record' })).toBeTruthy();
    expect(window.location.search).toBe('?pupil=2');
    window.history.replaceState(null, '', '/');
  });

  it('tells those who may not edit pupils whom to ask, and is not shown to home-school staff', async () => {
    const { unmount } = renderRegister({ pupilRights: { canAdd: false, canEdit: false } });
    const list = await screen.findByRole('list', { name: 'Pupils recorded below SEN support' });
    expect(within(list).queryByRole('button', { name: /Record SEN support/ })).toBeNull();
    expect(screen.getByText("Only the office and leadership can change a pupil's SEN provision: ask the SENCO.")).toBeTruthy();
    unmount();

    renderRegister({ pruStaff: false, pupilRights: { canAdd: false, canEdit: false } });
    await screen.findByText(/pupils shown/);
    expect(screen.queryByText(/Not at SEN support/)).toBeNull();
  });
});
