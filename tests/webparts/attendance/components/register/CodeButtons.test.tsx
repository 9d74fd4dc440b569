import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { CodeButtons, buttonCodes } from '../../../../../src/webparts/attendance/components/register/CodeButtons';

const names = (session: 'AM' | 'PM') => buttonCodes(session);

describe('the one-click codes (plain buttons, no focus zone)', () => {
  test('one Tab stop per pupil: the chosen code, else the first; Left, Right, Home and End move between the codes', () => {
    const chosen: string[] = [];
    const { rerender } = render(<CodeButtons session="AM" name="Amara Okafor" onChoose={(c) => chosen.push(c)} />);
    const group = screen.getByRole('group', { name: 'Common codes, Amara Okafor' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(names('AM').length);
    expect(buttons.map((b) => b.tabIndex)).toEqual(buttons.map((_b, i) => (i === 0 ? 0 : -1)));
    expect(buttons[0].getAttribute('aria-label')).toBe('Present, Amara Okafor');

    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Late (L), Amara Okafor');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[1]]);
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1], { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[0]);

    fireEvent.click(screen.getByRole('button', { name: 'Illness (I), Amara Okafor' }));
    expect(chosen).toEqual(['I']);
    rerender(<CodeButtons session="AM" name="Amara Okafor" code="I" onChoose={(c) => chosen.push(c)} />);
    const ill = screen.getByRole('button', { name: 'Illness (I), Amara Okafor' });
    expect(ill.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Present, Amara Okafor' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('a chosen code is the Tab stop until another code is focused; disabled buttons are disabled for real', () => {
    const { rerender } = render(<CodeButtons session="PM" name="Leo Brennan" code="N" onChoose={() => undefined} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label'))).toEqual(['No reason yet (N), Leo Brennan']);
    rerender(<CodeButtons session="PM" name="Leo Brennan" code="N" disabled onChoose={() => undefined} />);
    expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  test('touch-sized where they wrap (a phone), and no accessibility violations', async () => {
    const { container } = render(<CodeButtons session="AM" name="Amara Okafor" code="/" wrap onChoose={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Common codes, Amara Okafor' });
    expect(group.style.flexWrap).toBe('wrap');
    expect(screen.getAllByRole('button').every((b) => b.className.includes('pw-code-buttons-touch'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Present, Amara Okafor' }).className).toContain('pw-code-buttons-checked');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } }); // jsdom draws nothing
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
