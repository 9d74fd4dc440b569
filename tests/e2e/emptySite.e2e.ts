/**
 * From an empty site (set up by the product's own setup, staff in their groups, no records at all), as a new service
 * would start, in Chromium: the headteacher enters the term dates and a closure, adds a commissioning school and its
 * named staff, enrols two pupils (one from that school, one on the PRU's roll only), and the attendance officer takes
 * a register. The school's named member of staff then reads exactly their pupil. A sharing setting changed in Settings
 * is applied to every pupil at once there, and changed back, by Site setup's "Repair all" (the school read by plain
 * REST before and after). axe at 390×844 (Teams mobile) and 1366×768 (desktop) on the settings and the schools screens.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { HOME_SCHOOL_SHARING_WORDS } from '../../src/domain';
import { listByKey } from '../../src/lists';
import { DEFAULT_ADMIN } from '../../local/emulator/store';
import { rawFetch } from '../support/emulator';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(400000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const officer = data.staff.find((s) => s.role === 'attendance-officer');
// A person the tenant knows as a guest (the directory stands for Entra ID), named staff of a school we add ourselves.
const homeStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
const SCHOOL = { name: 'Fernhill Academy', urn: '993101' };

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

async function atBothSizes(where: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(`${where} at 390×844`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectAccessible(`${where} at 1366×768`);
}

async function signInAs(email: string, tab: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

const field = (label: string) => page.getByLabel(label, { exact: true });

async function choose(label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function enrol(upn: string, first: string, last: string, homeSchool: string | undefined): Promise<void> {
  await page.getByRole('button', { name: 'Enrol a pupil' }).click();
  await field('Legal first name').waitFor();
  await field('UPN (Unique Pupil Number)').fill(upn);
  await field('Legal first name').fill(first);
  await field('Legal last name').fill(last);
  await field('Date of birth').fill('14/05/2013');
  await choose('Year group', 'Year 8');
  if (homeSchool) await choose('Home school', homeSchool);
  else await page.getByRole('radio', { name: 'Single (on our roll only)' }).check();
  await page.locator('#emergencyContacts-0-name').fill(`Sam ${last}`);
  await page.locator('#emergencyContacts-0-relationship').fill('Parent');
  await page.locator('#emergencyContacts-0-phone').fill('07700 900004');
  await page.getByRole('button', { name: 'Enrol pupil' }).click();
  await page.getByRole('heading', { name: `${last}, ${first}` }).waitFor({ timeout: 60000 });
}

beforeAll(async () => {
  if (!head || !officer || !homeStaff) throw new Error('The demo directory lacks a headteacher, an attendance officer or home-school staff.');
  local = await startLocalModeFixture({ demoRecords: false });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the headteacher enters the term dates of 2026/27 and a closure on an empty site', async () => {
  await signInAs(head?.email ?? '', 'Administration');
  await page.getByRole('form', { name: 'Settings' }).waitFor({ timeout: 60000 });
  // The example calendar the product starts with is replaced by the service's own.
  for (const year of ['2025/26', '2026/27']) {
    await page.getByRole('button', { name: `Remove ${year}` }).click();
    await page.getByRole('button', { name: `Yes, remove ${year}` }).click();
  }
  for (let i = 4; i >= 1; i--) await page.getByRole('button', { name: `Remove closure ${i}` }).click();
  await page.getByRole('button', { name: 'Add the academic year 2026/27' }).click();
  const halves: [string, string, string][] = [
    ['Autumn 2026/27, first half', '01/09/2026', '23/10/2026'],
    ['Autumn 2026/27, second half', '02/11/2026', '18/12/2026'],
    ['Spring 2026/27, first half', '05/01/2027', '12/02/2027'],
    ['Spring 2026/27, second half', '22/02/2027', '26/03/2027'],
    ['Summer 2026/27, first half', '12/04/2027', '28/05/2027'],
    ['Summer 2026/27, second half', '07/06/2027', '20/07/2027'],
  ];
  for (const [half, first, last] of halves) {
    await field(`${half}: first day`).fill(first);
    await field(`${half}: last day`).fill(last);
  }
  await page.getByRole('button', { name: 'Add a closure' }).click();
  await field('Closure 1: date').fill('01/09/2026');
  await field('Closure 1: reason').fill('Staff training day (INSET)');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved. Registers, attendance figures and due dates use them from now on.').waitFor({ timeout: 60000 });
  await atBothSizes('settings');
});

test('the headteacher adds a school and its named member of staff; the screen says they read its pupils', async () => {
  await page.getByRole('tab', { name: 'Schools and staff' }).click();
  await page.getByText('No schools yet. Add the first one.').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Add a school' }).click();
  await field('School name').fill(SCHOOL.name);
  await field('URN').fill(SCHOOL.urn);
  await choose('Phase', 'Secondary');
  await field('Main contact e-mail').fill('office@fernhill.example.sch.uk');
  await page.getByRole('button', { name: 'Add school', exact: true }).click();
  await page.getByText(`${SCHOOL.name} added.`, { exact: false }).waitFor({ timeout: 60000 });

  await page.getByRole('button', { name: `Add a member of staff at ${SCHOOL.name}` }).click();
  await field('Full name').fill(homeStaff?.displayName ?? '');
  await choose('Role', 'SENCO');
  await field('Work e-mail').fill(homeStaff?.email ?? '');
  await page.getByRole('button', { name: 'Add member of staff' }).click();
  await page.getByText(`${homeStaff?.displayName} added to ${SCHOOL.name}'s staff group`, { exact: false }).waitFor({ timeout: 60000 });
  await page.getByText('In the school’s group: reads its pupils.').waitFor();
  await page.getByText(/Guest in this tenant/).waitFor();
  await atBothSizes('schools and staff');
});

test('the headteacher enrols two pupils: one from the school, one on the PRU’s roll only', async () => {
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor({ timeout: 60000 });
  await enrol('C936123450025', 'Rowan', 'Ellis', SCHOOL.name);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor({ timeout: 60000 });
  await enrol('M936123450033', 'Kai', 'Morrow', undefined);
});

test('the attendance officer takes the register for Friday 20/11/2026', async () => {
  await signInAs(officer?.email ?? '', 'Attendance');
  await page.getByRole('tab', { name: 'Take the register' }).click();
  const date = page.getByRole('combobox', { name: 'Date of the register' });
  await date.fill('20/11/2026');
  await date.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Morning (AM)' }).check();
  await page.locator('table caption', { hasText: 'Register for' }).waitFor({ timeout: 60000 });
  await expect(page.getByRole('group', { name: /^Common codes, / }).count()).resolves.toBe(2);
  await page.getByRole('button', { name: 'Present, Rowan Ellis' }).click();
  await page.getByRole('button', { name: 'Present, Kai Morrow' }).click();
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByRole('status').filter({ hasText: /Saved 2 marks/ }).waitFor({ timeout: 60000 });
});

test('the school’s named member of staff reads exactly their pupil', async () => {
  await signInAs(homeStaff?.email ?? '', 'Pupil register');
  const status = page.getByRole('status').filter({ hasText: 'pupils shown' });
  await status.waitFor({ timeout: 60000 });
  await expect(status.textContent()).resolves.toBe('1 of 1 pupils shown');
  await expect(page.getByRole('link', { name: 'Ellis, Rowan' }).count()).resolves.toBe(1);
  await expect(page.getByRole('link', { name: 'Morrow, Kai' }).count()).resolves.toBe(0);
});

/** What the school's named member of staff finds in Pathways PIPs by plain REST (404: no grant there at all). */
async function pipItemsReadByHomeStaff(): Promise<number> {
  const r = await rawFetch(`${local.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey('pips').title)}')/items?$select=Id`, homeStaff?.email);
  if (r.status === 404) return 0;
  expect(r.status).toBe(200);
  return ((await r.json()) as { value: unknown[] }).value.length;
}

