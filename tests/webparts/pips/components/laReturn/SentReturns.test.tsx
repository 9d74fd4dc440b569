/**
 * The LA return tab's record of returns sent, with in-memory services: the next return due, a bad entry refused at
 * its field with nothing filed, the return on screen recorded as sent with its CSV filed (the bytes are the return's
 * own CSV), the history and the next due updated after it, and no serious accessibility violation.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { TextDecoder, TextEncoder } from 'util';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Pips } from '../../../../../src/webparts/pips/components/Pips';
import { DEFAULT_SETTINGS } from '../../../../../src/domain';
import { createFakeServices } from '../../../../support/fakeServices';
import type { FakeLaReturns } from '../../../../support/fakeLaReturns';
import { sentLaReturn } from '../../../../support/laReturnBuilder';
import { KIT, NOOR, NOW, SAM, SAM_PIP } from '../pipFixtures';

Object.assign(globalThis, { TextEncoder, TextDecoder });
setIconOptions({ disableWarnings: true });

const settings = { ...DEFAULT_SETTINGS, laPartTimeReturn: { ...DEFAULT_SETTINGS.laPartTimeReturn, timing: 'Half-termly' as const, format: 'CSV' as const, sendTo: 'ptt@la.example.gov.uk' } };

async function openTab() {
  const services = createFakeServices({ pupils: [SAM, NOOR, KIT], pips: [SAM_PIP], now: NOW, settings });
  const laReturns = services.laReturns as FakeLaReturns;
  await laReturns.record(sentLaReturn({ period: 'Autumn 1 2026/27', periodStart: '2026-09-03', periodEnd: '2026-10-23', sentOn: '2026-10-23', nil: true, pupilCount: 0, pipIds: [], fileName: 'Part-time timetables Autumn 1 2026-27 sent 2026-10-23.csv' }), new Uint8Array([1]));
  const view = render(
    <AppRoot services={services}>
      <Pips />
    </AppRoot>,
  );
  await screen.findByRole('table', { name: /Phased Integration Plans/ });
  fireEvent.click(screen.getByRole('tab', { name: 'LA return' }));
  await screen.findByRole('table', { name: /Part-time timetables, Autumn 2 2026\/27 \(1 pupil\)/ });
  await screen.findByRole('table', { name: 'Returns sent (1)' });
  return { services, laReturns, ...view };
}

const press = (text: string) => fireEvent.click(screen.getByText(text, { selector: 'button *, button' }));

describe('Returns sent to the LA', () => {
  it('shows the next due and the history, and refuses a bad entry at its field, filing nothing', async () => {
    const { laReturns, container } = await openTab();
    expect(screen.getByText('The return for Autumn 2 2026/27 is due on 18/12/2026.')).toBeTruthy();
    expect(screen.getByText('No return for Autumn 2 2026/27 is recorded as sent.')).toBeTruthy();
    const history = screen.getByRole('table', { name: 'Returns sent (1)' });
    expect(within(history).getByRole('rowheader').textContent).toBe('Autumn 1 2026/27 (03/09/2026 to 23/10/2026)');
    expect(history.textContent).toContain('Nil return');

    fireEvent.change(screen.getByLabelText('Date sent'), { target: { value: '21/11/2026' } });
    press('Record as sent');
    expect(await screen.findByText('The date sent cannot be in the future')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Date sent'), { target: { value: '20/11/2026' } });
    press('Record as sent');
    expect(await screen.findByText('Choose how the return was sent')).toBeTruthy();
    expect(laReturns.returns).toHaveLength(1);

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('records the return on screen as sent with its CSV, and the next due moves on', async () => {
    const { laReturns } = await openTab();
    fireEvent.click(screen.getByRole('combobox', { name: /How it was sent/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Secure file transfer' }));
    press('Record as sent');
    await screen.findByText('Recorded: the return for Autumn 2 2026/27 was sent on 20/11/2026 (Part-time timetables Autumn 2 2026-27 sent 2026-11-20.csv).');
    await screen.findByRole('table', { name: 'Returns sent (2)' });
    expect(screen.getByText('The return for Autumn 2 2026/27 was sent on 20/11/2026 by Attendance Officer.')).toBeTruthy();
    expect(screen.getByText(/The return for Spring 1 2026\/27 is due on/)).toBeTruthy();
    const [filed] = (await laReturns.list()).items;
    expect(filed).toMatchObject({ period: 'Autumn 2 2026/27', how: 'Secure file transfer', sentTo: 'ptt@la.example.gov.uk', sentBy: 'Attendance Officer', pupilCount: 1, pipIds: [1], nil: false });
    const csv = new TextDecoder().decode(laReturns.contents.get(filed.url));
    expect(csv).toContain('PH-0001');
  });
});
