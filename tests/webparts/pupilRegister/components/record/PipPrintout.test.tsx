/**
 * The printable PIP (Appendix 1) for its two readers: PRU staff print the pupil's safeguarding flags, the PIP's risk
 * assessment and further information; a home school — which is never sent them (docs/sharing.md) — prints that the
 * PRU keeps them, never blanks or a "No" it was never told; axe on both.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { Saved } from '../../../../../src/data/ports';
import type { Pip } from '../../../../../src/domain';
import { PipPrintout } from '../../../../../src/webparts/pupilRegister/components/record/PipPrintout';
import { pipRecord } from '../../../../support/pipBuilder';
import { pupilRecord } from '../../../../support/pupilBuilder';

const pupil = pupilRecord('PH-0007', { id: 7, firstName: 'Jordan', lastName: 'Hale', cp: true, otherAgencies: 'Early help' });
const pip: Saved<Pip> = {
  ...pipRecord(7, { furtherInfo: 'Anxious on the bus', riskSafeguarding: 'Collected by an adult named on the plan' }),
  id: 3,
  etag: '"1"',
};

async function noSeriousViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

describe('Printable PIP', () => {
  it('prints the risk assessment, further information and safeguarding flags for PRU staff', async () => {
    const { container } = render(<PipPrintout pip={pip} pupil={pupil} confidential />);
    const risk = screen.getByRole('region', { name: 'Risk assessment' });
    expect(within(risk).getByRole('rowheader', { name: 'Safeguarding' }).nextElementSibling?.textContent).toBe('Collected by an adult named on the plan');
    expect(screen.getByText('Further information: Anxious on the bus')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'LAC / CIN / CP / YOS' }).nextElementSibling?.textContent).toBe('No / No / Yes / No');
    expect(screen.getByRole('rowheader', { name: 'Other agencies' }).nextElementSibling?.textContent).toBe('Early help');
    expect(screen.queryByText(/not shared with home schools/)).toBeNull();
    await noSeriousViolations(container);
  });

  it("says the PRU keeps them on a home school's copy, never a blank or a 'No'", async () => {
    // What a home school's reads give: the PIP without its confidential part, the pupil with the defaults.
    const shared: Saved<Pip> = { ...pip, furtherInfo: undefined, riskSafeguarding: undefined };
    const { container } = render(<PipPrintout pip={shared} pupil={{ ...pupil, cp: false, otherAgencies: undefined }} confidential={false} />);
    const risk = screen.getByRole('region', { name: 'Risk assessment' });
    expect(within(risk).queryByRole('table')).toBeNull();
    expect(within(risk).getByText('Kept by the PRU: not shared with home schools.')).toBeTruthy();
    expect(screen.getByText('Further information: Kept by the PRU: not shared with home schools')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'LAC / CIN / CP / YOS' }).nextElementSibling?.textContent).toBe('Kept by the PRU: not shared with home schools');
    expect(screen.getByRole('rowheader', { name: 'Other agencies' }).nextElementSibling?.textContent).toBe('Kept by the PRU: not shared with home schools');
    expect(container.textContent).not.toContain('No / No / No / No');
    await noSeriousViolations(container);
  });
});
