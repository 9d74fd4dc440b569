import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Administration } from '../../../../src/webparts/administration/components/Administration';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { accessDenied } from '../../../support/fakeSettings';
import { aContact, aSchool } from '../../../support/schoolBuilders';
import { ConcurrencyError } from '../../../../src/data/errors';

setIconOptions({ disableWarnings: true });
// A machine shared with other builds: give a large form time to render before a query gives up.

function renderSchools(data: FakeData = {}) {
  const services = createFakeServices({
    schools: [aSchool({ id: 1 })],
    contacts: [aContact({ id: 1, schoolId: 1 })],
    permissions: ['manage-schools'],
    ...data,
  });
  const view = render(
    <AppRoot services={services}>
      <Administration />
    </AppRoot>,
  );
  return { services, view };
}

const within$ = (label: string): ReturnType<typeof within> => within(screen.getByRole('form', { name: label }));
const type = (form: string, label: string, value: string): void => {
  fireEvent.change(within$(form).getByRole('textbox', { name: label }), { target: { value } });
};
const choose = async (form: string, label: string, option: string): Promise<void> => {
  fireEvent.click(within$(form).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
};
const messageAt = (form: string, label: string): string =>
  within$(form).getByRole('textbox', { name: label }).closest('.ms-TextField')?.querySelector('[role="alert"]')?.textContent ?? '';

describe('Schools and their named staff', () => {
  it('adds a school and its named staff; the group follows at once and a guest is flagged with what they need', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a school' }));
    type('Add a school', 'School name', 'Beacon Primary');
    type('Add a school', 'URN', '990002');
    await choose('Add a school', 'Phase', 'Primary');
    type('Add a school', 'Local authority', 'Exampleshire');
    type('Add a school', 'Main contact e-mail', 'office@beacon.example.sch.uk');
    type('Add a school', 'Main contact phone', '024 7600 2222');
    fireEvent.click(within$('Add a school').getByRole('button', { name: 'Add school' }));
    expect(await screen.findByText("Beacon Primary added. Add its named staff: they will read only this school's pupils.")).toBeTruthy();
    expect((await services.schools.list()).items.map((s) => s.urn)).toEqual(['990002', '990001']);

    fireEvent.click(await screen.findByRole('button', { name: 'Add a member of staff at Beacon Primary' }));
    const form = 'Add a member of staff at Beacon Primary';
    type(form, 'Full name', 'Ada Quill');
    await choose(form, 'Role', 'Headteacher');
    type(form, 'Work e-mail', 'ada.quill@beacon.example.sch.uk');
    fireEvent.click(within$(form).getByRole('button', { name: 'Add member of staff' }));
    expect(await screen.findByText("Ada Quill added to Beacon Primary's staff group: they can now read Beacon Primary's pupils, and nothing else.")).toBeTruthy();
    expect(services.schools.groups.get(2)).toEqual(['ada.quill@beacon.example.sch.uk']);
    const staff = await screen.findByRole('region', { name: 'Beacon Primary: named staff' });
    await within(staff).findByText('SharePoint group: Pathways Hub - Beacon Primary (URN 990002) staff. Everyone in it reads Beacon Primary\'s pupils and nothing else.');
    expect(within(staff).getByText(/Guest in this tenant: besides this group, a guest needs to load the web parts’ code/)).toBeTruthy();
  });

  it('does not flag a member of the tenant as a guest', async () => {
    renderSchools({ contacts: [aContact({ id: 1, schoolId: 1, fullName: 'Lee Inhouse', email: 'lee.inhouse@pathways.example.org' })] });
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    expect(await screen.findByText('In the school’s group: reads its pupils.')).toBeTruthy();
    expect(screen.queryByText(/Guest in this tenant/)).toBeNull();
  });

  it('refuses each bad value at its field, and a URN another school has', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a school' }));
    type('Add a school', 'URN', '12a45');
    type('Add a school', 'Main contact e-mail', 'office at beacon');
    fireEvent.click(within$('Add a school').getByRole('button', { name: 'Add school' }));
    await waitFor(() => expect(messageAt('Add a school', 'School name')).toBe('Enter the school name'));
    expect(messageAt('Add a school', 'URN')).toBe('The URN must be 6 to 8 digits');
    expect(messageAt('Add a school', 'Main contact e-mail')).toBe('Enter an e-mail address in the correct format, like name@example.org');
    expect(within$('Add a school').getByText('Choose the phase')).toBeTruthy();

    type('Add a school', 'School name', 'Oakfield Again');
    type('Add a school', 'URN', '990001');
    await choose('Add a school', 'Phase', 'Secondary');
    type('Add a school', 'Main contact e-mail', 'office@again.example.sch.uk');
    fireEvent.click(within$('Add a school').getByRole('button', { name: 'Add school' }));
    await waitFor(() => expect(messageAt('Add a school', 'URN')).toBe('URN 990001 is already recorded for Oakfield Academy. Each school is recorded once: edit that school instead.'));
    expect((await services.schools.list()).items).toHaveLength(1);
  });

  it('edits a school under its ETag, and reports a change someone else made first', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Oakfield Academy' }));
    type('Edit Oakfield Academy', 'Address', '2 Example Lane, Exampletown');
    fireEvent.click(within$('Edit Oakfield Academy').getByRole('button', { name: 'Save school' }));
    expect(await screen.findByText('Oakfield Academy saved.')).toBeTruthy();
    expect((await services.schools.get(1)).address).toBe('2 Example Lane, Exampletown');

    fireEvent.click(screen.getByRole('button', { name: 'Edit Oakfield Academy' }));
    services.schools.failNext = new ConcurrencyError('Pathways Schools', 1);
    type('Edit Oakfield Academy', 'Local authority', 'Otherborough');
    fireEvent.click(within$('Edit Oakfield Academy').getByRole('button', { name: 'Save school' }));
    expect(await screen.findByText(/Someone else changed this school after you opened it/)).toBeTruthy();
    expect((await services.schools.get(1)).localAuthority).toBeUndefined();
  });

  it('says so when SharePoint refuses, keeping what was typed', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a school' }));
    services.schools.failNext = accessDenied('add the school Beacon Primary');
    type('Add a school', 'School name', 'Beacon Primary');
    type('Add a school', 'URN', '990002');
    await choose('Add a school', 'Phase', 'Primary');
    type('Add a school', 'Main contact e-mail', 'office@beacon.example.sch.uk');
    fireEvent.click(within$('Add a school').getByRole('button', { name: 'Add school' }));
    expect(await screen.findByText('You do not have permission to add the school Beacon Primary.')).toBeTruthy();
    expect((within$('Add a school').getByRole('textbox', { name: 'School name' }) as HTMLInputElement).value).toBe('Beacon Primary');
  });

  it('refuses bad staff details at the field, and the same person twice', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a member of staff at Oakfield Academy' }));
    const form = 'Add a member of staff at Oakfield Academy';
    type(form, 'Work e-mail', 'not-an-address');
    fireEvent.click(within$(form).getByRole('button', { name: 'Add member of staff' }));
    await waitFor(() => expect(messageAt(form, 'Full name')).toBe('Enter the full name'));
    expect(messageAt(form, 'Work e-mail')).toBe('Enter an e-mail address in the correct format, like name@example.org');
    expect(within$(form).getByText('Choose the role')).toBeTruthy();
    type(form, 'Full name', 'Jo Marr');
    await choose(form, 'Role', 'SENCO');
    type(form, 'Work e-mail', 'JO.MARR@oakfield.example.sch.uk');
    fireEvent.click(within$(form).getByRole('button', { name: 'Add member of staff' }));
    await waitFor(() => expect(messageAt(form, 'Work e-mail')).toBe("JO.MARR@oakfield.example.sch.uk is already one of Oakfield Academy's named staff."));
    expect((await services.schools.contacts(1)).items).toHaveLength(1);
  });

  it('removes a member of staff after asking, and the group follows at once', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Jo Marr' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, remove Jo Marr' }));
    expect(await screen.findByText("Jo Marr removed from Oakfield Academy's staff group: they can no longer read Oakfield Academy's pupils.")).toBeTruthy();
    expect(services.schools.groups.get(1)).toEqual([]);
  });

  it('when the group cannot be updated, says the person is saved and offers to update the group again', async () => {
    const { services } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Jo Marr' }));
    services.schools.failNextGroupUpdate = accessDenied("update the school's staff group");
    type('Edit Jo Marr', 'Work e-mail', 'jo.marr2@oakfield.example.sch.uk');
    fireEvent.click(within$('Edit Jo Marr').getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Jo Marr was saved, but you do not have permission to update the school's staff group\. Update the group again to finish\./)).toBeTruthy();
    expect(services.schools.groups.get(1)).toEqual(['jo.marr@oakfield.example.sch.uk']);
    expect(await screen.findByText(/Not in the school’s group yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Update the group again' }));
    expect(await screen.findByText("Oakfield Academy's staff group now matches its named staff.")).toBeTruthy();
    expect(services.schools.groups.get(1)).toEqual(['jo.marr2@oakfield.example.sch.uk']);
  });

  it('says when a guest could not be invited yet, and invites them again on request', async () => {
    const { services } = renderSchools();
    services.schools.inviteRefusal = 'the administrator has not approved User.Invite.All.';
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a member of staff at Oakfield Academy' }));
    const form = 'Add a member of staff at Oakfield Academy';
    type(form, 'Full name', 'Kit Arden');
    await choose(form, 'Role', 'Attendance lead');
    type(form, 'Work e-mail', 'kit.arden@oakfield.example.sch.uk');
    fireEvent.click(within$(form).getByRole('button', { name: 'Add member of staff' }));
    expect(await screen.findByText(/Kit Arden added to Oakfield Academy's named staff, but not yet invited: the administrator has not approved User.Invite.All./)).toBeTruthy();
    expect(await screen.findByText(/Not yet invited: they cannot sign in/)).toBeTruthy();
    expect(services.schools.groups.get(1)).toEqual(['jo.marr@oakfield.example.sch.uk']);
    services.schools.inviteRefusal = undefined;
    fireEvent.click(await screen.findByRole('button', { name: 'Invite Kit Arden again' }));
    expect(await screen.findByText("Kit Arden is invited and in Oakfield Academy's staff group: they can read its pupils once they accept.")).toBeTruthy();
    expect(services.schools.groups.get(1)).toEqual(['jo.marr@oakfield.example.sch.uk', 'kit.arden@oakfield.example.sch.uk']);
  });

  it('is offered only to those SharePoint lets manage schools', async () => {
    renderSchools({ permissions: ['edit-settings'] });
    const tabs = await screen.findByRole('tablist');
    expect(within(tabs).queryByRole('tab', { name: 'Schools and staff' })).toBeNull();
    expect(within(tabs).getByRole('tab', { name: 'Settings' })).toBeTruthy();
  });

  it('has no serious accessibility problems with the staff open and messages shown', async () => {
    const { view } = renderSchools();
    fireEvent.click(await screen.findByRole('button', { name: "Oakfield Academy's named staff" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a member of staff at Oakfield Academy' }));
    fireEvent.click(within$('Add a member of staff at Oakfield Academy').getByRole('button', { name: 'Add member of staff' }));
    await screen.findByText('Enter the full name');
    const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
