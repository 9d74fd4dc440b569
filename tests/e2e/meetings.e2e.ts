/**
 * Review meetings end to end in the local workbench: schedule a review from the Due view, see the invitation in
 * the Outbox with the home school's named staff as attendees and a Teams link, open the Teams-tab view, record the
 * outcomes, and see the next review appear as due.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import type { OutboxRecord } from '../../local/emulator/graph/outbox/outboxTypes';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
/** A pupil on roll with a home school and named staff, and no demo meeting arranged. */
const demo = data.pupils.find(
  (p) => p.homeSchoolUrn !== undefined && p.namedContactEmails.length > 0 && p.pupil.leavingDate === undefined && !data.reviewMeetings.some((m) => m.pupilKey === p.key),
);
if (!head || !demo) throw new Error('The demo data has no headteacher, or no pupil to arrange a review for.');
const name = `${demo.pupil.lastName}, ${demo.pupil.firstName}`;
const initials = `${demo.pupil.firstName[0]}.${demo.pupil.lastName[0]}. (Year ${demo.pupil.yearGroup})`;

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function openTab(title: string): Promise<void> {
  await page.getByRole('tab', { name: title }).click();
}

async function outbox(query: string): Promise<OutboxRecord[]> {
  return (await (await fetch(`${local.origin}/_emulator/outbox${query}`)).json()) as OutboxRecord[];
}

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

let invite: OutboxRecord;
let meetingId: number;

