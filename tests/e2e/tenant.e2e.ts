/**
 * The web parts on other sites of the tenant, as Teams hosts them: a channel tab's page stands on the team's own
 * site and a meeting's side panel on the root site. Neither holds the Pathways Hub lists; the web part finds the
 * Pathways Hub site from the tenant property (set in local mode as an administrator sets it) and shows its records.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import type { OutboxRecord } from '../../local/emulator/graph/outbox/outboxTypes';
import { ROOT_SITE, STAFF_TEAM_SITE } from '../../local/seed/prepareTeamsSites';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
// A review the Due view lists (an attendance meeting or a SEN support review has no statutory cycle, so no due item).
const CYCLED: readonly string[] = ['Placement review', 'PIP review', 'EHCP annual review', 'EHCP interim review', 'PEP review'];
const demo = data.reviewMeetings.find((m) => m.meeting.status === 'Scheduled' && CYCLED.includes(m.meeting.kind) && m.meeting.start >= `${data.today}T00:00:00Z`);
const pupil = data.pupils.find((p) => p.key === demo?.pupilKey)?.pupil;
if (!head || !demo || !pupil) throw new Error('The demo data has no headteacher or no review meeting coming up.');
const name = `${pupil.lastName}, ${pupil.firstName}`;

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, head.email);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a Teams channel tab on the staff team’s site opens the Review meetings web part on the Pathways Hub site and sees the review', async () => {
  await page.goto(`${local.origin}/?web=${encodeURIComponent(STAFF_TEAM_SITE.path)}&host=teams-tab`);
  await page.getByRole('tab', { name: 'Review meetings' }).click();
  const part = page.locator('[data-webpart="ReviewMeetingWebPart"]');
  await expect(part.getAttribute('data-page-web')).resolves.toBe(STAFF_TEAM_SITE.path);
  await part.locator('[data-host="teams-tab"]').waitFor();
  // The Due view, read from the Pathways Hub site: the pupil's review is arranged, and opens.
  await part.getByRole('region', { name }).getByRole('button', { name: /^Open the meeting/ }).first().click();
  await expect(part.getAttribute('data-pathways-site')).resolves.toBe(local.siteUrl);
  await part.getByRole('article', { name: new RegExp(`: ${name}$`) }).waitFor();
  expect(describeViolations(await seriousViolations(page))).toBe('');
});

test('a Teams meeting’s side panel on the root site opens the review whose Teams link the meeting has', async () => {
  const invites = (await (await fetch(`${local.origin}/_emulator/outbox?kind=invite`)).json()) as OutboxRecord[];
  const invite = invites.find((i) => i.start === new Date(demo.meeting.start).toISOString() && i.from === demo.organiserEmail);
  const chat = /19:meeting_[^@]+@thread\.v2/.exec(decodeURIComponent(invite?.joinUrl ?? ''))?.[0];
  if (!chat) throw new Error(`No Teams meeting for '${demo.subject}' in the Outbox.`);
  await page.goto(`${local.origin}/?web=${encodeURIComponent(ROOT_SITE.path)}&chat=${encodeURIComponent(chat)}`);
  await page.getByRole('tab', { name: 'In a Teams meeting' }).click();
  const part = page.locator('[data-webpart="ReviewMeetingPanelWebPart"]');
  await expect(part.getAttribute('data-page-web')).resolves.toBe(ROOT_SITE.path);
  await part.locator('[data-host="teams-meeting"]').getByRole('article', { name: new RegExp(`: ${name}$`) }).waitFor();
});

test('a page on a site that is not Pathways Hub, with nothing configured for it, says so plainly', async () => {
  await page.goto(`${local.origin}/?web=${encodeURIComponent('/sites/no-such-site')}`);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByText('Pathways Hub cannot open its site').waitFor();
});
