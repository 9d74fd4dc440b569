/**
 * The fire register: one click from the register (and from Today) gives who is on site this session from the saved
 * register, who is not yet marked apart, the time it was produced, the session and the counts; printable.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { Today } from '../../../../../src/webparts/today/components/Today';
import { createFakeServices } from '../../../../support/fakeServices';
import { enqueueRegister } from '../../../../../src/webparts/attendance/components/register/offlineQueue';
import { AMARA, DATE, LEO, NEWCOMER, STAFF, ZAK, mark } from './fixtures';

setIconOptions({ disableWarnings: true });
jest.setTimeout(150000);

/** Friday 20/11/2026 at 10:14 in London. */
const NOW = new Date('2026-11-20T10:14:00Z');

function renderWith(ui: React.ReactElement) {
  const services = createFakeServices({
    pupils: [AMARA, LEO, ZAK, NEWCOMER],
    marks: [mark(1, 'L', { arrivalTime: '09:12', minutesLate: 7 }), mark(2, 'I')],
    now: NOW,
    permissions: [],
  });
  return { services, ...render(<AppRoot services={services}>{ui}</AppRoot>) };
}

const rowsOf = (name: RegExp): string[] =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent ?? '');

async function serious(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

beforeEach(() => window.localStorage.clear());

describe('the fire register', () => {
  it('from the register: on site, not yet marked apart, away counted; produced time; unsaved marks are said to be left out', async () => {
    const { container } = renderWith(<TakeRegister />);
    await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ });
    fireEvent.click(screen.getByRole('button', { name: 'Present, Zak Adeyemi' })); // not saved yet
    fireEvent.click(screen.getByRole('button', { name: 'Fire register: who is on site' }));

    const heading = await screen.findByRole('heading', { name: 'Fire register: Friday 20/11/2026, morning (AM)' });
    const sheet = heading.closest('section') as HTMLElement;
    expect(sheet.textContent).toContain('Produced at 10:14 on 20/11/2026 from the register as saved.');
    expect(within(sheet).getByRole('status').textContent).toBe('1 on site · 1 not yet marked · 1 marked away from the site');
    expect(rowsOf(/^On site \(1\)/)).toEqual(['Okafor, Amara10L, arrived 09:12']);
    expect(rowsOf(/^Not yet marked \(1\)/)).toEqual(['Adeyemi, Zak11☐']);
    expect(rowsOf(/^Marked away from the site \(1\)/)).toEqual(['Brennan, Leo8I (Illness (not a medical or dental appointment))']);
    // Nia enrols after today: not on this register.
    expect(sheet.textContent).not.toContain('Fairweather');
    expect(screen.getByText(/1 mark on the register is not saved and so not in the fire register/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the fire register' })).toBeTruthy();
    expect(await serious(container)).toEqual([]);

    // Saved, then produced again: Zak is on site.
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    await screen.findByText(/^Saved \d+ marks?\./);
    fireEvent.click(screen.getByRole('button', { name: 'Produce it again now' }));
    await screen.findByRole('table', { name: /^On site \(2\)/ });
    expect(rowsOf(/^On site \(2\)/)).toEqual(['Adeyemi, Zak11/', 'Okafor, Amara10L, arrived 09:12']);
    expect(rowsOf(/^Not yet marked \(0\)/)).toEqual(['Every pupil on roll has a mark.']);

    fireEvent.click(screen.getByRole('button', { name: 'Close the fire register' }));
    expect(screen.queryByRole('heading', { name: /^Fire register/ })).toBeNull();
  });

  it('from Today: one click for the session now, and back', async () => {
    const { container } = renderWith(<Today />);
    fireEvent.click(await screen.findByRole('button', { name: 'Fire register: who is on site now (this morning)' }));
    await screen.findByRole('heading', { name: 'Fire register: Friday 20/11/2026, morning (AM)' });
    expect(rowsOf(/^On site \(1\)/)).toEqual(['Okafor, Amara10L, arrived 09:12']);
    expect(rowsOf(/^Not yet marked \(1\)/)).toEqual(['Adeyemi, Zak11☐']);
    expect(await serious(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    await screen.findByRole('heading', { name: 'Today, 20/11/2026' });
  });

  it('a register saved on this device and not yet sent counts: the pupil marked present there is on site, said to be not yet sent', async () => {
    // The morning register saved here at 09:20 with no connection: Zak present (not saved anywhere else), Leo's
    // illness changed to late, Amara's late mark left as it was loaded.
    const baseline = { date: DATE, session: 'AM' as const, entries: [{ pupilId: 1, mark: mark(1, 'L', { arrivalTime: '09:12', minutesLate: 7 }) }, { pupilId: 2, mark: mark(2, 'I') }, { pupilId: 3 }] };
    const at = '2026-11-20T09:20:00Z';
    const mine = { recordedBy: STAFF, recordedAt: at };
    expect(
      enqueueRegister({
        user: STAFF,
        date: DATE,
        session: 'AM',
        queuedAt: at,
        request: {
          date: DATE,
          session: 'AM',
          marks: [mark(1, 'L', { arrivalTime: '09:12', minutesLate: 7 }), mark(2, 'L', { ...mine, arrivalTime: '09:18', minutesLate: 13 }), mark(3, '/', mine)],
          reasons: new Map([[2, 'Arrived after the register was taken']]),
          baseline,
          takenBy: STAFF,
          at,
        },
      }),
    ).toBe(true);
    const { container } = renderWith(<Today />);
    fireEvent.click(await screen.findByRole('button', { name: 'Fire register: who is on site now (this morning)' }));
    const heading = await screen.findByRole('heading', { name: 'Fire register: Friday 20/11/2026, morning (AM)' });
    const sheet = heading.closest('section') as HTMLElement;
    expect(within(sheet).getByRole('status').textContent).toBe('3 on site · 0 not yet marked · 0 marked away from the site · 2 saved on this device, not yet sent');
    expect(sheet.textContent).toContain('from the register as saved and 2 marks saved on this device, not yet sent (no connection when the register was saved here).');
    expect(rowsOf(/^On site \(3\)/)).toEqual([
      'Adeyemi, Zak11/ — saved on this device, not yet sent',
      'Brennan, Leo8L, arrived 09:18 — saved on this device, not yet sent',
      'Okafor, Amara10L, arrived 09:12',
    ]);
    expect(await serious(container)).toEqual([]);
  });

  it('a register waiting on this device for another session or day, or already sent with conflicts, does not count', async () => {
    const base = { date: DATE, session: 'AM' as const, entries: [{ pupilId: 3 }] };
    const request = (session: 'AM' | 'PM', date: string) => ({ date, session, marks: [mark(3, '/', { date, session })], reasons: new Map<number, string>(), baseline: { ...base, date, session }, takenBy: STAFF, at: '2026-11-20T09:20:00Z' });
    enqueueRegister({ user: STAFF, date: DATE, session: 'PM', queuedAt: '2026-11-20T09:20:00Z', request: request('PM', DATE) });
    enqueueRegister({ user: STAFF, date: '2026-11-19', session: 'AM', queuedAt: '2026-11-20T09:21:00Z', request: request('AM', '2026-11-19') });
    enqueueRegister({ user: STAFF, date: DATE, session: 'AM', queuedAt: '2026-11-20T09:22:00Z', request: request('AM', DATE), conflicts: [{ pupilId: 3, mine: mark(3, '/') }] });
    renderWith(<Today />);
    fireEvent.click(await screen.findByRole('button', { name: 'Fire register: who is on site now (this morning)' }));
    await screen.findByRole('heading', { name: 'Fire register: Friday 20/11/2026, morning (AM)' });
    expect(rowsOf(/^Not yet marked \(1\)/)).toEqual(['Adeyemi, Zak11☐']);
  });
});
