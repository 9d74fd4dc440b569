import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Administration } from '../../../../src/webparts/administration/components/Administration';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { accessDenied } from '../../../support/fakeSettings';
import { settingsWith } from '../../../support/settingsBuilders';
import type { FakeHomeSchoolAccess } from '../../../support/fakeHomeSchoolAccess';
import { HOME_SCHOOL_SHARING_WORDS, LETTER_SHARING_WORDS } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });
// A machine shared with other builds: give a large form time to render before a query gives up.

function renderSettings(data: FakeData = {}) {
  const services = createFakeServices({ settings: settingsWith(), ...data });
  const view = render(
    <AppRoot services={services}>
      <Administration />
    </AppRoot>,
  );
  return { services, view };
}

/** The control a <label> with exactly this text is for (a fast getByLabelText for a form of a hundred fields). */
const field = (label: string): HTMLInputElement => {
  const found = Array.from(document.querySelectorAll('label')).filter((l) => l.textContent === label);
  if (found.length !== 1) throw new Error(`${found.length} labels read '${label}'`);
  const control = document.getElementById(found[0].htmlFor);
  if (!control) throw new Error(`The label '${label}' is for no control`);
  return control as HTMLInputElement;
};
/** A button by its text (a fast getByRole('button') for a large form). */
const button = (name: string): HTMLButtonElement => {
  const found = Array.from(document.querySelectorAll('button')).filter((b) => b.textContent === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons read '${name}'`);
  return found[0];
};
const findField = (label: string): Promise<HTMLInputElement> => waitFor(() => field(label));
/** The message shown at a field: the alert its aria-describedby names. */
const messageAt = (label: string): string =>
  (field(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((e) => e?.getAttribute('role') === 'alert')?.textContent ?? '';
const type = (name: string, value: string): void => {
  fireEvent.change(field(name), { target: { value } });
};
const save = (): void => {
  fireEvent.click(button('Save settings'));
};

/** axe on the home-schools section and the notice after a save (the whole page is checked in Chromium by the e2e test). */
async function noSeriousViolations(): Promise<void> {
  const results = await axe.run(
    { include: [['#settings-section-homeSchools'], ['section[aria-label="Applying the sharing settings"]']] },
    { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] },
  );
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

describe('Settings editor', () => {
  it('saves a changed value under the ETag and says what follows from it', async () => {
    const { services } = renderSettings();
    await findField('Illness: days before the sickness return');
    type('Illness: days before the sickness return', '12');
    type('Name of the service', 'Northgate Learning Centre');
    type('After a pupil leaves, the home school can still read their records for', '20');
    type('Their role', 'Headteacher');
    type('Final EHC plan within', '21');
    type('SEMH indicators staff tick in a lesson', 'Settles quickly\n\n  Asks for help  ');
    save();
    await screen.findByText(/The settings were not saved/);
    expect(messageAt('Letters are signed by')).toBe('Enter the name of the person who signs letters');
    type('Letters are signed by', 'Morgan Vale');
    save();
    expect(await screen.findByText('Settings saved. Registers, attendance figures and due dates use them from now on.')).toBeTruthy();
    expect(services.settings.saved).toHaveLength(1);
    expect(services.settings.saved[0]).toMatchObject({
      illnessReturnDays: 12,
      leaverAccessDays: 20,
      letterSignatory: { name: 'Morgan Vale', role: 'Headteacher' },
      service: { name: 'Northgate Learning Centre' },
      behaviourLog: { semhIndicators: ['Settles quickly', 'Asks for help'], focusProfileWeeks: 6 },
      statutory: { ehcAssessDecisionWeeks: 6, ehcAfterAssessmentWeeks: 16, ehcFinalPlanWeeks: 21 },
    });
    // Saved again with the new ETag: no conflict.
    type('Illness: days before the sickness return', '14');
    save();
    await waitFor(() => expect(services.settings.saved).toHaveLength(2));
  });

  it('refuses each broken rule at its field, saving nothing', async () => {
    const { services } = renderSettings();
    await findField('Illness: days before the sickness return');
    const cases: [string, string, string][] = [
      ['Morning: register closes', '08:50', 'The register must close after it opens'],
      ['Afternoon: register opens', '1pm', 'Enter the time as HH:MM (24-hour clock), for example 09:30'],
      ['Illness: days before the sickness return', 'fifteen', 'Enter the number of days of illness as a number'],
      ['Stage 3: attendance at or below', '95', 'The Stage 3 boundary must be below the Stage 1 boundary'],
      ['E-mail', 'office at pathways', 'Enter an e-mail address in the correct format, like name@example.org'],
      ['Autumn 2026/27, first half: last day', '01/08/2026', 'The last day must not be before the first day'],
      ['Spring 2026/27, first half: first day', '10/12/2026', 'These dates overlap Autumn 2026/27 (02/11/2026 to 18/12/2026)'],
      ['Summer 2025/26, first half: first day', '31/07/2025', '31/07/2025 is not in the academic year 2025/26 (01/08/2025 to 31/07/2026)'],
      ['Closure 1: date', '10/01/2026', '10/01/2026 is a weekend: the service is closed anyway'],
      ['Closure 2: date', '27/05/2026', '27/05/2026 is not in a term: it is a holiday already. Enter the term dates first'],
      ['Closure 3: reason', '', 'Enter the reason for the closure'],
      ['Full-time week', '70', 'Enter 60 hours or fewer'],
      ['Phase transfer review deadline (MM-DD)', '15 Feb', 'Enter the day as MM-DD, like 02-15'],
      ['SEMH focus profile reviewed after', '0', 'Enter 1 week or more'],
      ['SEMH indicators staff tick in a lesson', 'Calm\nStays on task\ncalm', "'calm' is listed twice"],
    ];
    for (const [label, value] of cases) type(label, value);
    save();
    await screen.findByText(/The settings were not saved/);
    for (const [label, , message] of cases) {
      expect([label, field(label).getAttribute('aria-invalid')]).toEqual([label, 'true']);
      expect(messageAt(label)).toContain(message);
    }
    expect(services.settings.saved).toEqual([]);
  });

  it('refuses the rules between values once every value is valid', async () => {
    const { services } = renderSettings();
    await findField('Severe absence: absence at or above');
    type('Severe absence: absence at or above', '5');
    type('Afternoon: register closes', '13:05');
    save();
    await screen.findByText(/The settings were not saved/);
    expect(messageAt('Severe absence: absence at or above')).toBe('Severe absence must be a higher percentage than persistent absence');
    expect(messageAt('Afternoon: register closes')).toBe('The register must stay open for the same length of time in every session');
    expect(services.settings.saved).toEqual([]);
  });

  it('enters next year ahead: three terms to fill in, each date checked', async () => {
    const { services } = renderSettings();
    fireEvent.click(await waitFor(() => button('Add the academic year 2027/28')));
    save();
    await screen.findByText(/The settings were not saved/);
    expect(messageAt('Summer 2027/28, second half: last day')).toBe('Enter the date as dd/mm/yyyy');
    expect(screen.getAllByText('Enter the date as dd/mm/yyyy', { selector: '[role="alert"]' })).toHaveLength(12);
    const dates: [string, string][] = [
      ['Autumn 2027/28, first half', '01/09/2027|22/10/2027'],
      ['Autumn 2027/28, second half', '01/11/2027|17/12/2027'],
      ['Spring 2027/28, first half', '04/01/2028|11/02/2028'],
      ['Spring 2027/28, second half', '21/02/2028|31/03/2028'],
      ['Summer 2027/28, first half', '18/04/2028|26/05/2028'],
      ['Summer 2027/28, second half', '05/06/2028|20/07/2028'],
    ];
    for (const [half, range] of dates) {
      const [first, last] = range.split('|');
      type(`${half}: first day`, first);
      type(`${half}: last day`, last);
    }
    save();
    await screen.findByText(/Settings saved/);
    const terms = services.settings.saved[0].terms.filter((t) => t.academicYear === '2027/28');
    expect(terms.map((t) => t.term)).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(terms[2].halfTerms[1]).toEqual({ start: '2028-06-05', end: '2028-07-20' });
  });

  it('adds and removes closures with their reasons', async () => {
    const { services } = renderSettings();
    fireEvent.click(await waitFor(() => button('Remove closure 1')));
    fireEvent.click(button('Add a closure'));
    type('Closure 4: date', '23/11/2026');
    save();
    expect(await screen.findByText('Enter the reason for the closure')).toBeTruthy();
    type('Closure 4: reason', 'Polling day');
    save();
    await screen.findByText(/Settings saved/);
    expect(services.settings.saved[0].closures).toEqual([
      { date: '2026-05-04', reason: 'Early May bank holiday' },
      { date: '2027-01-04', reason: 'Staff training day (INSET)' },
      { date: '2027-05-03', reason: 'Early May bank holiday' },
      { date: '2026-11-23', reason: 'Polling day' },
    ]);
  });

  it('reports a save someone else made first (412) and keeps the changes on the page', async () => {
    const { services } = renderSettings();
    await findField('Illness: days before the sickness return');
    services.settings.saveElsewhere((s) => ({ ...s, illnessReturnDays: 20 }));
    type('Illness: days before the sickness return', '12');
    save();
    const status = await screen.findByText(/Someone else saved the settings after you opened them/);
    expect(status).toBeTruthy();
    expect(services.settings.saved).toEqual([]);
    expect((field('Illness: days before the sickness return') as HTMLInputElement).value).toBe('12');
    fireEvent.click(button('Reload the settings'));
    await waitFor(() => expect((field('Illness: days before the sickness return') as HTMLInputElement).value).toBe('20'));
  });

  it('says so when SharePoint refuses the save, and nothing is lost', async () => {
    const { services } = renderSettings();
    await findField('Illness: days before the sickness return');
    services.settings.failNext = accessDenied('save the settings');
    type('Illness: days before the sickness return', '12');
    save();
    expect(await screen.findByText(/You do not have permission to save the settings\. Your changes are still on this page/)).toBeTruthy();
    expect((field('Illness: days before the sickness return') as HTMLInputElement).value).toBe('12');
  });

  it('warns a month before the term dates run out', async () => {
    renderSettings({ now: new Date('2027-06-25T09:00:00Z') });
    expect(await screen.findByText(/The term dates run out on 21\/07\/2027/)).toBeTruthy();
  });

  it('is offered only to those SharePoint lets change the settings', async () => {
    renderSettings({ permissions: ['manage-schools'] });
    const tabs = await screen.findByRole('tablist');
    expect(within(tabs).queryByRole('tab', { name: 'Settings' })).toBeNull();
    expect(within(tabs).getByRole('tab', { name: 'Schools and staff' })).toBeTruthy();
    expect(document.querySelector('form[aria-label="Settings"]')).toBeNull();
  });

  it('offers nothing to someone who may change neither', async () => {
    renderSettings({ pruStaff: false });
    expect(await screen.findByText(/You do not have permission to change the service’s settings or its schools/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });

  it('has no serious accessibility problems, messages shown (the whole page is checked in Chromium by the e2e test)', async () => {
    renderSettings();
    await findField('Closure 1: date');
    type('Closure 1: date', '10/01/2026');
    type('Morning: register closes', '08:50');
    save();
    await screen.findByText(/The settings were not saved/);
    const parts = ['#settings-section-terms', '#settings-section-closures', '#settings-section-registers', '[aria-live="assertive"]', 'nav'];
    const results = await axe.run(
      { include: parts.map((p) => [p]) },
      { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] },
    );
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('after a sharing setting changes, says how many pupils’ folders need updating and applies it to all: progress, Cancel, failures named, try again', async () => {
    const { services } = renderSettings();
    const access = services.pupilAccess as FakeHomeSchoolAccess;
    for (const id of [1, 2, 3]) access.states.set(id, { state: 'not-yet-shared', reason: 'pending', message: 'out of date' });
    fireEvent.click(await findField(HOME_SCHOOL_SHARING_WORDS.pips));
    save();
    expect(await screen.findByText(/^The sharing settings changed: 3 pupils’ folders need updating before SharePoint lets their home schools read only what the new settings allow\./)).toBeTruthy();
    await noSeriousViolations();

    // Held on the first pupil: the progress names it; Cancel lets it finish and starts no other.
    let release = (): void => undefined;
    access.pause = () => new Promise<void>((r) => (release = r));
    fireEvent.click(button('Apply to all pupils now'));
    const progress = await screen.findByRole('progressbar', { name: 'Updating the pupils’ folders' });
    await waitFor(() => expect(document.getElementById(progress.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Updating 1 of 3: Pupil 1'));
    await noSeriousViolations();
    fireEvent.click(button('Cancel'));
    release();
    expect(await screen.findByText('Cancelled; the pupils in hand were finished whole: 1 pupil updated. 2 pupils not started yet: run it again to finish them.')).toBeTruthy();
    expect(access.repaired).toEqual([1]);
    await screen.findByText(/^The sharing settings changed: 2 pupils’ folders need updating/);

    // Run again: one pupil SharePoint was too busy for is named with the reason, and tried again on its own.
    access.pause = () => Promise.resolve();
    access.failing.set(3, 'busy');
    fireEvent.click(button('Apply to all pupils now'));
    expect(await screen.findByText('Done: 1 pupil updated, 1 pupil not updated (below).')).toBeTruthy();
    expect(screen.getByText('Pupil 3 (P3): SharePoint was too busy and asked Pathways Hub to wait; nothing is lost.')).toBeTruthy();
    await noSeriousViolations();
    access.failing.delete(3);
    fireEvent.click(button('Try the 1 again'));
    expect(await screen.findByText('Done: 1 pupil updated.')).toBeTruthy();
    expect(await screen.findByText(/^Every pupil’s folders follow the new sharing settings/)).toBeTruthy();
    expect(access.repaired).toEqual([1, 2, 3]);
  });

  it('shares letters kind by kind: the progress report ticked by default, the family’s letters not; a change is saved and offered to every pupil', async () => {
    const { services } = renderSettings();
    const access = services.pupilAccess as FakeHomeSchoolAccess;
    access.states.set(1, { state: 'not-yet-shared', reason: 'pending', message: 'out of date' });
    const report = await findField(LETTER_SHARING_WORDS['Termly progress report']);
    expect(report.checked).toBe(true);
    for (const kind of ['PIP timetable', 'PIP agreement', 'Common transfer file', 'Attendance transfer', 'Other'] as const) expect(field(LETTER_SHARING_WORDS[kind]).checked).toBe(false);
    fireEvent.click(field(LETTER_SHARING_WORDS['PIP timetable']));
    fireEvent.click(report);
    save();
    expect(await screen.findByText(/^The sharing settings changed: 1 pupil’s folders need updating/)).toBeTruthy();
    expect(services.settings.saved[0]).toMatchObject({
      homeSchoolSharing: { letters: true, letterKinds: { termlyProgressReport: false, pipTimetable: true, pipAgreement: false, commonTransferFile: false, attendanceTransfer: false, other: false } },
    });
    await noSeriousViolations();
  });

  it('a save that changes no sharing setting says nothing about pupils’ folders', async () => {
    renderSettings();
    await findField(HOME_SCHOOL_SHARING_WORDS.pips);
    save();
    await screen.findByText('Settings saved. Registers, attendance figures and due dates use them from now on.');
    expect(screen.queryByText(/pupils’ folders/)).toBeNull();
  });
});
