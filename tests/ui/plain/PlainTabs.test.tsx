import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { PlainTabs } from '../../../src/ui/plain/PlainTabs';

const TABS = [
  { key: 'a', title: 'Learning log', render: () => <p>The log</p> },
  { key: 'b', title: 'Behaviour', render: () => <button type="button">Log behaviour</button> },
  { key: 'c', title: 'SEMH focus', render: () => <p>The profiles</p> },
];

describe('PlainTabs', () => {
  it('shows the first tab, only the chosen tab’s content, in a panel named by its tab', async () => {
    render(<PlainTabs label="Logs of Nia Rowe" tabs={TABS} />);
    expect(screen.getByRole('tablist', { name: 'Logs of Nia Rowe' })).toBeTruthy();
    expect(screen.getByRole('tabpanel', { name: 'Learning log' }).textContent).toBe('The log');
    expect(screen.getByRole('tab', { name: 'Learning log' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Behaviour' }));
    expect(screen.getByRole('tabpanel', { name: 'Behaviour' })).toBeTruthy();
    expect(screen.queryByText('The log')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Learning log' }).getAttribute('aria-selected')).toBe('false');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('is one tab stop; arrows, Home and End move between the tabs and Enter (a button’s click) opens one', () => {
    render(<PlainTabs label="Logs" tabs={TABS} />);
    const [first, second, third] = screen.getAllByRole('tab');
    expect([first, second, third].map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(third);
    fireEvent.click(third);
    expect(screen.getByText('The profiles')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('can be kept by the caller (selectedKey, onSelect): a click asks, the caller’s key decides', () => {
    const Kept: React.FC = () => {
      const [key, setKey] = React.useState('c');
      return <PlainTabs label="Logs" tabs={TABS} selectedKey={key} onSelect={(k) => setKey(k === 'b' ? 'c' : k)} />;
    };
    render(<Kept />);
    expect(screen.getByRole('tabpanel', { name: 'SEMH focus' }).textContent).toBe('The profiles');
    fireEvent.click(screen.getByRole('tab', { name: 'Learning log' }));
    expect(screen.getByRole('tabpanel', { name: 'Learning log' }).textContent).toBe('The log');
    // The caller refuses 'Behaviour' (keeps SEMH focus): the tabs show what the caller says.
    fireEvent.click(screen.getByRole('tab', { name: 'Behaviour' }));
    expect(screen.getByRole('tab', { name: 'SEMH focus' }).getAttribute('aria-selected')).toBe('true');
  });
});
