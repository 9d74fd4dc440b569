/**
 * SEND, learning logs and what commissioning schools see, end to end in the local workbench: PRU staff group the
 * register, get the census export and add a learning log entry in seconds; a home school's named staff see only
 * their pupils, no census export, and read-only learning logs; no serious accessibility violations.
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
let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function signInAs(email: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/`);
}

async function choosePupil(lastName: string, firstName: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Pupil' });
  await box.click();
  await page.getByRole('option', { name: new RegExp(`^${lastName}, ${firstName} \\(`) }).click();
}

const head = data.staff.find((s) => s.role === 'headteacher');
const schoolUser = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');

beforeAll(async () => {
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('PRU staff group the register by tier and are offered the census export', async () => {
  if (!head) throw new Error('The demo data has no headteacher.');
  await signInAs(head.email);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Support tier' });
  const tiers = new Set(data.pupils.map((p) => p.pupil.supportTier));
  for (const tier of tiers) await page.getByText(new RegExp(`^${tier} \\(\\d+\\)$`)).first().waitFor();
  await expect(page.getByRole('button', { name: 'Export census CSV' }).count()).resolves.toBe(1);
});

test('PRU staff add a learning log entry from the pupil’s log', async () => {
  if (!head) throw new Error('The demo data has no headteacher.');
  const withLog = data.learningLogs[0];
  const demo = data.pupils.find((p) => p.key === withLog.pupilKey);
  if (!demo) throw new Error('The demo learning log has no pupil.');
  await signInAs(head.email);
  await page.getByRole('tab', { name: 'Learning logs' }).click();
  await choosePupil(demo.pupil.lastName, demo.pupil.firstName);
  await page.getByRole('table', { name: 'Pupil and contacts' }).waitFor();
  await page.getByRole('textbox', { name: 'What the pupil did' }).fill('Planned a short presentation and delivered it to the group');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await page.getByText(/^Entry added for /).waitFor();
  await page.getByRole('cell', { name: 'Planned a short presentation and delivered it to the group' }).waitFor();
  const violations = await seriousViolations(page);
  expect(describeViolations(violations)).toBe('');
});

test('a home school’s named staff: only their pupils, no census export, read-only learning logs', async () => {
  if (!schoolUser?.schoolUrn) throw new Error('The demo data has no home-school user.');
  const theirs = data.pupils.filter((p) => p.homeSchoolUrn === schoolUser.schoolUrn && p.pupil.leavingDate === undefined);
  await signInAs(schoolUser.email);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  const status = page.getByRole('status').filter({ hasText: 'pupils shown' });
  await status.waitFor();
  await expect(status.textContent()).resolves.toBe(`${theirs.length} of ${theirs.length} pupils shown`);
  await expect(page.getByRole('button', { name: 'Export census CSV' }).count()).resolves.toBe(0);

  await page.getByRole('tab', { name: 'Learning logs' }).click();
  await page.getByRole('combobox', { name: 'Pupil' }).click();
  // The list of options opens in a layer drawn after the click: wait for it before reading every option.
  await page.getByRole('listbox').waitFor();
  const options = await page.getByRole('option').allTextContents();
  expect(options.map((o) => o.replace(/ \(.*\)$/, '')).sort()).toEqual(theirs.map((p) => `${p.pupil.lastName}, ${p.pupil.firstName}`).sort());
  await page.keyboard.press('Escape');
  const withLog = theirs.find((p) => data.learningLogs.some((l) => l.pupilKey === p.key));
  if (withLog) {
    await choosePupil(withLog.pupil.lastName, withLog.pupil.firstName);
    await page.getByText(/^Read only/).waitFor();
    await expect(page.getByRole('button', { name: 'Add entry' }).count()).resolves.toBe(0);
  }
});

test('SEND support for a pupil has no serious accessibility violations', async () => {
  if (!head) throw new Error('The demo data has no headteacher.');
  const demo = data.pupils[0];
  await signInAs(head.email);
  await page.getByRole('tab', { name: 'SEND support' }).click();
  await choosePupil(demo.pupil.lastName, demo.pupil.firstName);
  await page.getByRole('tab', { name: 'Support plans (APDR)' }).waitFor();
  for (const tab of ['Support plans (APDR)', 'EHC plan outcomes', 'One-page profile', 'Assessments and tracking']) {
    await page.getByRole('tab', { name: tab }).click();
    const violations = await seriousViolations(page);
    expect(`${tab}: ${describeViolations(violations)}`).toBe(`${tab}: `);
  }
  await page.getByText(/Baseline assessments/).waitFor();
});
