/**
 * On a phone (390 × 844 CSS px, Chromium): the register becomes one card per pupil with the common codes as
 * buttons, nothing scrolls sideways, every code button is at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), the keyboard
 * path is the desktop's (arrow keys between codes, Tab to the code list); a whole register is taken with the
 * buttons alone and saved; a learning-log entry is added at the same width; axe finds no serious violation.
 */
import { connectAs } from '../../local/seed/localConnection';
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SETTINGS } from '../../local/demo/calendar';
import { attendanceWatch } from '../../src/webparts/today/components/attendanceWatch';
import { meetingsToday, pipActions, registerStates, timeLeftText } from '../../src/webparts/today/components/todayModel';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { addDays, addSchoolDays, addWeeks, behaviourLogDay, followUpsDue, isOnRoll, londonClockTime, pupilsBelowSenSupport, recentIncidents, type AttendanceMark } from '../../src/domain';
import { demoParentContacts } from '../../local/seed/seedParentContacts';
import { demoBehaviourEntries } from '../../local/seed/seedBehaviourLogs';
import { demoNeedsAssessmentRequests, demoTransitionPlans } from '../../local/seed/seedTransitionPlans';
import { transitionToChase } from '../../src/webparts/today/components/transitionWatch';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const officer = data.staff.find((s) => s.role === 'attendance-officer');
const head = data.staff.find((s) => s.role === 'headteacher');
const senco = data.staff.find((s) => s.role === 'senco');
const DAY = '2026-11-23';
const onRoll = data.pupils.filter((p) => p.pupil.enrolmentDate <= DAY && (p.pupil.leavingDate ?? '9999') >= DAY);
let local: LocalModeFixture;

const ids = new Map(data.pupils.map((p, i) => [p.key, i + 1]));
const nameOfKey = (key: string): string => {
  const p = data.pupils.find((x) => x.key === key);
  return p ? `${p.pupil.lastName}, ${p.pupil.firstName}` : key;
};

/** The recent starters with no baseline recorded (the story: the newest arrival). */
function demoBaselinesDue(): string[] {
  return data.pupils
    .filter((p) => isOnRoll(p.pupil, data.today) && (p.pupil.placementStart ?? p.pupil.enrolmentDate) >= addWeeks(data.today, -12))
    .filter((p) => !data.baselines.some((b) => b.pupilKey === p.key))
    .map((p) => nameOfKey(p.key));
}

/** The PIPs needing action on the demo date, by the PIP rules (pipFlags, ending within two weeks), as Today lists them. */
function demoPipsNeedingAction(): string[] {
  const pipIds = new Map(data.pips.map((p, i) => [p.key, i + 1]));
  const pips = data.pips.map((p) => ({ ...p.pip, id: pipIds.get(p.key) as number, pupilId: ids.get(p.pupilKey) as number, etag: '' }));
  const pupils = data.pupils.map((p) => ({ ...p.pupil, namedContactIds: [], id: ids.get(p.key) as number, etag: '' }));
  const reviews = data.pipReviews.map((r) => ({ pipId: pipIds.get(r.pipKey) as number, reviewDate: r.review.reviewDate }));
  return pipActions(pips, reviews, pupils, data.today, DEMO_SETTINGS).map((a) => `${a.pupil.lastName}, ${a.pupil.firstName}`);
}

/** The pupils Today's attendance list names on the demo date, in its order: stage entered this week, penalty threshold, illness return. */
function demoAttendanceToActOn(): string[] {
  const names = new Map(data.pupils.map((p, i) => [i + 1, `${p.pupil.lastName}, ${p.pupil.firstName}`]));
  const onRollToday = new Set(data.pupils.filter((p) => p.pupil.enrolmentDate <= data.today && (p.pupil.leavingDate ?? '9999') >= data.today).map((p) => ids.get(p.key) as number));
  const marks = data.attendanceMarks.map((m) => ({ ...m.mark, pupilId: ids.get(m.pupilKey) as number }));
  const watch = attendanceWatch(marks, onRollToday, data.today, DEMO_SETTINGS);
  return [...watch.enteredStage, ...watch.penalty, ...watch.illness].map((x) => names.get(x.pupilId) ?? '');
}
/** The incidents Today lists for follow-up on the demo date (today's and the school day before's), newest first. */
function demoRecentIncidents(): string[] {
  const entries = demoBehaviourEntries(data, data.today, DEMO_SETTINGS).map((e) => ({ ...behaviourLogDay(e.entry), key: e.pupilKey }));
  return recentIncidents(entries, data.today, DEMO_SETTINGS).map((e) => nameOfKey(e.key));
}

