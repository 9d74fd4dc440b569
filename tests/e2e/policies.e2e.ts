/**
 * The service's own policies, end to end in the workbench (issue 15): a register ahead of its day says it holds only
 * what is known ahead; after the afternoon register closes, first-day calling lists the pupils to call with their
 * contacts, a call is recorded (who, when, the reason given, the expected return) and the list shows what was said.
 * axe on each screen.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

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
});

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a register ahead of its day says it holds only what is known ahead', async () => {
  await page.goto(`${local.origin}/`);
  await openRegister('23/11/2026', 'Morning (AM)');
  await page.getByText(/^23\/11\/2026 has not happened yet\. The register records what happened/).waitFor();
  await expectAccessible('register ahead');
});

test('first-day calling: the pupil to call with their contacts, a call recorded, and what was said shown', async () => {
  // Friday 20/11/2026 at 13:40: the afternoon register closed at 13:15. One pupil's mark becomes N (not yet known).
  await page.goto(`${local.origin}/?now=2026-11-20T13:40:00Z`);
  await openRegister('20/11/2026', 'Afternoon (PM)');
  const firstRow = page.locator('table tbody tr').first();
  const name = (await firstRow.locator('th').first().innerText()).split('\n')[0].trim();
  const [last, given] = name.split(', ');
  await page.getByRole('button', { name: `No reason yet (N), ${given} ${last}` }).click();
  await firstRow.getByRole('textbox', { name: /Reason for changing/ }).fill('Not in the afternoon: no message from home');
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByRole('status').filter({ hasText: /Saved 1 mark/ }).waitFor();

  const calling = page.getByRole('region', { name: 'Pupils to call about' });
  await calling.waitFor();
  await expect(page.locator('caption', { hasText: 'to call about' }).textContent()).resolves.toBe('1 pupil to call about; 0 called today');
  const row = calling.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row.textContent()).resolves.toContain('Not called yet');
  await expectAccessible('first-day calling');

  await row.getByRole('button', { name: `Record a contact, ${given} ${last}` }).click();
  const form = page.getByRole('form', { name: `Contact with home about ${given} ${last}` });
  await form.getByRole('textbox', { name: /Time/ }).fill('13:35');
  await form.getByRole('combobox', { name: /Outcome/ }).click();
  await page.getByRole('option', { name: 'Reason given' }).click();
  await form.getByRole('button', { name: 'Save the contact' }).click();
  await form.getByText('Enter the reason for the absence that was given').waitFor();
  await expectAccessible('contact form with an error');
  await form.getByRole('textbox', { name: 'Reason given' }).fill('Hospital appointment this afternoon');
  await form.getByRole('textbox', { name: /Expected return/ }).fill('23/11/2026');
  await form.getByRole('button', { name: 'Save the contact' }).click();
  await page.getByText(`The contact with ${given} ${last}'s home is recorded.`).waitFor();
  await expect(row.textContent()).resolves.toMatch(/13:35: reason given, Hospital appointment this afternoon \(back 23\/11\/2026\)/);
  await expect(page.locator('caption', { hasText: 'to call about' }).textContent()).resolves.toBe('1 pupil to call about; 1 called today');
});
