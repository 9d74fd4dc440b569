import * as axe from 'axe-core';
import { fireEvent, screen } from '@testing-library/react';
import { openView, renderInsights } from './renderInsights';

/** axe-core over the rendered view (colour contrast needs a real browser, so that rule is left to manual checks). */
async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// jsdom has no canvas; axe only uses it for icon-ligature heuristics.
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('attendance insights accessibility (axe-core)', () => {
  it('has no violations in the pupil view with its chart', async () => {
    const { container } = renderInsights();
    fireEvent.click(await screen.findByRole('combobox', { name: 'Pupil' }));
    fireEvent.click(await screen.findByRole('option', { name: /Ashdown, Tamsin/ }));
    await screen.findByRole('img', { name: /Attendance by school week/ });
    expect(await violations(container)).toEqual([]);
  }, 30000);

  it('has no violations in the cohort view and the worklists', async () => {
    const { container } = renderInsights();
    await openView('Cohort');
    await screen.findByRole('img', { name: /Attendance by home school/ });
    expect(await violations(container)).toEqual([]);
    await openView('Alerts and worklists');
    await screen.findByRole('table', { name: /Pupils in Stage 2 or 3/ });
    expect(await violations(container)).toEqual([]);
    await openView('Missing marks');
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '2026-10-19' } });
    await screen.findByRole('table', { name: /Sessions with missing marks/ });
    expect(await violations(container)).toEqual([]);
  }, 60000);
});
