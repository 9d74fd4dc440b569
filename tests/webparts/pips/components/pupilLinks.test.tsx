/**
 * Pupil names in the Phased Integration Plans web part open the pupil's record in place (src/ui/pupilRecord): from
 * the list, the PIP itself and the tracker; the way back returns focus to the name and keeps the tab and the PIP
 * open. axe while the record is open.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Pips } from '../../../../src/webparts/pips/components/Pips';
import { createFakeServices } from '../../../support/fakeServices';
import { openRecordAndReturn } from '../../../support/pupilRecordLinks';
import { KIT, NOOR, NOW, SAM, SAM_PIP } from './pipFixtures';

setIconOptions({ disableWarnings: true });
// The whole record renders and axe reads it: slow in jsdom on a shared machine.

function setup() {
  return render(
    <AppRoot services={createFakeServices({ pupils: [SAM, NOOR, KIT], pips: [SAM_PIP], now: NOW })}>
      <Pips />
    </AppRoot>,
  );
}

const openAndReturn = (name: HTMLElement, container: HTMLElement, axe = false): Promise<void> =>
  openRecordAndReturn({ name, record: 'Carter, Sam', webPart: 'Phased Integration Plans', back: 'Back to Phased Integration Plans', container, axe });

describe('pupil names in the PIPs web part', () => {
  it('open the record from the list', async () => {
    const { container } = setup();
    const table = await screen.findByRole('table', { name: /Phased Integration Plans \(1\)/ });
    await openAndReturn(within(table).getByRole('button', { name: 'Sam Carter' }), container, true);
    expect(screen.getByRole('table', { name: /Phased Integration Plans \(1\)/ })).toBeTruthy();
  });

  it('open the record from the PIP, and come back to the PIP', async () => {
    const { container } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Sam Carter' }));
    const heading = await screen.findByRole('heading', { name: 'PIP for Sam Carter (PH-0001)' });
    await openAndReturn(within(heading).getByRole('button', { name: 'Sam Carter' }), container);
    expect(screen.getByRole('heading', { name: 'PIP for Sam Carter (PH-0001)' })).toBeTruthy();
  });

  it('open the record from the tracker', async () => {
    const { container } = setup();
    await screen.findByRole('table', { name: /Phased Integration Plans/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Tracker' }));
    const sheet = await screen.findByRole('table', { name: 'PIP pupils, 2026/27' }, { timeout: 30000 });
    await openAndReturn(within(sheet).getByRole('button', { name: 'Sam Carter' }), container);
    expect(screen.getByRole('tab', { name: 'Tracker' }).getAttribute('aria-selected')).toBe('true');
  });
});
