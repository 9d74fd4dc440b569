/**
 * Pupils end to end, as the headteacher (PRU leadership) on the demo date (Friday 20/11/2026): enrol a pupil through
 * the form (the home school's named staff then read their record, with the lead tutor by name), open the pupil record, edit the tier with its
 * reason (kept in the history), and record a leaver. axe at 390×844 (Teams mobile) and 1366×768 (desktop) on the
 * form and the record.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(300000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const homeStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
const school = data.schools.find((s) => s.urn === homeStaff?.schoolUrn);
const otherStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school' && u.schoolUrn !== homeStaff?.schoolUrn);
const NAME = 'Hale, Jordan';
// The lead tutor: a member of PRU staff other than the headteacher who enrols.
const tutor = data.staff.find((s) => s.role !== 'headteacher' && s.subjects.length > 0);

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

async function signInAs(email: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor();
}

const field = (label: string) => page.getByLabel(label, { exact: true });

async function choose(label: string, option: string): Promise<void> {
  // A Fluent dropdown is named by its label and its shown value ('Year group Choose…').
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  if (!head || !homeStaff || !school || !otherStaff || !tutor) throw new Error('The demo data lacks a headteacher or home-school staff.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the headteacher enrols a pupil; the record opens with what falls due; the home school’s named staff read it, and no other school does', async () => {
  await signInAs(head?.email ?? '');
  await page.getByRole('button', { name: 'Enrol a pupil' }).click();
  await field('Legal first name').waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible('enrol form at 390×844');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Enrol pupil' }).click();
  await page.getByText('The enrolment was not saved').waitFor();
  await expect(page.getByText('Enter the first name').count()).resolves.toBeGreaterThan(0);

  await field('UPN (Unique Pupil Number)').fill('T936123450017');
  await field('Legal first name').fill('Jordan');
  await field('Legal last name').fill('Hale');
  await field('Date of birth').fill('14/05/2013');
  await choose('Year group', 'Year 8');
  await choose('Home school', school?.school.name ?? '');
  await field('Lead tutor (e-mail)').fill(tutor?.email ?? '');
  await page.locator('#emergencyContacts-0-name').fill('Jamie Hale');
  await page.locator('#emergencyContacts-0-relationship').fill('Aunt');
  await page.locator('#emergencyContacts-0-phone').fill('07700 900003');
  await expect(page.locator('#emergencyContacts-0-phone').getAttribute('aria-labelledby')).resolves.toBe('emergencyContacts-0-legend emergencyContacts-0-phone-label');
  await page.getByRole('button', { name: 'Enrol pupil' }).click();

  await page.getByRole('heading', { name: NAME }).waitFor({ timeout: 60000 });
  const notice = (await page.getByText('Jordan Hale was enrolled').textContent()) ?? '';
  expect(notice).toContain(`${school?.school.name}’s named staff can read the record now.`);
  expect(notice).toMatch(/Baseline assessment by \d\d\/\d\d\/\d{4}/);
  expect(page.url()).toMatch(/\?pupil=\d+$/);
  await expectAccessible('pupil record at 1366×768');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible('pupil record at 390×844');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The home school's named member of staff (a guest) sees the lead tutor by name, read with the pupils (the person
  // column): nobody is looked up by address, and the site's user list is not read.
  const asked: string[] = [];
  // (a batch's parts are in its body)
  const onRequest = (r: { url: () => string; postData: () => string | null }): void => void asked.push(`${r.url()} ${r.postData() ?? ''}`);
  page.on('request', onRequest);
  await signInAs(homeStaff?.email ?? '');
  await expect(page.getByRole('link', { name: NAME }).count()).resolves.toBe(1);
  await page.getByRole('row', { name: new RegExp(NAME) }).getByText(tutor?.displayName ?? '', { exact: true }).waitFor();
  page.off('request', onRequest);
  expect(asked.filter((u) => /siteusers|getbyemail/i.test(decodeURIComponent(u)))).toEqual([]);
  await signInAs(otherStaff?.email ?? '');
  await expect(page.getByRole('link', { name: NAME }).count()).resolves.toBe(0);
});

test('the headteacher edits the tier with a reason (kept in the history), then records a leaver', async () => {
  await signInAs(head?.email ?? '');
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await choose('Support tier', 'Targeted SEN intervention');
  await field('Takes effect on').fill('20/11/2026');
  await field('Reason for the change').fill('Baseline shows a reading gap: targeted intervention');
  await expectAccessible('edit form at 1366×768');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Kept in the history: support tier Universal → Targeted SEN intervention').waitFor({ timeout: 60000 });
  // The history is read again after the save: wait for the change to be in it.
  await page.getByRole('table', { name: 'Changes to Jordan Hale’s record' }).getByText('Baseline shows a reading gap').waitFor();

  await page.getByRole('button', { name: 'Record leaving' }).click();
  await field('Leaving date (last day on roll)').fill('18/12/2026');
  await choose('Destination', 'Returned to the home school');
  await field('Reason for leaving').fill('Reintegrated after a successful placement');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible('leaving form at 390×844');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Record leaving' }).click();
  await page.getByText('leaves the roll after 18/12/2026').waitFor({ timeout: 60000 });
  await page.getByText('On roll until 18/12/2026', { exact: false }).first().waitFor();
});
