/**
 * Transition and reintegration end to end (issue 15, workflow 4), on the demo date (Friday 20/11/2026): the SENCO
 * opens a pupil's record, makes an exit and transition plan (destination, planned date, review, steps with who and by
 * when), is refused a step ticked off ahead of today and a plan completed without its leaving date or with steps not
 * done, ticks a step off, and arranges the transition meeting through Review meetings' own form; the pupil's home
 * school reads the plan with no control it cannot use; another school's staff do not see it. axe at 1366×768 and
 * 390×844, and nothing scrolls sideways at 390 px.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../../local/demo/signInUsers';
import { demoTransitionPlans } from '../../local/seed/seedTransitionPlans';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(300000);

const data = generateDemoData();
const senco = data.staff.find((s) => s.role === 'senco');
const homeStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school');
const otherStaff = DEMO_SIGN_IN_USERS.find((u) => u.kind === 'home-school' && u.schoolUrn !== homeStaff?.schoolUrn);
const withPlan = new Set(demoTransitionPlans(data).map((t) => t.pupilKey));
/** A pupil of the first home school on roll, with no plan in the demo (one open plan a pupil). */
const demo = data.pupils.find((p) => p.homeSchoolUrn === homeStaff?.schoolUrn && p.pupil.leavingDate === undefined && !withPlan.has(p.key));
if (!senco || !homeStaff || !otherStaff || !demo) throw new Error('The demo data lacks a SENCO, two home schools’ staff or a pupil to plan for.');
const { firstName, lastName } = demo.pupil;
const NAME = `${lastName}, ${firstName}`;
const SHOWN = demo.pupil.preferredName ?? firstName;

let local: LocalModeFixture;
let browser: Browser;
let page: Page;
let recordUrl: string;

async function expectAccessible(where: string): Promise<void> {
  await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
  expect(`${where}: ${describeViolations(await seriousViolations(page))}`).toBe(`${where}: `);
}

/** Nothing on the page is wider than the screen (no sideways scrolling); when something is, the innermost elements past the edge are named. */
async function expectNoSidewaysScroll(where: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // Past the edge, and not inside a box that scrolls or clips on its own (a wide table in its scroll box is fine).
    const clipped = (e: Element): boolean => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const past = Array.from(document.body.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > client + 1 && !clipped(e));
    const innermost = past.filter((e) => !past.some((o) => o !== e && e.contains(o)));
    const named = innermost.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)} "${(e.textContent ?? '').slice(0, 40)}" ${Math.round(e.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, client, named };
  });
  expect(`${where}: ${widths.scroll} ${widths.scroll > widths.client ? widths.named.join('; ') : ''}`).toBe(`${where}: ${widths.client} `);
}

