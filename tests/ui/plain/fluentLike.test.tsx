import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { DefaultButton, IconButton, PrimaryButton } from '../../../src/ui/plain/buttons';
import { Link } from '../../../src/ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../src/ui/plain/MessageBar';
import { Spinner } from '../../../src/ui/plain/Spinner';
import { Stack } from '../../../src/ui/plain/Stack';
import { Text } from '../../../src/ui/plain/Text';

async function noViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container);
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('plain stand-ins for Fluent’s Button, MessageBar, Spinner, Link, Stack and Text', () => {
  test('buttons: native, type=button unless told (never submit a form by accident), named by text or aria-label, disabled for real', async () => {
    const submitted = jest.fn((e: React.FormEvent) => e.preventDefault());
    const clicked = jest.fn();
    const { container } = render(
      <form onSubmit={submitted}>
        <DefaultButton text="Cancel" onClick={clicked} />
        <PrimaryButton text="Save" type="submit" />
        <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel="Remove the row" title="Remove the row" />
        <DefaultButton text="Print" disabled onClick={clicked} />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Remove the row' }).querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const print = screen.getByRole('button', { name: 'Print' }) as HTMLButtonElement;
    expect(print.disabled).toBe(true);
    fireEvent.click(print);
    expect(clicked).toHaveBeenCalledTimes(1);
    await noViolations(container);
  });

  test('message bars: errors are alerts, the rest statuses (or the role asked for); actions and a named close button', async () => {
    const dismissed = jest.fn();
    const { container } = render(
      <div>
        <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text="Try again" />}>
          The pupils could not be read.
        </MessageBar>
        <MessageBar messageBarType={MessageBarType.success}>Saved.</MessageBar>
        <MessageBar messageBarType={MessageBarType.warning} role="alert">
          Not sent yet.
        </MessageBar>
        <MessageBar onDismiss={dismissed} dismissButtonAriaLabel="Close">
          Restored from this device.
        </MessageBar>
      </div>,
    );
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['The pupils could not be read.', 'Not sent yet.']);
    expect(screen.getAllByRole('status').map((a) => a.textContent)).toEqual(['Saved.', 'Restored from this device.']);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dismissed).toHaveBeenCalledTimes(1);
    await noViolations(container);
  });

  test('a spinner keeps Fluent’s class name and says what is loading, politely', () => {
    render(<Spinner label="Loading the register…" />);
    const status = screen.getByRole('status');
    expect(status.className).toContain('ms-Spinner');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Loading the register…');
  });

  test('a spinner with ariaLive off is no status of its own inside the live region that says its words', () => {
    render(
      <div role="status" aria-live="polite">
        <Spinner label="Saving 3 marks…" ariaLive="off" labelPosition="right" />
      </div>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Saving 3 marks…');
  });

  test('a spinner turns, and stands still for someone who asked for reduced motion', () => {
    const { container, unmount } = render(<Spinner label="Loading…" />);
    expect(container.querySelector('animateTransform')).not.toBeNull();
    unmount();
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)', media: query })) as unknown as typeof window.matchMedia;
    try {
      const still = render(<Spinner label="Loading…" />);
      expect(still.container.querySelector('animateTransform')).toBeNull();
      expect(still.getByRole('status').textContent).toBe('Loading…');
    } finally {
      window.matchMedia = original;
    }
  });

  test('a link is an anchor with href and a button without; Text keeps its element; Stack lays out with a gap', async () => {
    const opened = jest.fn();
    const { container } = render(
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <Text as="h2" variant="xLarge" block>
          Pupils
        </Text>
        <Link href="/sites/pathways/Lists/PwPupils">The list</Link>
        <Link onClick={opened}>Open the record</Link>
      </Stack>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Pupils' }).style.fontSize).toBe('20px');
    expect(screen.getByRole('link', { name: 'The list' }).getAttribute('href')).toBe('/sites/pathways/Lists/PwPupils');
    fireEvent.click(screen.getByRole('button', { name: 'Open the record' }));
    expect(opened).toHaveBeenCalled();
    const stack = container.firstElementChild as HTMLElement;
    expect([stack.style.display, stack.style.flexDirection, stack.style.flexWrap, stack.style.gap, stack.style.alignItems]).toEqual(['flex', 'row', 'wrap', '12px', 'center']);
    await noViolations(container);
  });
});
