import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { SendSupport } from '../../../../src/webparts/sendSupport/components/SendSupport';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import type { Pupil } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });

const pupil: Pupil = {
  id: 4, pupilRef: 'PH-4', firstName: 'Eli', lastName: 'Crane', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02',
  placementStart: '2026-11-02', registration: 'Single', namedContactIds: [], supportTier: 'Targeted SEN intervention', senProvision: 'K',
  primaryNeed: 'SPLD', monitoring: false, fsm: false, pp: false, lac: false, cin: false, cp: false, yos: false, medical: false,
};
const data: FakeData = {
  pupils: [pupil],
  supportPlans: [
    {
      id: 9, pupilId: 4, cycleStart: '2026-11-02', assessed: 'Reading', assessmentTools: ['YARC'],
      provision: [{ description: '1:1 reading', frequency: 'Daily', provider: 'Teaching assistant', costPerYear: 6200 }],
      profile: { likeAndAdmire: 'Funny and kind', mattersToMe: 'My dog', howToSupport: 'Short tasks' },
    },
  ],
};

function renderSend() {
  const services = createFakeServices(data);
  window.history.replaceState({}, '', '/?pupil=4');
  render(
    <AppRoot services={services}>
      <SendSupport />
    </AppRoot>,
  );
  return services;
}

describe('SEND support', () => {
  it('shows the costed provision map against the threshold setting, in words', async () => {
    renderSend();
    expect(await screen.findByText(/Total a year/)).toBeTruthy();
    expect(screen.getByText(/High-needs threshold \(setting\): £6,000.00 a year\. This plan is above the threshold/)).toBeTruthy();
  });

  it('refuses a target without a measure or date, and a review dated before its plan, saving nothing', async () => {
    const services = renderSend();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Specific outcome' }), { target: { value: 'Reads a page aloud' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add target' }));
    expect(await screen.findByText('A target needs a measure')).toBeTruthy();
    expect(screen.getByText('A target needs a date by when it should be met')).toBeTruthy();
    expect(services.targets.records).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Review date' }), { target: { value: '01/10/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record review' }));
    expect(await screen.findByText('The review date cannot be before the cycle start')).toBeTruthy();
    expect(services.supportPlans.records[0].reviewDate).toBeUndefined();

    fireEvent.change(screen.getByRole('textbox', { name: 'Measure' }), { target: { value: '100 words at 95% accuracy' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'By when' }), { target: { value: '12/02/2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add target' }));
    await waitFor(() => expect(services.targets.records).toHaveLength(1));
    expect(services.targets.records[0]).toMatchObject({ source: 'SEN support plan', sourceId: 9, dueDate: '2027-02-12' });
  });

  it('shows the baseline deadline four weeks from the placement start, and a printable one-page profile', async () => {
    renderSend();
    fireEvent.click(await screen.findByRole('tab', { name: 'Assessments and tracking' }));
    expect(await screen.findByText(/Status: Due \(10 days left\)/)).toBeTruthy();
    expect(screen.getByText('30/11/2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'One-page profile' }));
    expect(await screen.findByText('My dog')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the profile' })).toBeTruthy();
  });
});
