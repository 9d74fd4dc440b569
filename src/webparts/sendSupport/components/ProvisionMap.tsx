import * as React from 'react';
import { exceedsHighNeedsThreshold, type SupportPlan } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { ScrollRegion } from '../../../ui/plain/ScrollRegion';
import { money } from './formSupport';
import { AddProvisionForm } from './sendForms';

/** The costed provision map: what, how often, who, cost a year; the total against the high-needs threshold (a setting). */
export const ProvisionMap: React.FC<{ plan: Saved<SupportPlan>; threshold: number; canEdit: boolean; onSaved: () => void }> = ({ plan, threshold, canEdit, onSaved }) => {
  const over = exceedsHighNeedsThreshold(plan, { highNeedsThreshold: threshold });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <ScrollRegion label="Costed provision map">
        <table aria-label="Costed provision map">
          <thead>
            <tr>
              <th scope="col">Provision</th>
              <th scope="col">Frequency</th>
              <th scope="col">Provider</th>
              <th scope="col">Cost per year</th>
            </tr>
          </thead>
          <tbody>
            {plan.provision.map((p, i) => (
              <tr key={i}>
                <td>{p.description}</td>
                <td>{p.frequency}</td>
                <td>{p.provider}</td>
                <td>{money(p.costPerYear)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} style={{ textAlign: 'left' }}>
                Total a year
              </th>
              <td>{money(plan.annualCost)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p>
        High-needs threshold (setting): {money(threshold)} a year. {over ? 'This plan is above the threshold: element 3 top-up may apply.' : 'This plan is within the threshold.'}{' '}
        PRUs are funded through place funding plus top-up, so the threshold is shown for reference.
      </p>
      {canEdit && <AddProvisionForm plan={plan} onSaved={onSaved} />}
    </div>
  );
};
