/**
 * Work saved with no connection, end to end in Chromium. Registers: the network is taken away through the DevTools
 * protocol (Network.emulateNetworkConditions, offline), a register is saved, the page is reloaded, the connection
 * comes back, and the marks are found stored in the emulator once, with a mark someone else saved meanwhile kept
 * and reported, not overwritten. Also: the connection coming back while the page stays open sends by itself.
 * Learning-log entries and review outcomes: recorded offline, the page reloaded, back online: stored once (looked up
 * at the emulator).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { connectAs, type LocalConnection } from '../../local/seed/localConnection';
import { DEFAULT_ADMIN } from '../../local/emulator/store';
import { demoNow, SITE_PATH } from '../../local/localMode';
import type { AttendanceMark, Pupil } from '../../src/domain';
import type { Saved } from '../../src/data/ports';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const officer = data.staff.find((s) => s.role === 'attendance-officer');
const DATE = '2026-11-20';
let local: LocalModeFixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let admin: LocalConnection;
let present: Saved<Pupil>[];

async function setOffline(offline: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

async function openRegister(): Promise<void> {
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.getByRole('tab', { name: 'Take the register' }).click();
  const field = page.getByRole('combobox', { name: 'Date of the register' });
  await field.fill('20/11/2026');
  await field.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Morning (AM)' }).check();
  await page.locator('table caption', { hasText: 'Register for' }).waitFor();
}

const rowOf = (p: Pupil) => page.locator('table tbody tr', { hasText: `${p.lastName}, ${p.firstName}` });

/** Marks a pupil ill (a change to a saved mark, so with its reason). */
async function markIll(p: Pupil, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Illness (I), ${p.firstName} ${p.lastName}` }).click();
  await rowOf(p).getByRole('textbox', { name: /Reason for changing/ }).fill(reason);
}

async function storedCode(pupilId: number): Promise<string | undefined> {
  return (await admin.services.attendance.register(DATE, 'AM')).entries.find((e) => e.pupilId === pupilId)?.mark?.code;
}

async function expectAccessible(where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

beforeAll(async () => {
  if (!officer) throw new Error('The demo data has no attendance officer.');
  local = await startLocalModeFixture();
  admin = connectAs(local.origin, SITE_PATH, DEFAULT_ADMIN.email, DEFAULT_ADMIN.displayName, new Date(demoNow(data.today)));
  // Pupils present (/) at the demo date's morning register: each test changes some of them to I.
  const register = await admin.services.attendance.register(DATE, 'AM');
  const presentIds = new Set(register.entries.filter((e) => e.mark?.code === '/').map((e) => e.pupilId));
  present = (await admin.services.pupils.list()).items.filter((p) => presentIds.has(p.id));
  if (present.length < 4) throw new Error('The demo register needs at least 4 pupils present.');
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, officer.email);
  await page.goto(`${local.origin}/`);
});

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a register saved with no connection survives a reload and is saved once when the connection is back; a mark saved meanwhile is kept and reported', async () => {
  const [a, b, c] = present;
  await openRegister();
  await setOffline(true);
  await markIll(a, 'Parent rang: unwell');
  await markIll(b, 'Parent rang: sickness bug');
  await markIll(c, 'Parent rang: temperature');
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByRole('status').filter({ hasText: 'No connection: this register is kept on this device' }).waitFor();
  const banner = page.getByText('1 register waiting to be saved — it will be sent when you are back online.');
  await banner.waitFor();
  await expect(page.getByRole('list', { name: 'Registers waiting to be saved' }).innerText()).resolves.toContain(
    `Friday 20/11/2026, morning (AM): 3 marks, taken by ${officer?.displayName} (you) on 20/11/2026 at 10:00, kept on this device.`,
  );
  await expectAccessible('register waiting to be saved');
  expect(await storedCode(a.id)).toBe('/');

  // Meanwhile someone else changes c's mark.
  const before = await admin.services.attendance.register(DATE, 'AM');
  const theirs: AttendanceMark = { pupilId: c.id, date: DATE, session: 'AM', code: 'M', recordedBy: DEFAULT_ADMIN.email, recordedAt: `${DATE}T09:50:00Z` };
  const other = await admin.services.attendance.saveRegister({
    date: DATE, session: 'AM', marks: [theirs], reasons: new Map([[c.id, 'Hospital letter']]), baseline: before, takenBy: DEFAULT_ADMIN.email, at: `${DATE}T09:50:00Z`,
  });
  expect(other.saved).toEqual([c.id]);

  // Reloading with no connection: the browser cannot even load the page. Nothing is lost.
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await setOffline(false);
  await page.goto(`${local.origin}/`);
  await openRegister();
  const sent = page.getByRole('status').filter({ hasText: /Sent the register for Friday 20\/11\/2026, morning \(AM\), taken on this device on 20\/11\/2026 at 10:00: 2 marks saved\./ });
  await sent.waitFor();
  await expect(sent.innerText()).resolves.toContain(`1 mark was changed by someone else meanwhile (${c.firstName} ${c.lastName}): nothing of theirs was overwritten.`);
  await rowOf(a).filter({ hasText: 'Saved: I' }).waitFor();
  expect([await storedCode(a.id), await storedCode(b.id), await storedCode(c.id)]).toEqual(['I', 'I', 'M']);
  // Saved once: one amendment each, none for the mark that met someone else's.
  const amendments = async (p: Saved<Pupil>) => (await admin.services.attendance.amendmentsForPupil(p.id)).filter((x) => x.date === DATE && x.newCode === 'I');
  expect([(await amendments(a)).length, (await amendments(b)).length, (await amendments(c)).length]).toEqual([1, 1, 0]);
  await expect(page.getByRole('list', { name: 'Registers waiting to be saved' }).count()).resolves.toBe(0);

  // The conflict is the register's own: the person chooses there (theirs kept until then).
  await page.getByText(/changed by someone else while you were working|you entered I, /).first().waitFor();
  await expect(page.getByText(`${c.firstName} ${c.lastName}: you entered I`).count()).resolves.toBeGreaterThan(0);
  await expectAccessible('register sent with a conflict');
});

test('the connection coming back while the page stays open sends the waiting register by itself', async () => {
  const d = present[3];
  await openRegister();
  await setOffline(true);
  await markIll(d, 'Parent e-mailed: unwell');
  await page.getByRole('button', { name: 'Save register' }).click();
  await page.getByText('1 register waiting to be saved — it will be sent when you are back online.').waitFor();
  await setOffline(false);
  await page.getByRole('status').filter({ hasText: /Sent the register for Friday 20\/11\/2026, morning \(AM\).*1 mark saved\./ }).waitFor();
  await rowOf(d).filter({ hasText: 'Saved: I' }).waitFor();
  expect(await storedCode(d.id)).toBe('I');
  expect((await admin.services.attendance.amendmentsForPupil(d.id)).filter((x) => x.date === DATE && x.newCode === 'I')).toHaveLength(1);
});

async function choosePupil(p: Pupil): Promise<void> {
  await page.getByRole('combobox', { name: 'Pupil' }).click();
  await page.getByRole('option', { name: new RegExp(`^${p.lastName}, ${p.firstName} \\(`) }).click();
}

test('a learning-log entry written with no connection survives a reload and is saved once when the connection is back', async () => {
  const withLog = data.learningLogs[0];
  const demo = data.pupils.find((p) => p.key === withLog.pupilKey);
  if (!demo) throw new Error('The demo learning log has no pupil.');
  const pupil = (await admin.services.pupils.list()).items.find((p) => p.pupilRef === demo.pupil.pupilRef);
  if (!pupil) throw new Error('The demo pupil with a learning log is not on the site.');
  const text = 'Read a chapter aloud on the ward and retold it in order';
  const stored = async () => (await admin.services.learningLogs.entriesForPupil(pupil.id)).items.filter((e) => e.entry === text);

  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Learning logs', exact: true }).click();
  await choosePupil(pupil);
  await page.getByRole('table', { name: 'Pupil and contacts' }).waitFor();
  await setOffline(true);
  await page.getByRole('textbox', { name: 'What the pupil did' }).fill(text);
  await page.getByRole('button', { name: 'Add entry' }).click();
  await page.getByText(/^No connection: this entry is kept on this device/).waitFor();
  await page.getByText('1 learning-log entry waiting to be sent — it will be sent when you are back online.').waitFor();
  await expect(page.getByRole('list', { name: 'Learning-log entries waiting to be sent' }).innerText()).resolves.toContain(
    `for ${pupil.firstName} ${pupil.lastName} of 20/11/2026 (`,
  );
  await expectAccessible('learning-log entry waiting to be sent');
  expect(await stored()).toHaveLength(0);

  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await setOffline(false);
  // Sent as soon as the learning logs open, before any pupil is chosen.
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Learning logs', exact: true }).click();
  await page.getByRole('status').filter({ hasText: new RegExp(`Sent the .* entry for ${pupil.firstName} ${pupil.lastName} of 20/11/2026, written on this device on .*: saved\\.`) }).waitFor();
  await expect(page.getByRole('list', { name: 'Learning-log entries waiting to be sent' }).count()).resolves.toBe(0);
  await choosePupil(pupil);
  await page.getByRole('cell', { name: text }).waitFor();
  expect(await stored()).toHaveLength(1);
  await expectAccessible('learning-log entry sent');
});

test('a review outcome recorded with no connection survives a reload and is saved once when the connection is back', async () => {
  const pupil = (await admin.services.pupils.list()).items.find((p) => p.leavingDate === undefined);
  if (!pupil) throw new Error('The demo has no pupil on roll.');
  // A placement review that began at 09:00 today (the demo's now is 10:00), arranged as a draft.
  const meeting = await admin.services.meetings.create(
    { pupilId: pupil.id, kind: 'Placement review', status: 'Draft', start: `${DATE}T09:00:00Z`, end: `${DATE}T09:30:00Z`, attendees: [], outcomes: [], targetOutcomes: [], actions: [] },
    pupil.pupilRef,
  );
  const decision = 'Continue the placement for six weeks, agreed on the ward';
  const url = `${local.origin}/?host=teams-tab&meeting=${meeting.id}`;
  const article = page.getByRole('article', { name: `Placement review: ${pupil.lastName}, ${pupil.firstName}` });
  const openMeeting = async (): Promise<void> => {
    await page.goto(url);
    await page.getByRole('tab', { name: 'Review meetings', exact: true }).click();
    await article.waitFor();
  };

  await openMeeting();
  // The outcome form (with the keeping of an outcome on this device) loads when opened: open, it keeps one offline.
  await article.getByRole('button', { name: 'Record the outcomes' }).click();
  await article.getByRole('button', { name: 'Save the review' }).waitFor();
  await setOffline(true);
  const groups = article.getByRole('radiogroup');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: 'Met', exact: true }).check();
  await article.getByRole('textbox', { name: 'Decision 1' }).fill(decision);
  await article.getByRole('button', { name: 'Save the review' }).click();
  await page.getByText(/^No connection: this review is kept on this device/).waitFor();
  await page.getByText('1 review outcome waiting to be sent — it will be sent when you are back online.').waitFor();
  await expect(page.getByRole('list', { name: 'Review outcomes waiting to be sent' }).innerText()).resolves.toContain(
    `The outcome of the Placement review for ${pupil.firstName} ${pupil.lastName} on 20/11/2026, recorded by ${officer?.displayName} (you) on 20/11/2026 at 10:00, kept on this device.`,
  );
  await expectAccessible('review outcome waiting to be sent');
  expect((await admin.services.meetings.get(meeting.id)).status).toBe('Draft');

  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await setOffline(false);
  await openMeeting();
  await page.getByRole('status').filter({ hasText: new RegExp(`Sent the outcome of the Placement review for ${pupil.firstName} ${pupil.lastName} on 20/11/2026, recorded on this device on 20/11/2026 at 10:00: The review is saved\\.`) }).waitFor();
  await article.getByRole('heading', { name: 'Recorded at the meeting' }).waitFor();
  const stored = await admin.services.meetings.get(meeting.id);
  expect(stored).toMatchObject({ status: 'Held', outcomes: [decision] });
  // Once: no other meeting of the pupil holds this decision, and one draft at most was planned after it.
  const theirs = (await admin.services.meetings.forPupil(pupil.id)).items;
  expect(theirs.filter((m) => m.outcomes.includes(decision)).map((m) => m.id)).toEqual([meeting.id]);
  await expect(page.getByRole('list', { name: 'Review outcomes waiting to be sent' }).count()).resolves.toBe(0);
  await expectAccessible('review outcome sent');
});
