import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../src/webparts/pupilRegister/components/PupilRegister';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import type { Pupil, School } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });

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

/** The register's filters, sort and grouping are native selects, named by their labels. */
async function choose(label: string, option: string): Promise<void> {
  const select = screen.getByRole('combobox', { name: label });
  const value = within(select).getByRole<HTMLOptionElement>('option', { name: option }).value;
  fireEvent.change(select, { target: { value } });
  await waitFor(() => expect((select as HTMLSelectElement).value).toBe(value));
}

const rowNames = (): string[] => within(screen.getByRole('table', { name: 'Pupils on roll' })).queryAllByRole('rowheader').map((c) => (c.textContent ?? '').trim());

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

  it('shows and filters the lead tutor by name, not by e-mail address', async () => {
    const tutored = pupils.map((p) => ({ ...p, leadTutorEmail: 'sam.tutor@pathways.example.org' }));
    renderRegister({ pupils: tutored, people: [{ email: 'sam.tutor@pathways.example.org', displayName: 'Sam Tutor' }] });
    await screen.findByText('3 of 3 pupils shown');
    const grid = screen.getByRole('table', { name: 'Pupils on roll' });
    await waitFor(() => expect(within(grid).getAllByText('Sam Tutor')).toHaveLength(3));
    expect(grid.textContent).not.toContain('sam.tutor@');
    await choose('Lead tutor', 'Sam Tutor');
    expect(screen.getByText('3 of 3 pupils shown')).toBeTruthy();
  });

  it('shows the tutors’ names read with the pupils, asking no one by address, for PRU staff and a home school (a guest) alike', async () => {
    const sam = { name: 'Sam Tutor', email: 'sam.tutor@pathways.example.org' };
    const tutored = pupils.map((p) => ({ ...p, leadTutorEmail: 'Sam.Tutor@pathways.example.org', leadTutorPerson: sam }));
    for (const isExternalGuest of [false, true]) {
      const services = createFakeServices({ pupils: tutored, schools });
      const namesOf = jest.spyOn(services.people, 'namesOf');
      const { unmount } = render(
        <AppRoot services={{ ...services, currentUser: { ...services.currentUser, isExternalGuest } }}>
          <PupilRegister />
        </AppRoot>,
      );
      const grid = await screen.findByRole('table', { name: 'Pupils on roll' });
      expect(within(grid).getAllByText('Sam Tutor')).toHaveLength(3);
      await new Promise((r) => setTimeout(r, 20));
      expect(namesOf).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('asks by address, after the pupils, only the tutors whose name was not read with them; an address that names no one still shows', async () => {
    const tutored = [
      { ...pupils[0], leadTutorEmail: 'sam.tutor@pathways.example.org', leadTutorPerson: { name: 'Sam Tutor', email: 'sam.tutor@pathways.example.org' } },
      // The address changed by hand in SharePoint: the person column names the old tutor, so it is not used.
      { ...pupils[1], leadTutorEmail: 'alex.lead@pathways.example.org', leadTutorPerson: { name: 'Sam Tutor', email: 'sam.tutor@pathways.example.org' } },
      // No person of the organisation has this address (the column was left empty).
      { ...pupils[2], leadTutorEmail: 'left.last.year@pathways.example.org' },
    ];
    const services = createFakeServices({ pupils: tutored, schools, people: [{ email: 'alex.lead@pathways.example.org', displayName: 'Alex Lead' }] });
    const namesOf = jest.spyOn(services.people, 'namesOf');
    render(
      <AppRoot services={{ ...services, currentUser: { ...services.currentUser, isExternalGuest: true } }}>
        <PupilRegister />
      </AppRoot>,
    );
    const grid = await screen.findByRole('table', { name: 'Pupils on roll' });
    await waitFor(() => expect(within(grid).getByText('Alex Lead')).toBeTruthy());
    expect(within(grid).getByText('Sam Tutor')).toBeTruthy();
    expect(within(grid).getByText('left.last.year@pathways.example.org')).toBeTruthy();
    expect(namesOf.mock.calls.map(([emails]) => [...emails].sort())).toEqual([['alex.lead@pathways.example.org', 'left.last.year@pathways.example.org']]);
  });

  it('hides the census export from home-school staff, and offers it to PRU staff', async () => {
    renderRegister({ pruStaff: false });
    await screen.findByText('3 of 3 pupils shown');
    expect(screen.queryByRole('button', { name: 'Export census CSV' })).toBeNull();
  });

  it('refuses a census export with a secondary need equal to the primary, naming the pupil', async () => {
    renderRegister({ pupils: [...pupils, { ...base, id: 4, pupilRef: 'PH-4', lastName: 'Dee', senProvision: 'K', primaryNeed: 'ASD', secondaryNeed: 'ASD' } as Pupil] });
    fireEvent.click(await screen.findByRole('button', { name: 'Export census CSV' }));
    expect(await screen.findByText(/Nothing was exported/)).toBeTruthy();
    expect(screen.getByText('PH-4, secondary need: Secondary need must differ from the primary need')).toBeTruthy();
  });

  it('opens a pupil’s record from their name, at ?pupil=<id>, and goes back to the register', async () => {
    window.history.replaceState(null, '', '/');
    renderRegister({ pruStaff: false, pupilRights: { canAdd: false, canEdit: false } });
    const link = await screen.findByText('Abbot, Bryn', { selector: 'a' });
    expect(link.getAttribute('href')).toBe('/?pupil=2');
    fireEvent.click(link);
    expect(await screen.findByText('Abbot, Bryn', { selector: 'h2 span' })).toBeTruthy();
    expect(window.location.search).toBe('?pupil=2');
    fireEvent.click(screen.getByText('Back to the register'));
    expect(await screen.findByText('3 of 3 pupils shown')).toBeTruthy();
    expect(window.location.search).toBe('');
  });
});
