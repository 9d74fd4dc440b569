/**
 * The behaviour and engagement log on the pupil record, beside attendance and the learning log: engagement over
 * time, the incidents in full; read only (no quick entry) for the pupil's home-school staff; axe.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import type { BehaviourLogEntry } from '../../../../../src/domain';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices, type FakeData } from '../../../../support/fakeServices';
import { engagementEntry, incidentEntry } from '../../../../support/behaviourBuilder';
import { pupilRecord } from '../../../../support/pupilBuilder';

setIconOptions({ disableWarnings: true });

const pupil = pupilRecord('PH-0007', { id: 7, firstName: 'Jordan', lastName: 'Hale', senProvision: 'K' });
const log: BehaviourLogEntry[] = [
  { ...engagementEntry(7, { id: 1, at: '2026-11-16T10:15:00Z' }), day: '2026-11-16' },
  { ...incidentEntry(7, { id: 2, at: '2026-11-18T13:40:00Z' }), day: '2026-11-18' },
];

function renderRecord(data: FakeData = {}) {
  window.history.replaceState(null, '', '/?pupil=7');
  const services = createFakeServices({ pupils: [pupil], behaviourLog: log, ...data });
  const view = render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return { services, ...view };
}

describe('behaviour and engagement on the pupil record', () => {
  it('shows engagement over time and every entry, with the incident in full', async () => {
    const { container } = renderRecord();
    const section = (await screen.findByRole('heading', { name: 'Behaviour and engagement' })).closest('section') as HTMLElement;
    const table = await within(section).findByRole('table', { name: 'Behaviour and engagement log, Jordan Hale' });
    expect(within(table).getByText(/Left the lesson after a disagreement over a seat/)).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(section).getByText('Engagement over time')).toBeTruthy();
    const results = await axe.run(section, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    // PRU staff log a lesson from the record too.
    expect(within(section).getByRole('button', { name: 'Log engagement' })).toBeTruthy();
    expect(container).toBeTruthy();
  });

  it('is read only for the pupil’s home-school staff', async () => {
    renderRecord({ pruStaff: false, pupilRights: { canAdd: false, canEdit: false } });
    const section = (await screen.findByRole('heading', { name: 'Behaviour and engagement' })).closest('section') as HTMLElement;
    await within(section).findByRole('table', { name: 'Behaviour and engagement log, Jordan Hale' });
    expect(within(section).getByText(/Read only: you can read this log/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Log engagement' })).toBeNull();
  });
});
