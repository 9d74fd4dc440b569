/**
 * Import records in the workbench, end to end, as the headteacher: a SIMS-style roll (three fictional pupils, two
 * dual-registered with a demo home school) is chosen, its mapping confirmed, checked and imported at 390 px wide
 * (Teams mobile), then the pupils are seen on the Pupil register and by the home school's named staff; the same
 * file again changes nothing. axe on each step.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';
import { rollPupils, simsRollCsv } from '../support/importFiles';

jest.setTimeout(240000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const homeStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
const roll = rollPupils(3, { homeSchoolUrn: homeStaff?.schoolUrn }).map((p, i) => ({ ...p, surname: `Importson${['A', 'B', 'C'][i]}` }));
const file = { name: 'sims-roll.csv', mimeType: 'text/csv', buffer: Buffer.from(simsRollCsv(roll), 'utf8') };

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

async function signIn(email: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/`);
}

async function importRoll(): Promise<void> {
  await page.getByRole('tab', { name: 'Import records' }).click();
  await page.getByLabel('Choose the file').setInputFiles(file);
  await page.getByRole('heading', { name: '2. Match the columns' }).waitFor();
}

beforeAll(async () => {
  if (!head || !homeStaff) throw new Error('The demo data has no headteacher or no home-school user.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${local.origin}/`);
  await signIn(head.email);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a roll is imported through the screen and its pupils are on the register', async () => {
  await importRoll();
  await page.getByText(/header on row 4, 3 rows below it/).waitFor();
  await expectAccessible('mapping');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('heading', { name: '3. Check before importing' }).waitFor();
  await expectAccessible('check');
  // Nothing in the view reaches past the 390 px screen, except inside the tables' own sideways-scrolling regions.
  const beyond = await page.evaluate(() => {
    const root = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Import records')?.parentElement;
    if (!root) return ['no view'];
    return [...root.querySelectorAll('*')]
      .filter((el) => !el.closest('[role="region"]') && el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
  });
  expect(beyond).toEqual([]);
  await page.getByRole('button', { name: 'Import 3 records' }).click();
  await page.getByRole('heading', { name: '5. Report' }).waitFor();
  await page.getByText('3 records were written.', { exact: false }).waitFor();
  await expectAccessible('report');

  await page.getByRole('tab', { name: 'Pupil register' }).click();
  const status = page.getByRole('status').filter({ hasText: 'pupils shown' });
  await status.waitFor();
  await expect(status.textContent()).resolves.toBe(`${data.pupils.length + 3} of ${data.pupils.length + 3} pupils shown`);
  for (const p of roll) await page.getByText(`${p.surname}, ${p.forename}`).first().waitFor();
});

test('the home school sees its two dual-registered pupils from the import', async () => {
  await signIn(homeStaff?.email ?? '');
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor();
  for (const p of roll.filter((x) => x.homeSchoolUrn)) await page.getByText(`${p.surname}, ${p.forename}`).first().waitFor();
  await expect(page.getByText(`${roll[1].surname}, ${roll[1].forename}`).count()).resolves.toBe(0);
});

test('the same file again changes nothing', async () => {
  await signIn(head?.email ?? '');
  await importRoll();
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Nothing to import' }).waitFor();
});
