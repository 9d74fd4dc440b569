import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import type { Pupil, School } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const base: Pupil = {
  pupilRef: 'PH-1', firstName: 'Ada', lastName: 'Quill', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02',
  registration: 'Dual', homeSchoolId: 1, namedContactIds: [], supportTier: 'Universal', senProvision: 'N', monitoring: false,
  fsm: false, pp: false, lac: false, cin: false, cp: false, yos: false, medical: false,
};
const schools: School[] = [
  { id: 1, name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' },
  { id: 2, name: 'Elmwood High', urn: '990002', phase: 'Secondary', active: true, email: 'office@elmwood.example.sch.uk' },
];
const pupils: Pupil[] = [
  { ...base, id: 1, fsm: true, supportTier: 'Specialist offer', senProvision: 'K', primaryNeed: 'SEMH', secondaryNeed: 'SLCN' },
  { ...base, id: 2, pupilRef: 'PH-2', firstName: 'Bryn', lastName: 'Abbot', homeSchoolId: 2, fsm: true, lac: true },
  { ...base, id: 3, pupilRef: 'PH-3', firstName: 'Cai', lastName: 'Marsh', registration: 'Single', homeSchoolId: undefined, senProvision: 'E', primaryNeed: 'ASD' },
];

function renderRegister(data: FakeData = {}) {
  const services = createFakeServices({ pupils, schools, ...data });
  render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return services;
}

async function choose(label: string, option: string): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const rowNames = (): string[] => within(screen.getByRole('grid', { name: 'Pupils on roll' })).queryAllByRole('rowheader').map((c) => (c.textContent ?? '').trim());

describe('Pupil register', () => {
  it('filters by a dimension and groups by flag with a pupil in each of their groups', async () => {
    renderRegister();
    await screen.findByText('3 of 3 pupils shown');
    await choose('Home school', 'Elmwood High');
    expect(screen.getByText('1 of 3 pupils shown')).toBeTruthy();
    expect(rowNames()).toEqual(['Abbot, Bryn']);
    await choose('Home school', 'All');
    await choose('Group by', 'Flag');
    expect(await screen.findByText('FSM (2)')).toBeTruthy();
    expect(screen.getByText('LAC (1)')).toBeTruthy();
    expect(screen.getByText('None (1)')).toBeTruthy();
  });

  it('hides the census export from home-school staff, and offers it to PRU staff', async () => {
    renderRegister({ pruStaff: false });
    await screen.findByText('3 of 3 pupils shown');
    expect(screen.queryByRole('button', { name: 'Export census CSV' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change support for/ })).toBeNull();
  });

  it('refuses a census export with a secondary need equal to the primary, naming the pupil', async () => {
    renderRegister({ pupils: [...pupils, { ...base, id: 4, pupilRef: 'PH-4', lastName: 'Dee', senProvision: 'K', primaryNeed: 'ASD', secondaryNeed: 'ASD' } as Pupil] });
    fireEvent.click(await screen.findByRole('button', { name: 'Export census CSV' }));
    expect(await screen.findByText(/Nothing was exported/)).toBeTruthy();
    expect(screen.getByText('PH-4, secondary need: Secondary need must differ from the primary need')).toBeTruthy();
  });

  it('changes a tier only with a reason, and keeps the change in the history', async () => {
    const services = renderRegister();
    fireEvent.click(await screen.findByRole('button', { name: 'Change support for Abbot, Bryn' }));
    await choose('Support tier', 'Targeted SEN intervention');
    fireEvent.click(screen.getByRole('button', { name: 'Save change' }));
    expect(await screen.findByText('Enter the reason for the change')).toBeTruthy();
    expect(services.pupilHistory.records).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Reason for the change' }), { target: { value: 'Termly review: needs a targeted reading intervention' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save change' }));
    await waitFor(() => expect(services.pupilHistory.records).toHaveLength(1));
    expect(services.pupilHistory.records[0]).toMatchObject({ pupilId: 2, kind: 'Support tier', from: 'Universal', to: 'Targeted SEN intervention', effective: '2026-11-20' });
    expect((await screen.findByRole('table', { name: "Changes to Bryn Abbot's support" })).textContent).toContain('Termly review');
  });
});
