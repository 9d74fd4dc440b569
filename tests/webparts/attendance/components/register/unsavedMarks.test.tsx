/**
 * Unsaved marks: switching the session or the date, leaving for the other Attendance view, going back to Today, or
 * closing the page asks first while a register has marks not yet saved; nothing asks once they are saved.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Attendance } from '../../../../../src/webparts/attendance/components/Attendance';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { Today } from '../../../../../src/webparts/today/components/Today';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

/** Friday 20/11/2026 at 09:05 in London: the morning register is open. */
const MORNING = new Date('2026-11-20T09:05:00Z');

function renderWith(ui: React.ReactElement) {
  const services = createFakeServices({ pupils: [AMARA, LEO, ZAK], now: MORNING, permissions: [] });
  return { services, ...render(<AppRoot services={services}>{ui}</AppRoot>) };
}

const findRegister = () => screen.findByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ });
const question = () => screen.queryByRole('alertdialog', { name: 'Leave without saving?' });
const closingPageAsks = (): boolean => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

beforeEach(() => window.localStorage.clear());

describe('unsaved marks', () => {
  it('another session asks first: stay keeps the register and its marks, leave switches; the page’s close asks too', async () => {
    const { container } = renderWith(<TakeRegister />);
    await findRegister();
    fireEvent.click(screen.getByRole('radio', { name: 'Afternoon (PM)' }));
    // Nothing unsaved: it switches at once.
    await screen.findByRole('table', { name: /afternoon \(PM\)/ });
    expect(question()).toBeNull();
    expect(closingPageAsks()).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Morning (AM)' }));
    await findRegister();

    fireEvent.click(screen.getByRole('button', { name: 'Present, Amara Okafor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Illness (I), Leo Brennan' }));
    expect(closingPageAsks()).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Afternoon (PM)' }));
    const asked = question();
    expect(asked?.textContent).toContain('Not saved yet: 2 marks on the register for Friday 20/11/2026, morning (AM).');
    expect(document.activeElement).toBe(asked);
    expect(screen.getByRole('radio', { name: 'Morning (AM)' })).toHaveProperty('checked', true);
    const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Stay and save' }));
    expect(question()).toBeNull();
    expect(screen.getByRole('button', { name: 'Illness (I), Leo Brennan' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('radio', { name: 'Afternoon (PM)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('table', { name: /afternoon \(PM\)/ });
    expect(closingPageAsks()).toBe(false);
  });

  it('another date asks first: stay keeps the date and the marks, leave opens the other day', async () => {
    renderWith(<TakeRegister />);
    await findRegister();
    fireEvent.click(screen.getByRole('button', { name: 'Present, Amara Okafor' }));
    const dateField = (): HTMLInputElement => screen.getByRole('combobox', { name: /Date of the register/ }) as HTMLInputElement;
    const typeDate = (text: string): void => {
      fireEvent.change(dateField(), { target: { value: text } });
      fireEvent.keyDown(dateField(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    };
    typeDate('19/11/2026');
    const asked = question();
    expect(asked?.textContent).toContain('Not saved yet: 1 mark on the register for Friday 20/11/2026, morning (AM).');
    fireEvent.click(screen.getByRole('button', { name: 'Stay and save' }));
    expect(question()).toBeNull();
    expect(screen.getByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Present, Amara Okafor' }).getAttribute('aria-pressed')).toBe('true');

    typeDate('19/11/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('table', { name: /Register for Thursday 19\/11\/2026, morning \(AM\)/ });
    expect(question()).toBeNull();
  });

  it('once saved, nothing asks', async () => {
    renderWith(<TakeRegister />);
    await findRegister();
    fireEvent.click(screen.getByRole('button', { name: 'Present, Zak Adeyemi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    await screen.findByText(/^Saved 1 mark/);
    expect(closingPageAsks()).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Afternoon (PM)' }));
    await screen.findByRole('table', { name: /afternoon \(PM\)/ });
    expect(question()).toBeNull();
  });

  it('the other Attendance view asks first', async () => {
    renderWith(<Attendance />);
    await findRegister();
    fireEvent.click(screen.getByRole('button', { name: 'Present, Amara Okafor' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Pupils, cohort and alerts' }));
    expect(question()?.textContent).toContain('1 mark on the register');
    expect(screen.getByRole('tab', { name: 'Take the register' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(screen.getByRole('tab', { name: 'Pupils, cohort and alerts' }).getAttribute('aria-selected')).toBe('true');
  });

  it('Back to Today asks first', async () => {
    renderWith(<Today />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the morning register' }));
    await findRegister();
    fireEvent.click(screen.getByRole('button', { name: 'Present, Amara Okafor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    expect(question()?.textContent).toContain('1 mark on the register');
    fireEvent.click(screen.getByRole('button', { name: 'Stay and save' }));
    expect(screen.getByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { name: 'Today, 20/11/2026' })).toBeTruthy();
  });
});
