/**
 * Enrol, edit and leave, through the Pupil register as staff use it: every rule gives its message at the field
 * (and in the summary), a refusal by the server keeps what was typed, and saves go through the repository (and the
 * history, for changes that keep one).
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../src/webparts/pupilRegister/components/PupilRegister';
import { DuplicatePupilError } from '../../../../src/data/errors';
import { DEFAULT_SETTINGS, type School, type SchoolContact } from '../../../../src/domain';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { pupilRecord } from '../../../support/pupilBuilder';
import { choose, field, fieldError, fillMinimalEnrolment, press, tick, type } from './enrolForms';

setIconOptions({ disableWarnings: true });

const schools: School[] = [
  { id: 1, name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' },
  { id: 2, name: 'Elmwood High', urn: '990002', phase: 'Secondary', active: true, email: 'office@elmwood.example.sch.uk' },
];
const contacts: SchoolContact[] = [{ id: 11, schoolId: 1, fullName: 'Pat Reed', role: 'SENCO', email: 'pat.reed@oakfield.example.sch.uk', notify: true }];
const pupils = [
  pupilRecord('PH-0001', { id: 1, firstName: 'Bryn', lastName: 'Abbot', registration: 'Dual', homeSchoolId: 1, senProvision: 'K', supportTier: 'Universal' }),
  pupilRecord('PH-0002', { id: 2, firstName: 'Cai', lastName: 'Marsh', dateOfBirth: '2012-01-31', upn: 'N936123450024' }),
];

function renderRegister(data: FakeData = {}) {
  window.history.replaceState(null, '', '/');
  const services = createFakeServices({ pupils: pupils.map((p) => ({ ...p })), schools, contacts, ...data });
  render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return services;
}

async function openEnrolment(): Promise<void> {
  await screen.findByText('Enrol a pupil', { selector: 'button span' });
  press('Enrol a pupil');
  await screen.findByLabelText('Legal first name');
}

describe('Enrol a pupil', () => {
  it('enrols a valid pupil through the repository, suggests the next reference, and opens the record with what falls due', async () => {
    const services = renderRegister();
    await openEnrolment();
    expect(field('Pupil reference').value).toBe('PH-0003');
    await fillMinimalEnrolment();
    tick(/Pat Reed/);
    press('Enrol pupil');
    expect(await screen.findByText('Hale, Jordan', { selector: 'h2 span' })).toBeTruthy();
    const created = (await services.pupils.list()).items.find((p) => p.pupilRef === 'PH-0003');
    expect(created).toMatchObject({ upn: 'T936123450017', registration: 'Dual', homeSchoolId: 1, namedContactIds: [11], senProvision: 'K', dateOfBirth: '2013-05-14' });
    expect(created?.emergencyContacts).toEqual([{ name: 'Jamie Hale', relationship: 'Aunt', phone: '07700 900003' }]);
    const notice = screen.getByText(/Jordan Hale was enrolled/).textContent ?? '';
    expect(notice).toContain('Oakfield Academy’s named staff can read the record now.');
    expect(notice).toMatch(/Baseline assessment by \d\d\/\d\d\/\d{4}/);
    expect(notice).toMatch(/Placement review with the home school by \d\d\/\d\d\/\d{4}/);
    expect(window.location.search).toBe(`?pupil=${created?.id}`);
  });

  it('says at the field that the SEND policy puts every pupil at SEN support when N is chosen, and still enrols', async () => {
    const services = renderRegister();
    await openEnrolment();
    await fillMinimalEnrolment();
    await choose('SEN provision', 'N – No SEN');
    expect(screen.getByText(/The SEND policy puts every pupil on roll at SEN support at least/)).toBeTruthy();
    press('Enrol pupil');
    await screen.findByText('Hale, Jordan', { selector: 'h2 span' });
    expect((await services.pupils.list()).items.find((p) => p.lastName === 'Hale')?.senProvision).toBe('N');
  });

  it('refuses missing required fields, naming each at its field and in the summary, and saves nothing', async () => {
    const services = renderRegister();
    await openEnrolment();
    type('Pupil reference', '');
    press('Enrol pupil');
    const summary = await screen.findByText(/The enrolment was not saved/);
    expect(summary).toBeTruthy();
    expect(fieldError('Pupil reference')).toBe('Enter the pupil reference');
    expect(fieldError('Legal first name')).toBe('Enter the first name');
    expect(fieldError('Legal last name')).toBe('Enter the last name');
    expect(fieldError('Date of birth')).toBe('Enter the date as dd/mm/yyyy');
    expect(screen.getAllByText('Choose the year group').length).toBeGreaterThan(0);
    expect((await services.pupils.list()).items).toHaveLength(2);
  });

  it.each([
    ['a UPN with the wrong check letter', () => type('UPN (Unique Pupil Number)', 'A936123450017'), 'UPN (Unique Pupil Number)', /check letter does not match/],
    ['a date of birth after enrolment', () => type('Date of birth', '01/01/2030'), 'Enrolment date', /Enrolment date must be after the date of birth/],
    ['an impossible date', () => type('Date of birth', '31/02/2013'), 'Date of birth', /Enter the date as dd\/mm\/yyyy/],
    ['a placement start before enrolment', () => type('Placement start', '01/01/2020'), 'Placement start', /must not be before the enrolment date/],
    ['a malformed lead tutor e-mail', () => type('Lead tutor (e-mail)', 'tutor.example.org'), 'Lead tutor (e-mail)', /correct format/],
    ['an emergency contact without a phone', () => type(/^Emergency contact 1 Phone/, ''), /^Emergency contact 1 Phone/, /Enter a phone number for the emergency contact/],
    ['a malformed parent phone', () => type('Their phone', '12'), 'Their phone', /Enter a phone number/],
    ['a main carer without a relationship', () => type('Main parent or carer’s name', 'Morgan Hale'), 'Their relationship to the pupil', /Enter how the main parent or carer is related/],
  ])('refuses %s, with the message at the field', async (_what, spoil, field, message) => {
    const services = renderRegister();
    await openEnrolment();
    await fillMinimalEnrolment();
    spoil();
    press('Enrol pupil');
    await screen.findByText(/The enrolment was not saved/);
    expect(fieldError(field)).toMatch(message);
    expect((await services.pupils.list()).items).toHaveLength(2);
  });

  it('asks for the home school of a dual-registered pupil, at the field', async () => {
    renderRegister();
    await openEnrolment();
    await fillMinimalEnrolment();
    await choose('Home school', 'None');
    press('Enrol pupil');
    await screen.findByText(/The enrolment was not saved/);
    expect(screen.getAllByText('Choose the home school: a dual-registered pupil must have one')).toHaveLength(2);
  });

  it('asks for the local authority of a looked-after child, and the same need cannot be ranked twice', async () => {
    renderRegister();
    await openEnrolment();
    await fillMinimalEnrolment();
    tick('Looked after (LAC)');
    await choose('Primary need (rank 1)', 'SEMH – Social, emotional and mental health');
    await choose('Secondary need (rank 2)', 'SEMH – Social, emotional and mental health');
    press('Enrol pupil');
    await screen.findByText(/The enrolment was not saved/);
    expect(fieldError('Looked after by (local authority)')).toBe('Enter the local authority that looks after the child');
    expect(screen.getAllByText('Secondary need must differ from the primary need').length).toBeGreaterThan(0);
  });

  it('shows the server’s refusal of a duplicate plainly, keeping everything typed', async () => {
    const services = renderRegister();
    services.pupils.create = () => Promise.reject(new DuplicatePupilError('This pupil may already be on the register: UPN T936123450017 is already recorded for Marsh, Cai (PH-0002).', []));
    await openEnrolment();
    await fillMinimalEnrolment();
    press('Enrol pupil');
    const alert = (await screen.findByText(/The pupil was not enrolled/)).closest('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('The pupil was not enrolled: This pupil may already be on the register: UPN T936123450017 is already recorded for Marsh, Cai (PH-0002).');
    expect(alert.textContent).toContain('Nothing you typed has been lost.');
    expect(field('Legal first name').value).toBe('Jordan');
  });

  it('is not offered to staff SharePoint does not let add pupils', async () => {
    renderRegister({ pupilRights: { canAdd: false, canEdit: false } });
    await screen.findByText('2 of 2 pupils shown');
    expect(screen.queryByText('Enrol a pupil')).toBeNull();
  });
});

describe('Edit and leave', () => {
  async function openRecord(name: string): Promise<void> {
    (await screen.findByText(name, { selector: 'a' })).click();
    await screen.findByText(name, { selector: 'h2 span' });
  }

  it('keeps a change of tier and home school in the history, with its date and reason', async () => {
    const services = renderRegister();
    await openRecord('Abbot, Bryn');
    press('Edit details');
    await choose('Support tier', 'Targeted SEN intervention');
    await choose('Home school', 'Elmwood High');
    press('Save changes');
    await screen.findByText(/The change was not saved/);
    expect(fieldError('Takes effect on')).toBe('Enter the date the change takes effect as dd/mm/yyyy');
    expect(services.pupilHistory.records).toEqual([]);
    type('Takes effect on', '20/11/2026');
    type('Reason for the change', 'Moved to Elmwood after the managed move');
    press('Save changes');
    await screen.findByText(/Bryn Abbot’s details were saved\. Kept in the history: support tier Universal → Targeted SEN intervention; home school Oakfield Academy → Elmwood High\./);
    expect(services.pupilHistory.records.map((c) => [c.kind, c.from, c.to, c.effective])).toEqual([
      ['Support tier', 'Universal', 'Targeted SEN intervention', '2026-11-20'],
      ['Home school', 'Oakfield Academy', 'Elmwood High', '2026-11-20'],
    ]);
    const table = await screen.findByRole('table', { name: 'Changes to Bryn Abbot’s record' });
    expect(within(table).getAllByText('Moved to Elmwood after the managed move')).toHaveLength(2);
    expect((await services.pupils.get(1)).homeSchoolId).toBe(2);
  });

  it('saves a correction that keeps no history without asking for a reason', async () => {
    const services = renderRegister();
    await openRecord('Marsh, Cai');
    press('Edit details');
    type('Preferred name', 'Kai');
    expect(screen.queryByLabelText('Reason for the change')).toBeNull();
    press('Save changes');
    await screen.findByText('Cai Marsh’s details were saved.');
    expect((await services.pupils.get(2)).preferredName).toBe('Kai');
    expect(services.pupilHistory.records).toEqual([]);
  });

  it('shows a refusal by the server (someone else saved first) and keeps the edit', async () => {
    const services = renderRegister();
    services.pupils.update = () => Promise.reject(new Error('Someone else changed this record in ‘Pathways Pupils’ (item 2) after you opened it.'));
    await openRecord('Marsh, Cai');
    press('Edit details');
    type('Preferred name', 'Kai');
    press('Save changes');
    expect(((await screen.findByText(/The change was not saved/)).closest('[role="alert"]') as HTMLElement).textContent).toContain('The change was not saved: Someone else changed this record');
    expect(field('Preferred name').value).toBe('Kai');
  });

  it('records a leaver with date, destination and reason; the leaving date must not be before enrolment', async () => {
    const services = renderRegister();
    await openRecord('Marsh, Cai');
    press('Record leaving');
    type('Leaving date (last day on roll)', '18/12/2026');
    press('Record leaving');
    await screen.findByText(/The leaving date was not saved/);
    expect(screen.getAllByText('Choose where the pupil went on leaving').length).toBeGreaterThan(0);
    await choose('Destination', 'Returned to the home school');
    type('Leaving date (last day on roll)', '01/01/2020');
    type('Reason for leaving', 'Reintegrated after a successful placement');
    press('Record leaving');
    await waitFor(() => expect(fieldError('Leaving date (last day on roll)')).toBe('Leaving date must not be before the enrolment date'));
    type('Leaving date (last day on roll)', '18/12/2026');
    press('Record leaving');
    await screen.findByText(/Kept in the history: leaves the roll after 18\/12\/2026\./);
    expect(await services.pupils.get(2)).toMatchObject({ leavingDate: '2026-12-18', leavingDestination: 'Returned to the home school' });
    expect(services.pupilHistory.records[0]).toMatchObject({ kind: 'Left roll', reason: 'Reintegrated after a successful placement' });
  });

  it('says how long the home school keeps read access after the leaving date (the setting)', async () => {
    renderRegister({ settings: { ...DEFAULT_SETTINGS, leaverAccessDays: 14 } });
    await openRecord('Abbot, Bryn');
    press('Record leaving');
    type('Leaving date (last day on roll)', '18/12/2026');
    expect(await screen.findByText(/Oakfield Academy keeps read access to the records until 01\/01\/2027 \(14 days after the leaving date, set in Settings\)\./)).toBeTruthy();
  });

  it('offers no Edit or Record leaving to staff SharePoint does not let edit pupils', async () => {
    renderRegister({ pupilRights: { canAdd: false, canEdit: false } });
    await openRecord('Marsh, Cai');
    expect(screen.queryByText('Edit details')).toBeNull();
    expect(screen.queryByText('Record leaving')).toBeNull();
    expect(screen.getByText('N936123450024')).toBeTruthy();
  });
});