/** The pupils on roll on the demo date recorded at SEN provision N (the SEND policy puts every pupil at SEN support). */
function demoSenSupportToRecord(): string[] {
  return pupilsBelowSenSupport(data.pupils.map((p) => p.pupil), data.today).map((p) => `${p.lastName}, ${p.firstName}`);
}

/** The pupils Today's transition list names on the demo date, by its rule (transitionToChase over the seeded plans and requests for an EHC needs assessment). */
function demoTransitionToChase(): string[] {
  const plans = demoTransitionPlans(data).map((t) => ({ ...t.plan, pupilId: ids.get(t.pupilKey) as number }));
  const requests = demoNeedsAssessmentRequests(data).map((r) => ({ ...r.request, pupilId: ids.get(r.pupilKey) as number }));
  const pupils = data.pupils.map((p) => ({ ...p.pupil, id: ids.get(p.key) as number }));
  const names = new Map(data.pupils.map((p) => [ids.get(p.key) as number, nameOfKey(p.key)]));
  return transitionToChase(plans, requests, pupils, data.today, DEMO_SETTINGS.statutory).map((t) => names.get(t.pupilId) ?? '');
}

/**
 * Today's two registers at `now` on the demo date, by registerStates over the demo marks of the day; who took each is
 * the register record the seeder writes (the first mark recorded in that session), named from the staff list.
 */
function demoRegisterLines(now: Date): string[] {
  const staffName = new Map(data.staff.map((s) => [s.email, s.displayName]));
  const todays = data.attendanceMarks.filter((m) => m.mark.date === data.today && Date.parse(m.mark.recordedAt) <= now.getTime());
  const snapshot = (session: 'AM' | 'PM') => {
    const marks = todays.filter((m) => m.mark.session === session).map((m) => ({ ...m.mark, pupilId: ids.get(m.pupilKey) as number }) as AttendanceMark);
    const first = marks.reduce<AttendanceMark | undefined>((a, m) => (!a || m.recordedAt < a.recordedAt ? m : a), undefined);
    return { date: data.today, session, entries: marks.map((mark) => ({ pupilId: mark.pupilId, mark })), ...(first ? { takenBy: first.recordedBy, takenAt: first.recordedAt } : {}) };
  };
  const pupils = data.pupils.map((p) => ({ ...p.pupil, namedContactIds: [], id: ids.get(p.key) as number, etag: '' }));
  return registerStates({ AM: snapshot('AM'), PM: snapshot('PM') }, pupils, now, DEMO_SETTINGS).map(
    (r) =>
      `${r.session === 'AM' ? 'Morning' : 'Afternoon'} register: ${
        r.taken
          ? `taken by ${staffName.get(r.takenBy ?? '') ?? r.takenBy} at ${londonClockTime(new Date(r.takenAt ?? ''))} (${r.marked} of ${r.expected} marked)`
          : `not taken yet, ${timeLeftText(r)}`
      }`,
  );
}

/** The review meetings going ahead today (meetingsToday over the demo's booked meetings): time, kind and pupil. */
function demoMeetingsToday(): string[] {
  const meetings = data.reviewMeetings.map((m, i) => ({ ...m.meeting, id: i + 1, pupilId: ids.get(m.pupilKey) as number, etag: '' }));
  const names = new Map(data.pupils.map((p) => [ids.get(p.key) as number, nameOfKey(p.key)]));
  return meetingsToday(meetings, data.today).map((m) => `${londonClockTime(new Date(m.start))} ${m.kind.toLowerCase()}: ${names.get(m.pupilId) ?? ''}`);
}

