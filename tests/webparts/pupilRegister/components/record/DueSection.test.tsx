/**
 * The pupil record's "What is due" lists the open transition plan's review date and its transition meeting beside the
 * needs-assessment steps, from the Due view's own rule (dueCalendar): the same items, act-by dates and reasons.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { DEFAULT_SETTINGS, dueCalendar, formatUkDate } from '../../../../../src/domain';
import { PupilRegister } from '../../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices } from '../../../../support/fakeServices';
import { pupilRecord } from '../../../../support/pupilBuilder';
import { needsAssessmentRequest } from '../../../../support/sendBuilders';
import { transitionPlanRecord } from '../../../../support/transitionBuilder';

setIconOptions({ disableWarnings: true });

const pupil = { ...pupilRecord('PH-0007', { id: 7, firstName: 'Jordan', lastName: 'Hale', senProvision: 'K' }), id: 7 };
const plan = transitionPlanRecord(7, { id: 3, reviewOn: '2026-12-11', plannedOn: '2027-01-04', destinationKind: 'A new setting', destinationName: 'Elm Specialist School' });
const request = needsAssessmentRequest(7, { id: 21, receivedOn: '2026-10-19' });

describe("the pupil record's What is due", () => {
  it("lists the transition plan's review and transition meeting with the needs-assessment steps, as the Due view works them out", async () => {
    window.history.replaceState(null, '', '/?pupil=7');
    const services = createFakeServices({ pupils: [pupil], now: new Date('2026-11-30T10:00:00Z'), transitionPlans: [plan], ehcRequests: [request] });
    render(
      <AppRoot services={services}>
        <PupilRegister />
      </AppRoot>,
    );
    const section = (await screen.findByRole('heading', { name: 'What is due' })).closest('section') as HTMLElement;
    const table = await within(section).findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole(/cell|rowheader/).map((c) => c.textContent));
    const expected = dueCalendar({ today: '2026-11-30', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [], transitionPlans: [plan], ehcRequests: [request], baselines: [{ pupilId: 7, assessedOn: [] }] }).items;
    const kinds = expected.map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['transition-plan-review', 'transition-meeting', 'ehc-assessment-decision']));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(expected.map((i) => [i.label, formatUkDate(i.actBy), i.basis]));
    expect(rows.map((r) => r[0])).toContain('Look at the transition plan again');
    expect(rows.find((r) => r[0] === 'Transition meeting before the pupil moves on')?.[3]).toBe('before the pupil moves on: a new setting (Elm Specialist School) planned for 04/01/2027');
    const results = await axe.run(section, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
