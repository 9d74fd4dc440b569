import * as React from 'react';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';
import { SiteProblem } from '../../../src/ui/SiteProblem';
import { onDemand } from '../../../src/ui/onDemand';
import { PlainMessage } from '../../../src/ui/plain/PlainMessage';

const Throws: React.FC = () => {
  throw new Error('The pupil list could not be read.');
};

async function noViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container);
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('the shell’s plain messages', () => {
  test('a component that throws: the error is announced at once (role alert), in plain words, with no Fluent markup', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <ErrorBoundary>
        <Throws />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Something went wrong in this part of the page: The pupil list could not be read. Reload the page to try again.');
    expect(container.querySelector('[class*="ms-"]')).toBeNull();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await noViolations(container);
  });

  test('no Pathways Hub site: a status message under a level-2 heading, the reason in full', async () => {
    const { container } = render(<SiteProblem message="No Pathways Hub site is configured for this page." />);
    const status = screen.getByRole('status');
    expect(screen.getByRole('heading', { level: 2, name: 'Pathways Hub cannot open its site' })).toBeTruthy();
    expect(status.textContent).toContain('No Pathways Hub site is configured for this page.');
    await noViolations(container);
  });

  test('the bar keeps a border for forced-colours mode and a colour per kind', () => {
    const { container } = render(
      <>
        <PlainMessage kind="info">A</PlainMessage>
        <PlainMessage kind="warning">B</PlainMessage>
        <PlainMessage kind="error">C</PlainMessage>
      </>,
    );
    const bars = [...container.querySelectorAll<HTMLElement>('.pw-plain-message')];
    expect(bars.map((b) => b.style.borderStyle)).toEqual(['solid', 'solid', 'solid']);
    expect(new Set(bars.map((b) => b.style.background)).size).toBe(3);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['A', 'B']);
    expect(screen.getByRole('alert').textContent).toBe('C');
  });

  test('a part loaded on demand shows its words in a status while it loads, then the part', async () => {
    let loaded: (c: React.ComponentType<{ name: string }>) => void = () => undefined;
    const Part = onDemand<{ name: string }>('Loading the tracker…', () => new Promise((resolve) => (loaded = resolve)));
    render(<Part name="tracker" />);
    expect((await screen.findByRole('status')).textContent).toBe('Loading the tracker…');
    loaded(({ name }) => <p>The {name}</p>);
    await screen.findByText('The tracker');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
