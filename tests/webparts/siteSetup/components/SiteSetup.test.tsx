import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { SiteSetup } from '../../../../src/webparts/siteSetup/components/SiteSetup';
import type { HealthFinding } from '../../../../src/data/sp/setup/health/healthTypes';
import { createFakeServices } from '../../../support/fakeServices';
import { FakeSiteSetup, type FakeSiteSetupOptions } from '../../../support/fakeSiteSetup';
import { FakeHomeSchoolAccess } from '../../../support/fakeHomeSchoolAccess';

setIconOptions({ disableWarnings: true });

function renderSetup(options: FakeSiteSetupOptions = {}) {
  const siteSetup = new FakeSiteSetup(options);
  const services = createFakeServices({ siteSetup });
  if (options.pupilAccess) Object.assign(services, { pupilAccess: options.pupilAccess });
  render(
    <AppRoot services={services}>
      <SiteSetup />
    </AppRoot>,
  );
  return siteSetup;
}

const PUPIL: HealthFinding = {
  id: 'pupil-7',
  area: 'pupil-access',
  severity: 'problem',
  message: 'Ada Lovelace (PH-0007): Ada’s records are not yet shared with Oakfield Academy.',
  repair: { kind: 'pupil-access', pupilId: 7 },
};
const REGIONAL: HealthFinding = { id: 'regional', area: 'regional', severity: 'warning', message: 'The site’s regional settings are not English (United Kingdom).', how: 'A site owner sets them in Regional settings.' };
const INDEX: HealthFinding = { id: 'list-pupils', area: 'lists', severity: 'problem', message: 'In “Pathways Pupils”, Enrolment date is not indexed.', repair: { kind: 'setup' } };

const ORPHAN: HealthFinding = {
  id: 'records-pupilHistory-12',
  area: 'records',
  severity: 'problem',
  message: '“Pathways Pupil History”, item 12: its pupil (item 40 of “Pathways Pupils”, column PwPupil) no longer exists: that record was deleted.',
  how: 'Nothing has been deleted or changed.',
  link: { href: 'https://pathways.example.org/sites/pathways/Lists/PwPupilHistory/DispForm.aspx?ID=12', text: 'Open item 12 of “Pathways Pupil History”' },
};

