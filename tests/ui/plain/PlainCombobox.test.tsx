import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { matchingOptions, PlainCombobox } from '../../../src/ui/plain/PlainCombobox';
import type { PlainOption } from '../../../src/ui/plain/PlainFields';

const OPTIONS: PlainOption[] = [
  { key: '1', text: 'Crane, Eli (PH-4)' },
  { key: '2', text: 'Okafor, Amara (PH-1)' },
  { key: '3', text: 'Rowe, Nia (PH-7)' },
  { key: '4', text: 'Amari, Jo (PH-9)' },
];

function Harness({ initial, onChange }: { initial?: string; onChange?: (key: string | undefined) => void }) {
  const [value, setValue] = React.useState<string | undefined>(initial);
  return (
    <>
      <PlainCombobox
        label="Pupil"
        placeholder="Type a name or reference"
        noMatch="No pupil matches"
        options={OPTIONS}
        value={value}
        onChange={(k) => {
          setValue(k);
          onChange?.(k);
        }}
      />
      <p>Chosen: {value ?? 'none'}</p>
      <button type="button">Elsewhere</button>
    </>
  );
}

const box = (): HTMLInputElement => screen.getByRole('combobox', { name: 'Pupil' }) as HTMLInputElement;
const serious = async (): Promise<string[]> => {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
};

describe('PlainCombobox', () => {
  it('narrows to the options holding the typed text, those beginning with it first', () => {
    expect(matchingOptions(OPTIONS, ' ama').map((o) => o.key)).toEqual(['4', '2']);
    expect(matchingOptions(OPTIONS, 'PH-7').map((o) => o.key)).toEqual(['3']);
    expect(matchingOptions(OPTIONS, '')).toHaveLength(4);
  });

  it('opens every option on a click, and a click on one chooses it', async () => {
    const chosen = jest.fn();
    render(<Harness onChange={chosen} />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(box());
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(OPTIONS.map((o) => o.text));
    expect(await serious()).toEqual([]);
    fireEvent.click(screen.getByRole('option', { name: 'Rowe, Nia (PH-7)' }));
    expect(chosen).toHaveBeenCalledWith('3');
    expect(box().value).toBe('Rowe, Nia (PH-7)');
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.click(box());
    expect(screen.getByRole('option', { name: 'Rowe, Nia (PH-7)' }).getAttribute('aria-selected')).toBe('true');
  });

  it('typing then Enter chooses the first match, as typed on a phone', () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: 'Okafor, Amara' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Okafor, Amara (PH-1)']);
    expect(box().getAttribute('aria-activedescendant')).toBe(screen.getByRole('option').id);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByText('Chosen: 2')).toBeTruthy();
    expect(box().value).toBe('Okafor, Amara (PH-1)');
  });

  it('moves with Down and Up, and Escape closes and puts back the chosen text', () => {
    render(<Harness initial="1" />);
    fireEvent.keyDown(box(), { key: 'ArrowDown', altKey: true });
    expect(box().getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Crane, Eli (PH-4)' }).id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(box().getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Okafor, Amara (PH-1)' }).id);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByText('Chosen: 2')).toBeTruthy();

    fireEvent.change(box(), { target: { value: 'Ro' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().value).toBe('Okafor, Amara (PH-1)');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Chosen: 2')).toBeTruthy();
  });

  it('says when nothing matches, and leaving the field then keeps the chosen option', () => {
    render(<Harness initial="3" />);
    fireEvent.change(box(), { target: { value: 'Zed' } });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('No pupil matches “Zed”.');
    fireEvent.blur(box());
    expect(box().value).toBe('Rowe, Nia (PH-7)');
    expect(screen.getByText('Chosen: 3')).toBeTruthy();
  });

  it('leaving the field after typing takes the match ready for Enter', () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: 'crane' } });
    fireEvent.blur(box());
    expect(screen.getByText('Chosen: 1')).toBeTruthy();
    expect(box().value).toBe('Crane, Eli (PH-4)');
  });
});
