/**
 * The service's own policies, end to end in the workbench (issue 15): a register ahead of its day says it holds only
 * what is known ahead; after the afternoon register closes, first-day calling lists the pupils to call with their
 * contacts, a call is recorded (who, when, the reason given, the expected return) and the list shows what was said;
 * a teacher logs a lesson's engagement on a phone-sized screen and the pupil's home school reads it, read only.
 * axe on each screen.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(180000);

const data = generateDemoData();
const officer = data.staff.find((s) => s.role === 'attendance-officer');
const head = data.staff.find((s) => s.role === 'headteacher');
const schoolUser = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
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
}, LOCAL_MODE_START_TIMEOUT);

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
  // The day's calls may still be being read (the caption and the row say so): wait for what they say once read.
  await calling.locator('caption').filter({ hasText: /^1 pupil to call about; 0 called today$/ }).waitFor();
  await expect(calling.locator('caption').textContent()).resolves.toBe('1 pupil to call about; 0 called today');
  const row = calling.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await row.getByText('Not called yet').waitFor();
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
  // The day's calls are read again after the save ("Loading…" meanwhile): wait for the row to show the call.
  await row.getByText(/13:35: reason given, Hospital appointment this afternoon \(back 23\/11\/2026\)/).waitFor();
  await expect(page.locator('caption', { hasText: 'to call about' }).textContent()).resolves.toBe('1 pupil to call about; 1 called today');
});

async function openBehaviourLog(lastName: string, firstName: string): Promise<void> {
  await page.getByRole('tab', { name: 'Learning logs' }).click();
  const box = page.getByRole('combobox', { name: 'Pupil' });
  await box.click();
  await page.getByRole('option', { name: new RegExp(`^${lastName}, ${firstName} \\(`) }).click();
  await page.getByRole('tab', { name: 'Behaviour', exact: true }).click();
  await page.getByRole('table', { name: `Behaviour and engagement log, ${firstName} ${lastName}` }).waitFor();
}

test('a teacher logs engagement on a phone-sized screen; the pupil’s home school reads it and cannot log', async () => {
  if (!head || !schoolUser?.schoolUrn) throw new Error('The demo data has no headteacher or home-school user.');
  const pupil = data.pupils.find((p) => p.homeSchoolUrn === schoolUser.schoolUrn && p.pupil.leavingDate === undefined);
  if (!pupil) throw new Error('The demo home school has no pupil on roll.');
  const { firstName, lastName } = pupil.pupil;
  await page.setViewportSize({ width: 390, height: 844 });
  await rememberSignIn(page, head.email);
  await page.goto(`${local.origin}/`);
  await openBehaviourLog(lastName, firstName);
  const form = page.getByRole('form', { name: `Log a lesson or an incident for ${firstName} ${lastName}` });
  await form.getByRole('button', { name: 'Log engagement' }).click();
  await form.getByText('Enter the lesson or activity').waitFor();
  await expectAccessible('behaviour log form with an error, 390 px');
  await form.getByRole('textbox', { name: 'Lesson or activity' }).fill('Forest school');
  await form.getByRole('radio', { name: '4 – Engaged' }).check();
  await form.getByText('Works with others', { exact: true }).click(); // Fluent's box is drawn over its hidden input
  await form.getByRole('checkbox', { name: 'Works with others', checked: true }).waitFor();
  await form.getByRole('button', { name: 'Log engagement' }).click();
  await page.getByText(new RegExp(`^Engagement logged for ${firstName} ${lastName}: Forest school`)).waitFor();
  const log = page.getByRole('table', { name: `Behaviour and engagement log, ${firstName} ${lastName}` });
  await log.getByRole('cell', { name: 'Forest school (Group lesson)' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).resolves.toBe(true);
  await expectAccessible('behaviour log, 390 px');

  await page.setViewportSize({ width: 1366, height: 768 });
  await rememberSignIn(page, schoolUser.email);
  await page.goto(`${local.origin}/`);
  await openBehaviourLog(lastName, firstName);
  await page.getByText(/^Read only: you can read this log/).waitFor();
  await page.getByRole('table', { name: `Behaviour and engagement log, ${firstName} ${lastName}` }).getByRole('cell', { name: 'Forest school (Group lesson)' }).waitFor();
  await expect(page.getByRole('form', { name: /Log a lesson or an incident/ }).count()).resolves.toBe(0);
  await page.getByRole('img', { name: new RegExp(`Engagement by week, ${firstName} ${lastName}`) }).waitFor();
  await expectAccessible('behaviour log read by the home school');
});

test('the pupil’s views are recorded on a review meeting, and the meeting says whose are still missing', async () => {
  if (!head) throw new Error('The demo data has no headteacher.');
  await page.setViewportSize({ width: 1366, height: 900 });
  await rememberSignIn(page, head.email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Review meetings' }).click();
  await page.getByRole('tab', { name: 'Meetings', exact: true }).click();
  await page.getByRole('button', { name: /^Open the / }).first().click();
  const voice = page.getByRole('region', { name: 'Views and feedback' });
  await voice.getByText(/Views still to record: Pupil/).waitFor();
  await voice.getByRole('button', { name: 'Record views' }).click();
  const form = voice.getByRole('form', { name: 'Record views for this review' });
  await form.getByRole('combobox', { name: /Whose views/ }).selectOption('Pupil');
  await form.getByRole('textbox', { name: /Given by/ }).fill('The pupil');
  await form.getByRole('combobox', { name: /How they were gathered/ }).selectOption('Talked with them');
  await form.getByRole('button', { name: 'Save the views' }).click();
  await form.getByText('Enter the views in their words').waitFor();
  await expectAccessible('views form with an error');
  await form.getByRole('textbox', { name: /Their views/ }).fill('Shorter mornings would help me settle.');
  await form.getByRole('button', { name: 'Save the views' }).click();
  await page.getByRole('status').filter({ hasText: "The pupil's views are recorded." }).first().waitFor();
  const after = page.getByRole('region', { name: 'Views and feedback' });
  await after.getByRole('table', { name: 'Views recorded for this review' }).getByRole('cell', { name: 'Shorter mornings would help me settle.' }).waitFor();
  await expect(after.textContent()).resolves.not.toMatch(/Views still to record: Pupil/);
  await expectAccessible('views and feedback');
});
