/**
 * Site pages opened as SharePoint opens them (the workbench's "Site page", ?page=<file>): the page is asked for as the
 * signed-in user, then the web parts placed on it by setup are shown. A home school's named staff open the
 * home-school page and read their pupils there; any other page answers "Access required", because their item and
 * folder grants give them only Limited Access on the site. PRU staff open every page. axe on both.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const homeStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function openAs(email: string, file: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/?page=${encodeURIComponent(file)}`);
}

async function expectAccessible(where: string): Promise<void> {
  await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
  expect(`${where}: ${describeViolations(await seriousViolations(page))}`).toBe(`${where}: `);
}

beforeAll(async () => {
  if (!head || !homeStaff) throw new Error('The demo data lacks a headteacher or home-school staff.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a home school’s named staff open the home-school page and read their pupils in its Pupil register', async () => {
  await openAs(homeStaff?.email ?? '', 'Home-school.aspx');
  const article = page.locator('article[data-page="Home-school.aspx"]');
  await article.locator('#wb-page-title', { hasText: 'Home school' }).waitFor();
  const register = article.locator('[data-webpart="PupilRegisterWebPart"]');
  await register.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor();
  await expectAccessible('home-school page');
});

test('every other page answers Access required to them, although they can read their pupils elsewhere on the site', async () => {
  for (const file of ['Attendance.aspx', 'Pathways-Hub.aspx', 'Administration.aspx']) {
    await openAs(homeStaff?.email ?? '', file);
    await page.getByRole('alert').filter({ hasText: 'Access required' }).waitFor();
    await expect(page.locator('[data-webpart]').count()).resolves.toBe(0);
  }
  await expectAccessible('refused page');
});

test('PRU staff open the area pages with their web parts placed', async () => {
  await openAs(head?.email ?? '', 'Attendance.aspx');
  const article = page.locator('article[data-page="Attendance.aspx"]');
  await article.locator('#wb-page-title', { hasText: 'Attendance' }).waitFor();
  await article.locator('[data-webpart="AttendanceWebPart"]').waitFor();
  await openAs(head?.email ?? '', 'Home-school.aspx');
  await page.locator('article[data-page="Home-school.aspx"] [data-webpart="PupilRegisterWebPart"]').waitFor();
});
