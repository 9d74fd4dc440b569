/**
 * On a phone (390 × 844 CSS px, Chromium): the register becomes one card per pupil with the common codes as
 * buttons, nothing scrolls sideways, every code button is at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), the keyboard
 * path is the desktop's (arrow keys between codes, Tab to the code list); a whole register is taken with the
 * buttons alone and saved; a learning-log entry is added at the same width; axe finds no serious violation.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SETTINGS } from '../../local/demo/calendar';
import { attendanceWatch } from '../../src/webparts/today/components/attendanceWatch';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const officer = data.staff.find((s) => s.role === 'attendance-officer');
const head = data.staff.find((s) => s.role === 'headteacher');
const DAY = '2026-11-23';
const onRoll = data.pupils.filter((p) => p.pupil.enrolmentDate <= DAY && (p.pupil.leavingDate ?? '9999') >= DAY);
let local: LocalModeFixture;

/** The pupils Today's attendance list names on the demo date, in its order: stage entered this week, penalty threshold, illness return. */
function demoAttendanceToActOn(): string[] {
  const ids = new Map(data.pupils.map((p, i) => [p.key, i + 1]));
  const names = new Map(data.pupils.map((p, i) => [i + 1, `${p.pupil.lastName}, ${p.pupil.firstName}`]));
  const onRollToday = new Set(data.pupils.filter((p) => p.pupil.enrolmentDate <= data.today && (p.pupil.leavingDate ?? '9999') >= data.today).map((p) => ids.get(p.key) as number));
  const marks = data.attendanceMarks.map((m) => ({ ...m.mark, pupilId: ids.get(m.pupilKey) as number }));
  const watch = attendanceWatch(marks, onRollToday, data.today, DEMO_SETTINGS);
  return [...watch.enteredStage, ...watch.penalty, ...watch.illness].map((x) => names.get(x.pupilId) ?? '');
}
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  expect(`${where}: ${describeViolations(await seriousViolations(page))}`).toBe(`${where}: `);
}

/** Nothing on the page is wider than the screen (no sideways scrolling). */
async function expectNoSidewaysScroll(where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(`${where}: ${widths.scroll}`).toBe(`${where}: ${widths.client}`);
}

beforeAll(async () => {
  if (!officer || !head) throw new Error('The demo data has no attendance officer or headteacher.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, officer.email);
});

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the morning register on a phone: cards, touch-sized codes, the desktop keyboard path, taken with the buttons and saved', async () => {
  // The next school day after the demo date, Monday 23/11/2026 at 09:05 in London: the morning register is open.
  await page.goto(`${local.origin}/?now=2026-11-23T09:05:00Z`);
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.getByRole('tab', { name: 'Take the register' }).click();
  await expect(page.getByRole('radio', { name: 'Morning (AM)' }).isChecked()).resolves.toBe(true);
  const register = page.locator('[data-register-layout="cards"]');
  await register.waitFor();
  await expect(page.locator('[data-register-layout="table"]').count()).resolves.toBe(0);
  const cards = register.getByRole('listitem');
  await expect(cards.count()).resolves.toBe(onRoll.length);
  await expectNoSidewaysScroll('register');
  await expectAccessible('register at 390 × 844');

  const buttons = register.getByRole('group', { name: /^Common codes, / }).getByRole('button');
  const sizes = await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
  expect(sizes.length).toBeGreaterThan(onRoll.length * 5);
  expect(sizes.filter(([w, h]) => w < 24 || h < 24)).toEqual([]);

  // The keyboard path: one Tab stop for the codes, arrow keys between them, Tab on to the full code list.
  const first = cards.first();
  const firstName = (await first.getAttribute('aria-label')) ?? '';
  const [last, given] = firstName.split(', ');
  await first.getByRole('button', { name: `Present, ${given} ${last}` }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`Late (L), ${given} ${last}`);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`Code, ${given} ${last}`);

  // Every pupil not yet marked this morning gets a mark by a tap on a code button: the first ill, the rest present
  // (marks already saved, such as a PIP's C2 known ahead, are left as they are).
  const unmarked = cards.filter({ hasNotText: 'Saved:' });
  const count = await unmarked.count();
  expect(count).toBeGreaterThan(10);
  const firstUnmarked = unmarked.first();
  await firstUnmarked.getByRole('button', { name: /^Illness \(I\), / }).tap();
  for (let i = 1; i < count; i++) await unmarked.nth(i).getByRole('button', { name: /^Present, / }).tap();
  await expect(unmarked.getByRole('button', { pressed: true }).count()).resolves.toBe(count);
  await page.getByRole('button', { name: 'Save register' }).tap();
  await page.getByRole('status').filter({ hasText: `Saved ${count} marks.` }).waitFor();
  await expectNoSidewaysScroll('register saved');
  await expectAccessible('register saved at 390 × 844');
});