test('the demo meetings were booked through Graph: their invitations are in the Outbox', async () => {
  const invites = await outbox('?kind=invite');
  expect(invites).toHaveLength(data.reviewMeetings.length);
  expect(invites.every((i) => /^https:\/\/teams\.microsoft\.com\//.test(i.joinUrl ?? ''))).toBe(true);
});

test('schedule a review from the Due view: the invitation goes to the home school’s named staff with a Teams link', async () => {
  await page.goto(`${local.origin}/`);
  await openTab('Review meetings');
  await page.getByRole('button', { name: `Arrange the meeting: placement review for ${name}` }).click();
  await page.getByRole('heading', { name: 'Arrange a review meeting' }).waitFor();
  for (const email of demo.namedContactEmails) {
    const box = page.getByRole('checkbox', { name: new RegExp(`\\(${email.replace(/[.]/g, '\\.')}\\)`) });
    await expect(box.isChecked()).resolves.toBe(true);
  }
  await expect(page.getByRole('textbox', { name: /^Date/ }).inputValue()).resolves.toBe('23/11/2026');
  await page.getByRole('textbox', { name: /^Start time/ }).fill('11:00');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByRole('status').filter({ hasText: 'Invitation sent to' }).first().waitFor();

  const found = (await outbox('?kind=invite')).find((o) => o.subject === `Placement review: ${initials} — Pathways Learning Centre`);
  if (!found) throw new Error('The invitation is not in the Outbox.');
  invite = found;
  expect(invite.to).toEqual(expect.arrayContaining(demo.namedContactEmails));
  expect(invite.from).toBe(head.email);
  expect(invite.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(invite.start).toBe('2026-11-23T11:00:00.000Z');
  expect(invite.body).not.toContain(demo.pupil.firstName);
  // The invitation opens the meeting in Review meetings on its page (?meeting=<id>) for the service's staff.
  meetingId = Number(/Review-meetings\.aspx\?meeting=(\d+)/.exec(invite.body)?.[1]);
  expect(meetingId).toBeGreaterThan(0);

  await openTab('Outbox');
  await page.getByText(invite.subject).first().waitFor();
});

test('in the Teams meeting itself, the side panel opens the review whose Teams link it has', async () => {
  const chat = /19:meeting_[^@]+@thread\.v2/.exec(decodeURIComponent(invite.joinUrl ?? ''))?.[0];
  if (!chat) throw new Error(`No meeting thread in ${invite.joinUrl ?? 'the invitation'}`);
  // Before the meeting (the demo's own now, Friday 20/11) its outcomes cannot be recorded yet; during it they can.
  await page.goto(`${local.origin}/?chat=${encodeURIComponent(chat)}`);
  await openTab('In a Teams meeting');
  const panel = page.locator('[data-host="teams-meeting"]');
  await panel.getByRole('article', { name: `Placement review: ${name}` }).waitFor();
  await panel.getByText('This meeting starts on 23/11/2026 at 11:00: its outcomes can be recorded once it has started.').waitFor();
  await page.goto(`${local.origin}/?chat=${encodeURIComponent(chat)}&now=2026-11-23T11:05:00Z`);
  await openTab('In a Teams meeting');
  await panel.getByRole('article', { name: `Placement review: ${name}` }).waitFor();
  await panel.getByRole('heading', { name: 'Record the review' }).waitFor();
  // The outcome form loads when the person opens it; the focus moves to its heading.
  await panel.getByRole('button', { name: 'Record the outcomes' }).click();
  const form = panel.getByRole('form', { name: 'Record the review' });
  await form.getByRole('button', { name: 'Save the review' }).waitFor();
  await expect(form.getByRole('heading', { name: 'Record the review' }).evaluate((h) => h === document.activeElement)).resolves.toBe(true);
});

test('open the Teams-tab view, record the outcomes, and see the next review appear as due', async () => {
  // After the meeting (Monday 23/11/2026, 12:30): its outcomes are recorded.
  await page.goto(`${local.origin}/?host=teams-tab&meeting=${meetingId}&now=2026-11-23T12:30:00Z`);
  await openTab('Review meetings');
  const article = page.getByRole('article', { name: `Placement review: ${name}` });
  await article.waitFor();
  await expect(page.locator('[data-host="teams-tab"]').count()).resolves.toBe(1);
  await expect(article.getByRole('link', { name: 'Join the Teams meeting' }).getAttribute('href')).resolves.toBe(invite.joinUrl);
  // Beside it, the meeting's chat in Teams: the documented deep link to a chat, by the thread id the organiser's
  // Graph lookup gave when booking (the emulator's is the one inside its join URL).
  const chat = (await article.getByRole('link', { name: 'Open the meeting chat in Teams' }).getAttribute('href')) ?? '';
  const threadId = /^https:\/\/teams\.microsoft\.com\/l\/chat\/(19:meeting_[A-Za-z0-9_-]+@thread\.v2)\/conversations$/.exec(chat)?.[1] ?? '';
  expect(threadId).not.toBe('');
  expect(decodeURIComponent(invite.joinUrl ?? '')).toContain(`/meetup-join/${threadId}/`);
  await article.getByRole('region', { name: /^1\. Attendance since/ }).waitFor();
  await expect(article.getByRole('region', { name: /^1\. Attendance since/ }).textContent()).resolves.toMatch(/\d+(\.\d)?% attendance \(statutory measure\)/);
  const violations = await seriousViolations(page);
  expect(describeViolations(violations)).toBe('');

  await article.getByRole('button', { name: 'Record the outcomes' }).click();
  await article.getByRole('button', { name: 'Save the review' }).waitFor();
  const groups = article.getByRole('radiogroup');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: 'Met', exact: true }).check();
  await article.getByRole('textbox', { name: 'Decision 1' }).fill('Continue the placement for another six weeks');
  await article.getByRole('textbox', { name: 'Action 1', exact: true }).fill('Share the reading plan with home');
  await article.getByRole('textbox', { name: 'Who, action 1' }).fill(head.displayName);
  await article.getByRole('button', { name: 'Save the review' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'The review is saved.' }).first();
  await saved.waitFor();
  // Held on 23/11/2026: 6 weeks on is Monday 04/01/2027, an INSET day, so the review is brought forward to 18/12/2026.
  await expect(saved.textContent()).resolves.toContain('The next placement review is due by 04/01/2027: a draft is planned for 18/12/2026 at 11:00.');

  await page.goto(`${local.origin}/`);
  await openTab('Review meetings');
  const group = page.getByRole('region', { name });
  const item = group.locator('li[data-due-kind="placement-review"]');
  await item.waitFor();
  const text = await item.textContent();
  expect(text).toContain('Act by Friday 18/12/2026 (the period ends 04/01/2027)');
  expect(text).toContain('Worked out as 6 weeks after the last placement review on 23/11/2026.');
  expect(text).toContain('Draft meeting for 18/12/2026 at 11:00: no invitation has been sent yet.');
  expect(text).not.toContain('Overdue');
});