test('a sharing setting turned on in Settings is applied to every pupil at once; turned off, Site setup’s “Repair all” applies it (the school read by plain REST)', async () => {
  expect(await pipItemsReadByHomeStaff()).toBe(0);
  await signInAs(head?.email ?? '', 'Administration');
  await page.getByRole('form', { name: 'Settings' }).waitFor({ timeout: 60000 });
  await page.getByRole('checkbox', { name: HOME_SCHOOL_SHARING_WORDS.pips }).check({ force: true });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText(/^The sharing settings changed: 1 pupil’s folders need updating/).waitFor({ timeout: 60000 });
  // Saved, not yet applied: SharePoint still keeps the PIPs from the school.
  expect(await pipItemsReadByHomeStaff()).toBe(0);
  await expectAccessible('settings, after a sharing change');
  await page.getByRole('button', { name: 'Apply to all pupils now' }).click();
  await page.getByText('Done: 1 pupil updated.').waitFor({ timeout: 60000 });
  await page.getByText(/^Every pupil’s folders follow the new sharing settings/).waitFor({ timeout: 60000 });
  expect(await pipItemsReadByHomeStaff()).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: HOME_SCHOOL_SHARING_WORDS.pips }).uncheck({ force: true });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText(/^The sharing settings changed: 1 pupil’s folders need updating/).waitFor({ timeout: 60000 });
  expect(await pipItemsReadByHomeStaff()).toBeGreaterThan(0);

  await signInAs(DEFAULT_ADMIN.email, 'Site setup');
  await page.getByRole('button', { name: 'Check this site', exact: true }).click();
  await page.getByText(/^1 pupil’s records are not shared as the rule and the sharing settings say/).waitFor({ timeout: 90000 });
  await expectAccessible('site setup, a pupil out of date');
  await page.getByRole('button', { name: 'Repair all' }).click();
  await page.getByText('Done: 1 pupil updated.').waitFor({ timeout: 60000 });
  await page.getByRole('heading', { name: 'Who can see each pupil' }).waitFor({ state: 'detached', timeout: 90000 });
  expect(await pipItemsReadByHomeStaff()).toBe(0);
});