test('a learning-log entry added on a phone', async () => {
  if (!head) throw new Error('no headteacher');
  const withLog = data.learningLogs[0];
  const pupil = data.pupils.find((p) => p.key === withLog.pupilKey);
  if (!pupil) throw new Error('The demo learning log has no pupil.');
  await rememberSignIn(page, head.email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Learning logs' }).click();
  // Typed as on a phone's keyboard: the list completes the name, Enter chooses it.
  const box = page.getByRole('combobox', { name: 'Pupil' });
  await box.tap();
  await page.keyboard.type(`${pupil.pupil.lastName}, ${pupil.pupil.firstName}`);
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: 'Add an entry' }).waitFor();
  await expectNoSidewaysScroll('learning log');
  await page.getByRole('textbox', { name: 'What the pupil did' }).fill('Read a chapter aloud to the group and answered questions on it');
  await page.getByRole('button', { name: 'Add entry' }).tap();
  await page.getByText(/^Entry added for /).waitFor();
  await expectNoSidewaysScroll('learning log entry added');
  await expectAccessible('learning log at 390 × 844');
});

test('Today on a phone: what needs doing, nothing to scroll sideways, one tap to the register', async () => {
  if (!officer) throw new Error('no attendance officer');
  await rememberSignIn(page, officer.email);
  // The demo date at 10:00.
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Today', exact: true }).click();
  await page.getByRole('heading', { name: /^Today, / }).waitFor();
  await expect(page.getByRole('region', { name: /^Registers/ }).textContent()).resolves.toContain(`Morning register: taken by ${officer.displayName} at 09:35`);
  // The story's overdue items, each for its reason: the late annual review (invitations, papers, the review) and the
  // rebooked placement review; the newest arrival's baseline in its own list.
  const reviews = (await page.getByRole('region', { name: /^Reviews overdue and due this week/ }).textContent()) ?? '';
  expect(reviews.match(/overdue by/g)?.length).toBe(4);
  const baselines = (await page.getByRole('region', { name: /^Baselines due/ }).textContent()) ?? '';
  expect(baselines.match(/overdue by/g)?.length).toBe(1);
  // The attendance officer's own lists first.
  await expect(page.locator('[data-today-section]').evaluateAll((els) => els.slice(0, 4).map((e) => e.getAttribute('data-today-section')))).resolves.toEqual([
    'registers',
    'calling',
    'followups',
    'attendance',
  ]);
  // Exactly the pupils the attendance rules name on the demo date (worked out here from the demo marks by the same rules).
  const attendance = page.getByRole('region', { name: /^Attendance to act on/ });
  const listed = await attendance.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(':')[0] ?? ''));
  expect(listed).toEqual(demoAttendanceToActOn());
  expect(listed.length).toBeGreaterThan(2);
  await page.getByRole('region', { name: /^Meetings today \(1\)/ }).getByRole('link', { name: 'Join the Teams meeting' }).waitFor();
  await expectNoSidewaysScroll('Today');
  await expectAccessible('Today at 390 × 844');
  await page.getByRole('button', { name: 'Open the morning register' }).tap();
  await page.locator('[data-register-layout="cards"]').waitFor();
  await expect(page.getByRole('radio', { name: 'Morning (AM)' }).isChecked()).resolves.toBe(true);
  await expectNoSidewaysScroll('register from Today');
});