/** axe at the desktop and the phone size, and no sideways scroll on the phone. */
async function expectBothSizes(where: string): Promise<void> {
  await expectAccessible(`${where} at 1366×768`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(`${where} at 390 px`);
  await expectAccessible(`${where} at 390×844`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function openRecordAs(email: string): Promise<void> {
  await rememberSignIn(page, email);
  await page.goto(`${local.origin}/`);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('status').filter({ hasText: 'pupils shown' }).waitFor();
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
}

/** The record's Transition and reintegration section itself (RecordSection id record-transition), not a section around it. */
const section = () => page.locator('section[aria-labelledby="record-transition"]');
const form = () => page.locator('form[aria-labelledby="transition-form-heading"]');

beforeAll(async () => {
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the SENCO makes a transition plan: a step ticked off ahead of today is refused, then the plan is saved', async () => {
  await openRecordAs(senco.email);
  recordUrl = page.url();
  expect(recordUrl).toMatch(/\?pupil=\d+$/);
  await section().getByText(`${SHOWN} has no open transition plan.`).waitFor();
  await section().getByRole('button', { name: 'Make a transition plan' }).click();
  await form().getByRole('heading', { name: `Make ${SHOWN}’s transition plan` }).waitFor();

  // Nothing filled in: each problem at its field.
  await form().getByRole('button', { name: 'Add a step' }).click();
  await form().getByRole('button', { name: 'Save the plan' }).click();
  await form().getByText('Enter what the step is').first().waitFor();
  await expectBothSizes('transition plan form with errors');

  // Fluent draws the choice's label over its input: choose by the label.
  await form().getByText('A new setting (e.g. a specialist provision or another school)', { exact: true }).click();
  await form().getByRole('radio', { name: /^A new setting/, checked: true }).waitFor();
  await form().getByRole('textbox', { name: 'Name of the setting' }).fill('Oakfield Specialist Academy');
  await form().getByRole('textbox', { name: 'Planned for (dd/mm/yyyy)' }).fill('11/01/2027');
  await form().getByRole('textbox', { name: /^Look at the plan again on/ }).fill('04/12/2026');
  await form().getByRole('textbox', { name: 'Step 1: what' }).fill('Visit Oakfield with the family');
  await form().getByRole('textbox', { name: /^Who/ }).first().fill('Lead tutor');
  await form().getByRole('textbox', { name: 'By (dd/mm/yyyy)' }).first().fill('27/11/2026');
  await form().getByRole('button', { name: 'Add a step' }).click();
  await form().getByRole('textbox', { name: 'Step 2: what' }).fill('Share the phased timetable with the family');
  await form().getByRole('textbox', { name: /^Who/ }).nth(1).fill('SENCO');
  await form().getByRole('textbox', { name: 'By (dd/mm/yyyy)' }).nth(1).fill('23/11/2026');
  // Ticked off on Wednesday 25/11, after today (Friday 20/11): refused, and what was typed stays.
  await form().getByRole('textbox', { name: 'Done on (dd/mm/yyyy)' }).nth(1).fill('25/11/2026');
  await form().getByRole('button', { name: 'Save the plan' }).click();
  await form()
    .getByText("'Share the phased timetable with the family' is ticked off on 25/11/2026, after today: tick it off once it is done", { exact: false })
    .first()
    .waitFor();
  await expect(form().getByRole('textbox', { name: 'Name of the setting' }).inputValue()).resolves.toBe('Oakfield Specialist Academy');
  await expectAccessible('transition plan form refused by the rules');

  await form().getByRole('textbox', { name: 'Done on (dd/mm/yyyy)' }).nth(1).fill('');
  await form().getByRole('button', { name: 'Save the plan' }).click();
  await section().getByText(`${SHOWN}’s transition plan is saved (planning, planned for 11/01/2027).`).waitFor();
  await section().getByText('A new setting: Oakfield Specialist Academy').waitFor();
  const steps = section().getByRole('list', { name: 'Reintegration steps' });
  await steps.getByText('SENCO · Due by 23/11/2026').waitFor();
});

test('a step is ticked off (done today); completing the plan without its leaving date or with a step not done is refused', async () => {
  const steps = section().getByRole('list', { name: 'Reintegration steps' });
  // Fluent draws its box over the hidden input: click the label.
  await steps.getByText('Share the phased timetable with the family', { exact: true }).click();
  await section().getByText('Ticked off: Share the phased timetable with the family (done 20/11/2026).').waitFor();
  await steps.getByText('SENCO · Done on 20/11/2026').waitFor();
  await steps.getByRole('checkbox', { name: 'Share the phased timetable with the family', checked: true }).waitFor();
  await section().getByRole('region', { name: `Still to do before ${SHOWN} leaves` }).getByText('1 step not done yet').waitFor();

  await section().getByRole('button', { name: 'Change the plan' }).click();
  await form().getByRole('combobox', { name: /^Status/ }).click();
  await page.getByRole('option', { name: 'Completed', exact: true }).click();
  await form().getByRole('button', { name: 'Save the plan' }).click();
  await form().getByText('Enter the date the pupil moved on').first().waitFor();
  await form().getByText("Tick off 'Visit Oakfield with the family' or remove it before completing the plan").first().waitFor();
  await expectAccessible('completing refused');
  await form().getByRole('button', { name: 'Cancel' }).click();
  await section().getByRole('button', { name: 'Change the plan' }).waitFor();
  await expectBothSizes('the plan on the pupil record');
});

test('the transition meeting is arranged through Review meetings’ own form', async () => {
  await section().getByText('No transition meeting yet: arrange one with the family and the next setting.').waitFor();
  await section().getByRole('button', { name: 'Arrange the transition meeting' }).click();
  const schedule = section().locator('form[aria-labelledby="schedule-heading"]');
  await schedule.getByRole('textbox', { name: /^Date/ }).fill('02/12/2026');
  await schedule.getByRole('textbox', { name: /^Start time/ }).fill('14:00');
  await expectBothSizes('arranging the transition meeting');
  await schedule.getByRole('button', { name: 'Send the invitation' }).click();
  await section().getByText(/^Invitation sent to \d+ (person|people) for .*'s transition meeting, with a Teams link\./).waitFor();
  await section().getByRole('listitem').filter({ hasText: '02/12/2026: scheduled' }).waitFor();
  await section().getByRole('region', { name: `Still to do before ${SHOWN} leaves` }).getByText('The transition meeting (arranged, not held yet)').waitFor();
});

test('the home school’s staff read the plan with no control they cannot use; another school does not see it', async () => {
  await openRecordAs(homeStaff.email);
  await section().getByText('A new setting: Oakfield Specialist Academy').waitFor();
  const steps = section().getByRole('list', { name: 'Reintegration steps' });
  await steps.getByText('SENCO · Done on 20/11/2026').waitFor();
  await steps.getByText('Lead tutor · Due by 27/11/2026').waitFor();
  await expect(section().getByRole('checkbox').count()).resolves.toBe(0);
  await expect(section().getByRole('button').count()).resolves.toBe(0);
  await expectBothSizes('the plan read by the home school');

  await rememberSignIn(page, otherStaff.email);
  await page.goto(recordUrl);
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  // The record is not theirs to read: SharePoint answers as if it were not there.
  await page.getByText('This pupil’s record does not exist, or you do not have access to it.').waitFor();
  await expect(page.getByText('Oakfield Specialist Academy').count()).resolves.toBe(0);
  await expect(page.getByRole('heading', { name: NAME }).count()).resolves.toBe(0);
});