async function noSeriousViolations(): Promise<void> {
  const result = await axe.run(document.body, { rules: { region: { enabled: false }, 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

describe('Site setup', () => {
  it('on a new site offers setup, shows each step, and then says the site matches', async () => {
    const fake = renderSetup({ state: 'new' });
    expect(await screen.findByText('Pathways Hub is not set up on this site yet.')).toBeTruthy();
    expect(fake.checks).toBe(0);
    await noSeriousViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Set up Pathways Hub on this site' }));
    expect(await screen.findByText('Creating list 2 of 2: Pathways Pupils')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Step \d of 4\./);
    expect(await screen.findByText('Done: 4 steps, 12 changes to the site.')).toBeTruthy();
    expect(await screen.findByText('Nothing to put right: the site matches what Pathways Hub needs.')).toBeTruthy();
    expect(fake.runs).toBe(1);
    expect(screen.queryByRole('button', { name: 'Set up Pathways Hub on this site' })).toBeNull();
  });

  it('can be cancelled; what was done is kept and it can be run again', async () => {
    const fake = renderSetup({ state: 'new' });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up Pathways Hub on this site' }));
    await screen.findByText('Creating the group Pathways Hub Staff');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled. What was done so far is kept: run it again to finish.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Set up Pathways Hub on this site' }));
    expect(await screen.findByText('Done: 4 steps, 12 changes to the site.')).toBeTruthy();
    expect(fake.runs).toBe(2);
  });

  it('says when a run fails part-way, in words, and offers it again', async () => {
    renderSetup({ state: 'new', failAt: { step: 3, message: 'SharePoint could not be reached.' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up Pathways Hub on this site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('SharePoint could not be reached. What was done so far is kept; run setup again to finish.');
    expect(await screen.findByRole('button', { name: 'Set up Pathways Hub on this site' })).toBeTruthy();
  });

  it('offers Upgrade on a site set up with an older version', async () => {
    const fake = renderSetup({ state: 'older' });
    expect(await screen.findByText(/set up with Pathways Hub version 1; the version deployed is 2/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade' }));
    expect(await screen.findByText(/^This site is set up with Pathways Hub version 2, and matches it\.$/)).toBeTruthy();
    expect(fake.runs).toBe(1);
  });

  it('opens on the site’s status without checking the site; “Check this site” runs the check, and then offers it again', async () => {
    const fake = renderSetup({ state: 'current', findings: [REGIONAL] });
    expect((await screen.findByTestId('setup-summary')).textContent).toBe('This site is set up with Pathways Hub version 2.');
    expect(screen.getByText(/^“Check this site” compares the site with what this version of Pathways Hub needs/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Regional settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Set up|Upgrade|Repair/ })).toBeNull();
    expect([fake.statusReads, fake.checks]).toEqual([1, 0]);
    await noSeriousViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Check this site' }));
    expect(await screen.findByText('Checking this site…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Regional settings' })).toBeTruthy();
    expect(screen.getByTestId('setup-summary').textContent).toBe('This site is set up with Pathways Hub version 2, and matches it.');
    expect(screen.queryByText(/^“Check this site” compares/)).toBeNull();
    expect(fake.checks).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Check this site again' }));
    await waitFor(() => expect(fake.checks).toBe(2));
    expect(await screen.findByRole('heading', { name: 'Regional settings' })).toBeTruthy();
    await noSeriousViolations();
  });

  it('lists the check’s findings by area, with the severity in words, how, and Repair where possible', async () => {
    const fake = renderSetup({ state: 'current', findings: [PUPIL, REGIONAL, INDEX] });
    fireEvent.click(await screen.findByRole('button', { name: 'Check this site' }));
    expect(await screen.findByRole('heading', { name: 'Who can see each pupil' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Regional settings' })).toBeTruthy();
    expect(screen.getByText('How: A site owner sets them in Regional settings.')).toBeTruthy();
    expect(screen.getAllByText('Problem:')).toHaveLength(2);
    expect(screen.getByText('Warning:')).toBeTruthy();
    await noSeriousViolations();
    const repairs = screen.getAllByRole('button', { name: 'Repair' });
    expect(repairs).toHaveLength(2);
    fireEvent.click(repairs[0]);
    expect(await screen.findByText('Put right.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(PUPIL.message)).toBeNull());
    expect(fake.repaired).toEqual(['pupil-7']);
    fireEvent.click(screen.getByRole('button', { name: 'Repair lists and permissions' }));
    await waitFor(() => expect(screen.queryByText(INDEX.message)).toBeNull());
    expect(screen.getByText(REGIONAL.message)).toBeTruthy();
  });

  it('names a record pointing to a deleted pupil with a link to the item, and offers no repair for it', async () => {
    renderSetup({ state: 'current', findings: [ORPHAN] });
    fireEvent.click(await screen.findByRole('button', { name: 'Check this site' }));
    expect(await screen.findByRole('heading', { name: 'Records pointing to a missing or another pupil’s record' })).toBeTruthy();
    expect(screen.getByText(ORPHAN.message)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open item 12 of “Pathways Pupil History”' }).getAttribute('href')).toBe(ORPHAN.link?.href);
    expect(screen.queryByRole('button', { name: 'Repair' })).toBeNull();
    await noSeriousViolations();
  });

  it('tells someone who is not a site owner what they need, and offers nothing to run', async () => {
    const fake = renderSetup({ missing: ['Manage Permissions', 'Create Groups'] });
    expect(await screen.findByRole('heading', { name: 'Only a site owner can set up or check Pathways Hub' })).toBeTruthy();
    expect(screen.getByText(/You do not have Manage Permissions, Create Groups\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Set up|Upgrade|Repair/ })).toBeNull();
    // Asking again reads the status again (the check's code is not loaded for someone who may not run it).
    fireEvent.click(screen.getByRole('button', { name: 'Check this site again' }));
    await waitFor(() => expect(fake.statusReads).toBe(2));
    expect(await screen.findByRole('heading', { name: 'Only a site owner can set up or check Pathways Hub' })).toBeTruthy();
    expect(fake.checks).toBe(0);
  });

  it('refuses to touch a site set up by a newer version', async () => {
    renderSetup({ state: 'newer' });
    expect(await screen.findByText(/newer than the version deployed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Set up|Upgrade|Repair/ })).toBeNull();
  });

  it('“Repair all” puts every pupil found out of date right, with progress and Cancel; one that fails is named with “Try the 1 again”', async () => {
    const access = new FakeHomeSchoolAccess();
    const findings: HealthFinding[] = [7, 8, 9].map((id) => ({ ...PUPIL, id: `pupil-${id}`, message: `Pupil ${id} (P${id}): not shared as the settings say.`, repair: { kind: 'pupil-access', pupilId: id } }));
    for (const id of [7, 8, 9]) access.states.set(id, { state: 'not-yet-shared', reason: 'pending', message: 'out of date' });
    renderSetup({ state: 'current', findings, pupilAccess: access });
    fireEvent.click(await screen.findByRole('button', { name: 'Check this site' }));
    expect(await screen.findByText(/^3 pupils’ records are not shared as the rule and the sharing settings say/)).toBeTruthy();
    await noSeriousViolations();

    let release = (): void => undefined;
    access.pause = () => new Promise<void>((r) => (release = r));
    fireEvent.click(screen.getByRole('button', { name: 'Repair all' }));
    expect((await screen.findByText('Updating 1 of 3: Pupil 7', { selector: '[role="status"]' })).textContent).toBe('Updating 1 of 3: Pupil 7');
    expect(screen.getAllByRole('button', { name: 'Repair' }).every((b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true')).toBe(true);
    await noSeriousViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    release();
    expect(await screen.findByText(/^Cancelled; the pupils in hand were finished whole: 1 pupil updated\. 2 pupils not started yet/)).toBeTruthy();
    expect(await screen.findByText(/^2 pupils’ records are not shared/)).toBeTruthy();

    access.pause = () => Promise.resolve();
    access.failing.set(9, 'failed');
    fireEvent.click(screen.getByRole('button', { name: 'Repair all' }));
    expect(await screen.findByText('Done: 1 pupil updated, 1 pupil not updated (below).')).toBeTruthy();
    expect(screen.getByText('Pupil 9 (P9): SharePoint refused.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Pupil 8 (P8): not shared as the settings say.')).toBeNull());
    await noSeriousViolations();
    access.failing.delete(9);
    fireEvent.click(screen.getByRole('button', { name: 'Try the 1 again' }));
    expect(await screen.findByText('Done: 1 pupil updated.')).toBeTruthy();
    expect(await screen.findByText('Nothing to put right: the site matches what Pathways Hub needs.')).toBeTruthy();
    expect(access.repaired).toEqual([7, 8, 9]);
  });
});
