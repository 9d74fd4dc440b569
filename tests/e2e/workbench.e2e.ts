/**
 * The local workbench end to end: every web part renders demo data; a home-school user sees only that school's
 * pupils; Site setup opens on the site's status and checks the site only when asked; no serious or critical
 * accessibility violations (axe-core).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { SCHEMA_VERSION } from '../../src/lists';
import { DEFAULT_ADMIN } from '../../local/emulator/store';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { HOSTED_WEB_PARTS } from '../../local/workbench/app/webPartRegistry';
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

async function openTab(title: string): Promise<void> {
  await page.getByRole('tab', { name: title }).click();
}

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

test('the workbench hosts every web part and the outbox', async () => {
  for (const wp of HOSTED_WEB_PARTS) await page.getByRole('tab', { name: wp.title, exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Outbox' }).waitFor();
  await expect(page.getByRole('tab', { name: 'Outbox' }).count()).resolves.toBe(1);
});

test('PRU staff see every pupil on the register', async () => {
  const head = data.staff.find((s) => s.role === 'headteacher');
  if (!head) throw new Error('The demo data has no headteacher.');
  await signInAs(head.email);
  await openTab('Pupil register');
  const status = page.getByRole('status').filter({ hasText: 'pupils shown' });
  await status.waitFor();
  await expect(status.textContent()).resolves.toBe(`${data.pupils.length} of ${data.pupils.length} pupils shown`);
});

test("a home school's named staff see only that school's pupils", async () => {
  const staff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
  if (!staff?.schoolUrn) throw new Error('The demo data has no home-school user.');
  const theirs = data.pupils.filter((p) => p.homeSchoolUrn === staff.schoolUrn && p.pupil.leavingDate === undefined);
  await signInAs(staff.email);
  await openTab('Pupil register');
  const status = page.getByRole('status').filter({ hasText: 'pupils shown' });
  await status.waitFor();
  await expect(status.textContent()).resolves.toBe(`${theirs.length} of ${theirs.length} pupils shown`);
  const names = await page.getByRole('table', { name: 'Pupils on roll' }).getByRole('rowheader').allTextContents();
  const expected = theirs.map((p) => `${p.pupil.lastName}, ${p.pupil.firstName}`).sort();
  expect([...names].sort()).toEqual(expected);
});

test('Site setup opens on the site’s status for its owner, reading no list’s columns, views or records; “Check this site” checks it', async () => {
  // Every request to SharePoint, with a batch's body (the requests it holds).
  const asked: string[] = [];
  const decoded = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const record = (r: Request): void => {
    if (r.url().includes('/_api/')) asked.push(`${r.method()} ${decoded(r.url())}\n${decoded(r.postData() ?? '')}`);
  };
  page.on('request', record);
  try {
    // Site setup alone on the page (as `npm run bench:data` opens it), so every request recorded is its own.
    await rememberSignIn(page, DEFAULT_ADMIN.email);
    await page.goto(`${local.origin}/?part=SiteSetupWebPart`);
    const summary = page.getByTestId('setup-summary');
    await summary.waitFor({ timeout: 60000 });
    await expect(summary.textContent()).resolves.toBe(`This site is set up with Pathways Hub version ${SCHEMA_VERSION}.`);
    await page.getByRole('button', { name: 'Check this site', exact: true }).waitFor();
    await expect(page.getByRole('heading', { name: 'Who can see each pupil' }).count()).resolves.toBe(0);
    // The owner's status screen at phone width: nothing scrolls sideways, no serious or critical violations.
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(`Site setup's status at 390 px: ${describeViolations(await seriousViolations(page))}`).toBe("Site setup's status at 390 px: ");
    await page.setViewportSize({ width: 1280, height: 720 });
    const opening = asked.splice(0);
    expect(opening.some((a) => /getList\('[^']*\/lists\/pwsettings'\)\/items/i.test(a))).toBe(true);
    expect(opening.filter((a) => /\/fields\b|\/views\b|\/roleassignments\b|pwpupils|pwschools/i.test(a))).toEqual([]);
    await page.getByRole('button', { name: 'Check this site', exact: true }).click();
    await page.getByRole('button', { name: 'Check this site again', exact: true }).waitFor({ timeout: 120000 });
    await expect(summary.textContent()).resolves.toMatch(new RegExp(`^This site is set up with Pathways Hub version ${SCHEMA_VERSION}, (and matches it|but some of it differs)`));
    // The check, asked for, reads the lists' columns and views and who can see each pupil.
    expect(asked.some((a) => /\/fields\b/i.test(a)) && asked.some((a) => /\/views\b/i.test(a))).toBe(true);
  } finally {
    page.off('request', record);
  }
});

test('no serious or critical accessibility violations on any view', async () => {
  const head = data.staff.find((s) => s.role === 'headteacher');
  await signInAs(head?.email ?? '');
  const views = [...HOSTED_WEB_PARTS.map((w) => ({ title: w.title, root: `[data-webpart="${w.alias}"]` })), { title: 'Outbox', root: 'section[aria-labelledby="outbox-heading"]' }];
  for (const { title, root } of views) {
    await openTab(title);
    // The view is on the page (a loading one shows its spinner from its first render), then its loads have answered.
    await page.locator(root).waitFor();
    await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
    const violations = await seriousViolations(page);
    expect(`${title}: ${describeViolations(violations)}`).toBe(`${title}: `);
  }
});

test('every view at phone width (390 px), as the headteacher and as a home school: nothing scrolls sideways, no serious or critical accessibility violations', async () => {
  const head = data.staff.find((s) => s.role === 'headteacher');
  const school = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
  if (!head || !school) throw new Error('The demo data has no headteacher or home-school user.');
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  for (const who of [head.email, school.email]) {
    await signInAs(who);
    for (const { title, alias } of HOSTED_WEB_PARTS) {
      await openTab(title);
      // The view has rendered something and nothing in it is loading any more.
      await page.waitForFunction(
        (selector) => {
          const view = document.querySelector(selector);
          return view !== null && (view.textContent ?? '').trim() !== '' && view.querySelector('.ms-Spinner') === null;
        },
        `[data-webpart="${alias}"]`,
        { timeout: 30000 },
      );
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (widths.scroll > widths.client) found.push(`${who} ${title}: ${widths.scroll} px wide in ${widths.client}`);
      const violations = describeViolations(await seriousViolations(page));
      if (violations) found.push(`${who} ${title}: ${violations}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(found).toEqual([]);
});
