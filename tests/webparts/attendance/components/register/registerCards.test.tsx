/**
 * The register in a narrow web part (a phone, the Teams side panel): one card per pupil with the same controls in
 * the same order as a table row, the common codes as finger-sized buttons that wrap, and axe-clean.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, NEWCOMER, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });

const rect = HTMLElement.prototype.getBoundingClientRect;
beforeEach(() => {
  window.localStorage.clear();
  // jsdom lays nothing out: every element says it is 390 px wide, as on a phone.
  HTMLElement.prototype.getBoundingClientRect = function () {
    return { x: 0, y: 0, top: 0, left: 0, bottom: 40, right: 390, width: 390, height: 40, toJSON: () => ({}) } as DOMRect;
  };
});
afterEach(() => {
  HTMLElement.prototype.getBoundingClientRect = rect;
});

test('one card per pupil, the controls in the table’s order, codes as buttons; a code chosen in one tap', async () => {
  const services = createFakeServices({ pupils: [AMARA, LEO, ZAK, NEWCOMER], now: new Date('2026-11-20T09:05:00Z') });
  const { container } = render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  const list = await screen.findByRole('list', { name: 'Pupils, Register for Friday 20/11/2026, morning (AM)' });
  expect(screen.queryByRole('table')).toBeNull();
  const cards = within(list).getAllByRole('listitem');
  expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(['Adeyemi, Zak', 'Brennan, Leo', 'Okafor, Amara']);
  const amara = cards[2];
  expect(amara.textContent).toContain(`Year ${AMARA.yearGroup}`);
  // The same tab order as a table row: the codes (one stop), the code list, the arrival time.
  const order = Array.from(amara.querySelectorAll('button, input, select')).map((e) => e.getAttribute('aria-label') ?? '');
  const codes = order.indexOf('Present, Amara Okafor');
  expect(codes).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('Code, Amara Okafor')).toBeGreaterThan(codes);
  expect(order.indexOf('Arrival time, Amara Okafor')).toBeGreaterThan(order.indexOf('Code, Amara Okafor'));
  expect((within(amara).getByRole('group', { name: 'Common codes, Amara Okafor' }) as HTMLElement).style.flexWrap).toBe('wrap');

  fireEvent.click(within(amara).getByRole('button', { name: 'Present, Amara Okafor' }));
  expect(within(amara).getByRole('button', { name: 'Present, Amara Okafor' }).getAttribute('aria-pressed')).toBe('true');
  expect(amara.textContent).toContain('Not saved yet');

  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
