/** The plain radio group (src/ui/plain/PlainRadioGroup.tsx): a radiogroup named by its legend, one choice checked; axe. */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { PlainRadioGroup } from '../../../src/ui/plain/PlainRadioGroup';

const Harness: React.FC = () => {
  const [by, setBy] = React.useState('pupil');
  return (
    <PlainRadioGroup
      label="Show"
      value={by}
      options={[
        { key: 'pupil', text: 'By pupil' },
        { key: 'week', text: 'By week' },
      ]}
      onChange={setBy}
    />
  );
};

describe('PlainRadioGroup', () => {
  it('is a radiogroup named by its legend, one choice checked, and the other chosen by a click', async () => {
    const { container } = render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Show' });
    expect(within(group).getByRole('radio', { name: 'By pupil' })).toHaveProperty('checked', true);
    fireEvent.click(within(group).getByRole('radio', { name: 'By week' }));
    expect(within(group).getByRole('radio', { name: 'By week' })).toHaveProperty('checked', true);
    expect(within(group).getByRole('radio', { name: 'By pupil' })).toHaveProperty('checked', false);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
