/**
 * Attendance in the workbench, end to end: the register for the demo date, a changed mark saved with its reason
 * and still there after a reload, the insight views, and axe on each.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(180000);

const data = generateDemoData();
const officer = data.staff.find((s) => s.role === 'attendance-officer');
let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function openRegister(date: string, session: 'Morning (AM)' | 'Afternoon (PM)'): Promise<void> {
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.getByRole('tab', { name: 'Take the register' }).click();
  const field = page.getByRole('combobox', { name: 'Date of the register' });
  await field.fill(date);
  await field.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: session }).check();
  await page.locator('table caption', { hasText: 'Register for' }).waitFor();
}

async function expectAccessible(where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

beforeAll(async () => {
  if (!officer) throw new Error('The demo data has no attendance officer.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, officer.email);
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the register for a demo school day lists the pupils with their saved marks', async () => {
  await openRegister('20/11/2026', 'Morning (AM)');
  await expect(page.locator('table caption', { hasText: 'Register for' }).textContent()).resolves.toBe('Register for Friday 20/11/2026, morning (AM)');
  const onRoll = data.pupils.filter((p) => p.pupil.enrolmentDate <= '2026-11-20' && (p.pupil.leavingDate ?? '9999') >= '2026-11-20');
  await expect(page.getByRole('group', { name: /^Common codes, / }).count()).resolves.toBe(onRoll.length);
  await expectAccessible('register');
});

test('changing a saved mark asks for a reason, saves, and survives a reload', async () => {
  await openRegister('20/11/2026', 'Morning (AM)');
  const firstRow = page.locator('table tbody tr').first();
  const name = (await firstRow.locator('th').first().innerText()).split('\n')[0].trim();
  const [last, first] = name.split(', ');
  await page.getByRole('button', { name: `Illness (I), ${first} ${last}` }).click();
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByText(/Give a reason/).first().waitFor();
  await firstRow.getByRole('textbox', { name: /Reason for changing/ }).fill('Parent phoned at 09:50: unwell');
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByRole('status').filter({ hasText: /Saved 1 mark/ }).waitFor();
  await page.reload();
  await openRegister('20/11/2026', 'Morning (AM)');
  await expect(page.locator('table tbody tr').first().innerText()).resolves.toContain('Saved: I');
});

test('the cohort and alert views load and are accessible', async () => {
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.getByRole('tab', { name: 'Pupils, cohort and alerts' }).click();
  await page.getByRole('tab', { name: 'Cohort', exact: true }).click();
  await page.getByText(/persistent absentees/).first().waitFor();
  await expectAccessible('cohort');
  await page.getByRole('tab', { name: 'Alerts and worklists' }).click();
  await page.getByText(/penalty/i).first().waitFor();
  await expectAccessible('alerts');
});

test('a pupil’s name in the register opens their record in place, by keyboard, and the way back returns to the name', async () => {
  await openRegister('20/11/2026', 'Morning (AM)');
  const firstRow = page.locator('table tbody tr').first();
  const name = firstRow.locator('th').getByRole('button').first();
  const shown = (await name.innerText()).trim();
  await name.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: shown }).waitFor();
  // Focus moves once the record has loaded (an effect after it is drawn): wait for it, then check where it is.
  await page.waitForFunction((n) => document.activeElement?.closest('h2')?.textContent === n, shown);
  await expect(page.evaluate(() => document.activeElement?.closest('h2')?.textContent ?? '')).resolves.toBe(shown);
  await page.getByRole('region', { name: /^Attendance \d{4}\/\d{2}$/ }).waitFor();
  await expect(page.locator('table caption', { hasText: 'Register for' }).isVisible()).resolves.toBe(false);
  await expectAccessible('pupil record from the register');
  await page.getByRole('button', { name: 'Back to Attendance' }).press('Enter');
  await page.locator('table caption', { hasText: 'Register for' }).waitFor();
  await page.waitForFunction((n) => document.activeElement?.textContent === n, shown);
  await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toBe(shown);
});
