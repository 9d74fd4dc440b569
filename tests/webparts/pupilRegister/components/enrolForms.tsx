/**
 * Helpers for driving the pupil forms in component tests (Fluent UI v8 in jsdom). The forms are long, so they
 * find controls by label text and buttons by their text (role queries walk the whole tree and are slow here).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

type Label = string | RegExp;

export const field = (label: Label): HTMLInputElement | HTMLTextAreaElement => screen.getByLabelText(label, { selector: 'input, textarea' });

export function type(label: Label, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

export async function choose(label: Label, option: string): Promise<void> {
  fireEvent.click(screen.getByLabelText(label, { selector: '[role="combobox"]' }));
  const listbox = await waitFor(() => {
    const l = document.querySelector<HTMLElement>('[role="listbox"]');
    if (!l) throw new Error('The list of options did not open');
    return l;
  });
  fireEvent.click(within(listbox).getByText(option, { selector: 'span' }).closest('button') as HTMLElement);
}

export function tick(label: Label): void {
  fireEvent.click(screen.getByLabelText(label, { selector: 'input[type="checkbox"]' }));
}

export function press(text: string): void {
  const button = screen.getAllByText(text, { selector: 'button span, button' }).map((e) => e.closest('button')).find((b) => b !== null);
  if (!button) throw new Error(`No button ${text}`);
  fireEvent.click(button);
}

/** The error message shown at a text field, or null. */
export function fieldError(label: Label): string | null {
  const root = field(label).closest('.ms-TextField');
  return root?.querySelector('[data-automation-id="error-message"]')?.textContent ?? null;
}

/** The smallest valid enrolment, typed as staff would. */
export async function fillMinimalEnrolment(): Promise<void> {
  type('UPN (Unique Pupil Number)', 'T936123450017');
  type('Legal first name', 'Jordan');
  type('Legal last name', 'Hale');
  type('Date of birth', '14/05/2013');
  await choose('Year group', 'Year 8');
  await choose('Home school', 'Oakfield Academy');
  type(/^Emergency contact 1 Name/, 'Jamie Hale');
  type(/^Emergency contact 1 Relationship/, 'Aunt');
  type(/^Emergency contact 1 Phone/, '07700 900003');
}