/** The calls home still to follow up by the next school day (followUpsDue over the demo's calls of the last four weeks). */
function demoFollowUpsDue(): string[] {
  const since = addDays(data.today, -28);
  const contacts = demoParentContacts(data, data.today, DEMO_SETTINGS).map((c) => ({ ...c.contact, pupilId: ids.get(c.pupilKey) as number, key: c.pupilKey }));
  const due = followUpsDue(contacts, addSchoolDays(data.today, 1, DEMO_SETTINGS)).filter((c) => (c.followUpOn ?? '') >= since);
  return due.map((c) => nameOfKey(c.key));
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
}, LOCAL_MODE_START_TIMEOUT);

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
  const illName = (await firstUnmarked.getAttribute('aria-label')) ?? '';
  await firstUnmarked.getByRole('button', { name: /^Illness \(I\), / }).tap();
  for (let i = 1; i < count; i++) await unmarked.nth(i).getByRole('button', { name: /^Present, / }).tap();
  // A tap's click reaches the page after the touch itself: wait for the last card's code to show as pressed.
  await unmarked.nth(count - 1).getByRole('button', { name: /^Present, /, pressed: true }).waitFor();
  await expect(unmarked.getByRole('button', { pressed: true }).count()).resolves.toBe(count);
  await page.getByRole('button', { name: 'Save register' }).tap();
  await page.getByRole('status').filter({ hasText: `Saved ${count} marks.` }).waitFor();
  await expectNoSidewaysScroll('register saved');
  await expectAccessible('register saved at 390 × 844');

  // The fire register, one tap from the register just taken: everyone marked present is on site, the one ill is away.
  await page.getByRole('button', { name: 'Fire register: who is on site' }).tap();
  const sheet = page.getByRole('region', { name: 'Fire register: Monday 23/11/2026, morning (AM)' });
  await sheet.getByRole('status').filter({ hasText: `${count - 1} on site · 0 not yet marked · ${onRoll.length - count + 1} marked away from the site` }).waitFor();
  await expect(sheet.getByText(/^Produced at \d\d:\d\d on 23\/11\/2026 from the register as saved\.$/).count()).resolves.toBe(1);
  await expect(sheet.getByRole('table', { name: `On site (${count - 1})` }).getByRole('row').count()).resolves.toBe(count);
  await expect(sheet.getByRole('table', { name: /^Marked away from the site/ }).getByRole('row', { name: new RegExp(`^${illName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).count()).resolves.toBe(1);
  await expectNoSidewaysScroll('fire register');
  await expectAccessible('fire register at 390 × 844');
  await page.getByRole('button', { name: 'Close the fire register' }).tap();
  await sheet.waitFor({ state: 'detached' });
});

test('the week view on a phone: its own scroll box with a cue, nothing else sideways; a session opens its register', async () => {
  await page.goto(`${local.origin}/?now=2026-11-20T14:00:00Z`);
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.getByRole('tab', { name: 'Week', exact: true }).click();
  const onRollFriday = data.pupils.filter((p) => isOnRoll(p.pupil, '2026-11-20'));
  const table = page.getByRole('table', { name: new RegExp(`^Registers of the week of 16/11/2026: ${onRollFriday.length} pupils, `) });
  await table.waitFor();
  await page.getByText('The week is wider than the screen: scroll the table sideways').waitFor();
  await expectNoSidewaysScroll('week view');
  await expectAccessible('week view at 390 × 844');
  const sizes = await table.getByRole('button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
  expect(sizes.filter(([w, h]) => w < 24 || h < 24)).toEqual([]);
  await table.getByRole('button', { name: /, Wednesday 18\/11\/2026 afternoon: / }).first().tap();
  await page.getByRole('radio', { name: 'Afternoon (PM)', checked: true }).waitFor();
  await page.locator('[data-register-layout="cards"]').waitFor();
  await expect(page.getByRole('textbox', { name: /Date of the register/ }).or(page.getByRole('combobox', { name: /Date of the register/ })).inputValue()).resolves.toBe('18/11/2026');
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
  // Names arrive after the page (the site's user list): wait for the name, never read the address shown meanwhile.
  await page.getByRole('region', { name: /^Registers/ }).filter({ hasText: `Morning register: taken by ${officer.displayName} at 09:35` }).waitFor();
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
  // The behaviour incidents of today and the school day before (the story: one on Thursday), exactly those.
  const incidents = page.getByRole('region', { name: /^Behaviour incidents today and on / });
  const expectedIncidents = demoRecentIncidents();
  expect(expectedIncidents.length).toBeGreaterThan(0);
  await expect(incidents.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(':')[0] ?? ''))).resolves.toEqual(expectedIncidents);
  await expectNoSidewaysScroll('Today');
  await expectAccessible('Today at 390 × 844');
  await page.getByRole('button', { name: 'Open the morning register' }).tap();
  await page.locator('[data-register-layout="cards"]').waitFor();
  await expect(page.getByRole('radio', { name: 'Morning (AM)' }).isChecked()).resolves.toBe(true);
  await expectNoSidewaysScroll('register from Today');
});

const sectionOrder = (): Promise<(string | null)[]> => page.locator('[data-today-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-today-section')));

test('Today for the SENCO on a desktop: reviews and baselines first, exactly the story’s, one click to the pupil', async () => {
  if (!senco) throw new Error('no SENCO');
  await page.setViewportSize({ width: 1366, height: 768 });
  await rememberSignIn(page, senco.email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: /^Baselines due/ }).waitFor();
  // The SENCO is in Leadership (may change the settings): Today opens in the headteacher's order until they choose theirs.
  await page.getByRole('combobox', { name: 'Show first what needs doing by the' }).selectOption('senco');
  await expect(sectionOrder().then((o) => o.slice(0, 5))).resolves.toEqual(['reviews', 'baselines', 'meetings', 'sen-support', 'transition']);
  // Exactly the pupils whose transition plan has a step overdue or a review due, or whose EHC needs assessment has a statutory step due soon, by the transition rules.
  const transition = page.getByRole('region', { name: /^Transition and reintegration/ });
  const transitionExpected = demoTransitionToChase();
  expect(transitionExpected.length).toBeGreaterThan(1); // the plan's overdue step and the needs assessment's step due soon
  await expect(transition.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(':')[0] ?? ''))).resolves.toEqual(transitionExpected);
  // Exactly the pupils on roll recorded N, by the SEND policy's rule.
  const sen = page.getByRole('region', { name: /^SEN support to record/ });
  await expect(sen.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(':')[0] ?? ''))).resolves.toEqual(demoSenSupportToRecord());
  const baselines = page.getByRole('region', { name: /^Baselines due/ });
  const expected = demoBaselinesDue();
  expect(expected.length).toBeGreaterThan(0);
  await expect(baselines.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(' — ')[0]))).resolves.toEqual(expected);
  await expect(baselines.textContent()).resolves.toMatch(/overdue by \d\d\/\d\d\/2026/);
  const reviews = (await page.getByRole('region', { name: /^Reviews overdue and due this week/ }).textContent()) ?? '';
  expect(reviews.match(/overdue by/g)?.length).toBe(4);
  await expectAccessible('Today for the SENCO at 1366 × 768');
  // The name opens the pupil's record in place, and the way back.
  await baselines.getByRole('button', { name: expected[0], exact: true }).click();
  await page.getByRole('heading', { name: expected[0], exact: true }).waitFor();
  await page.getByRole('button', { name: 'Back to Today' }).click();
  await page.getByRole('region', { name: /^Baselines due/ }).waitFor();
  // Chosen once, kept: Today opens in the SENCO's order again.
  await page.reload();
  await page.getByRole('tab', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: /^Baselines due/ }).waitFor();
  await expect(sectionOrder().then((o) => o[0])).resolves.toBe('reviews');
});

test('Today for the headteacher on a desktop: the PIPs needing action first, exactly those the PIP rules name', async () => {
  if (!head) throw new Error('no headteacher');
  await page.setViewportSize({ width: 1366, height: 768 });
  await rememberSignIn(page, head.email);
  await page.evaluate(() => window.localStorage.removeItem('pathways-hub.today.role'));
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Today', exact: true }).click();
  const pips = page.getByRole('region', { name: /^PIPs that need action/ });
  await pips.waitFor();
  await expect(sectionOrder().then((o) => o.slice(0, 4))).resolves.toEqual(['pips', 'la-return', 'attendance', 'notifications']);
  const expected = demoPipsNeedingAction();
  expect(expected.length).toBeGreaterThan(0);
  await expect(pips.getByRole('listitem').evaluateAll((els) => els.map((e) => e.textContent?.split(':')[0]))).resolves.toEqual(expected);
  await expect(page.getByRole('region', { name: /^Part-time timetables return to the LA \(0\)/ }).textContent()).resolves.toContain('the LA asks for it half-termly');
  await expectAccessible('Today for the headteacher at 1366 × 768');
});

test('Today for a lead tutor, on a desktop and a phone: registers, meetings, follow-ups and incidents first, exactly those the rules name; one click to each place', async () => {
  const tutor = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'pru-staff' && u.role === 'lead-tutor');
  if (!tutor) throw new Error('The demo has no lead tutor to sign in as.');
  // The demo date at 13:40 in London: both registers have been taken, the review meeting at 14:00 is still to come.
  const now = new Date(`${data.today}T13:40:00Z`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await rememberSignIn(page, tutor.email);
  await page.evaluate(() => window.localStorage.removeItem('pathways-hub.today.role'));
  await page.goto(`${local.origin}/?now=${now.toISOString()}`);
  await page.getByRole('tab', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: /^Follow-ups due/ }).waitFor();
  // A lead tutor may not change the settings: Today opens in the attendance officer's order until they choose theirs.
  await page.getByRole('combobox', { name: 'Show first what needs doing by the' }).selectOption('lead-tutor');
  await expect(sectionOrder().then((o) => o.slice(0, 4))).resolves.toEqual(['registers', 'meetings', 'followups', 'incidents']);
  const items = (region: RegExp) => page.getByRole('region', { name: region }).getByRole('listitem');
  const texts = (region: RegExp, cut: string) => items(region).evaluateAll((els, c) => els.map((e) => (e.textContent ?? '').split(c)[0]), cut);

  // Registers: who took each (names arrive after the page: wait for the first one), then the fire register.
  const registers = [...demoRegisterLines(now), 'Fire register: who is on site now'];
  expect(registers[0]).toMatch(/^Morning register: taken by /);
  await items(/^Registers/).filter({ hasText: registers[0] }).waitFor();
  await items(/^Registers/).filter({ hasText: registers[1] }).waitFor();
  await expect(texts(/^Registers/, '\n')).resolves.toEqual(registers);
  // Meetings today, each with its Teams link; calls home to follow up; the recent behaviour incidents.
  const meetings = demoMeetingsToday();
  expect(meetings.length).toBeGreaterThan(0);
  await expect(texts(/^Meetings today/, ' — ')).resolves.toEqual(meetings);
  await expect(items(/^Meetings today/).getByRole('link', { name: 'Join the Teams meeting' }).count()).resolves.toBe(meetings.length);
  const followUps = demoFollowUpsDue();
  expect(followUps.length).toBeGreaterThan(0);
  await expect(texts(/^Follow-ups due/, ':')).resolves.toEqual(followUps);
  const incidents = demoRecentIncidents();
  expect(incidents.length).toBeGreaterThan(0);
  await expect(texts(/^Behaviour incidents today and on /, ':')).resolves.toEqual(incidents);
  await expectAccessible('Today for a lead tutor at 1366 × 768');

  // One click to the afternoon register, and back.
  await page.getByRole('button', { name: 'Open the afternoon register' }).click();
  await page.getByRole('radio', { name: 'Afternoon (PM)', checked: true }).waitFor();
  await page.locator('[data-register-layout="table"]').waitFor();
  await page.getByRole('button', { name: 'Back to Today' }).click();
  await page.getByRole('region', { name: /^Follow-ups due/ }).waitFor();

  // On a phone: the same lists in the lead tutor's order (kept in the browser), nothing sideways, one tap to the pupil.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(sectionOrder().then((o) => o[0])).resolves.toBe('registers');
  await expectNoSidewaysScroll('lead tutor’s Today');
  await expectAccessible('Today for a lead tutor at 390 × 844');
  await page.getByRole('region', { name: /^Follow-ups due/ }).getByRole('button', { name: followUps[0], exact: true }).tap();
  await page.getByRole('heading', { name: followUps[0], exact: true }).waitFor();
  await page.getByRole('button', { name: 'Back to Today' }).tap();
  await page.getByRole('region', { name: /^Follow-ups due/ }).waitFor();
});

test('Today for a home school’s staff on a phone: only their pupils, each at a glance, and nothing of the PRU’s lists', async () => {
  const withPip = data.pupils.find((p) => p.homeSchoolUrn && data.pips.some((x) => x.pupilKey === p.key && x.pip.status === 'Active'));
  const user = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school' && u.schoolUrn === withPip?.homeSchoolUrn);
  if (!withPip || !user) throw new Error('The demo has no home school with a pupil on a PIP, or none of its staff to sign in as.');
  await page.setViewportSize({ width: 390, height: 844 });
  await rememberSignIn(page, user.email);
  await page.goto(`${local.origin}/?page=Home-school.aspx`);
  const theirs = page.getByRole('region', { name: /^Your pupils/ });
  await theirs.waitFor();
  const expected = data.pupils
    .filter((p) => p.homeSchoolUrn === user.schoolUrn && isOnRoll(p.pupil, data.today))
    .map((p) => nameOfKey(p.key))
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  const shown = await theirs.locator(':scope > ul > li').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect([...shown].sort((a, b) => a.localeCompare(b, 'en-GB'))).toEqual(expected);
  let card = theirs.getByRole('listitem', { name: nameOfKey(withPip.key) });
  await expect(card.textContent()).resolves.toMatch(/Attendance: this week \d+ of \d+ sessions? \(\d+\.\d%\); this term \d+ of \d+ sessions/);
  // PIPs (with their risk assessments) are not shared with home schools unless the PRU switches them on (docs/sharing.md).
  await expect(card.textContent()).resolves.not.toMatch(/PIP: .*hours a week/);
  const services = connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').services;
  const settings = await services.settings.get({ fresh: true });
  await services.settings.save({ ...settings, homeSchoolSharing: { ...settings.homeSchoolSharing, pips: true } }, 'etag' in settings ? settings.etag : undefined);
  const pupilId = (await services.pupils.list()).items.find((p) => `${p.lastName}, ${p.firstName}` === nameOfKey(withPip.key))?.id ?? 0;
  await expect(services.pupilAccess.repairAccess(pupilId)).resolves.toMatchObject({ state: 'shared' });
  await page.reload();
  await theirs.waitFor();
  card = theirs.getByRole('listitem', { name: nameOfKey(withPip.key) });
  await card.getByText(/PIP: .*hours a week/).waitFor();
  await expect(card.textContent()).resolves.toMatch(/PIP: .*hours a week of the full-time 25, planned to end on \d\d\/\d\d\/\d{4}/);
  await expect(card.textContent()).resolves.toMatch(/Against the plan: this week \d+ of \d+ planned sessions? attended/);
  await expect(card.textContent()).resolves.toContain('Latest learning-log entries:');
  for (const name of [/^Registers/, /^First-day calling/, /^Attendance to act on/, /^PIPs that need action/, /^Baselines due/]) await expect(page.getByRole('region', { name }).count()).resolves.toBe(0);
  await expectNoSidewaysScroll('home-school Today');
  await expectAccessible('home-school Today at 390 × 844');
  await card.getByRole('button', { name: nameOfKey(withPip.key), exact: true }).tap();
  await page.getByRole('heading', { name: nameOfKey(withPip.key), exact: true }).waitFor();
  await page.getByRole('button', { name: 'Back to Today' }).tap();
  await theirs.waitFor();
});
