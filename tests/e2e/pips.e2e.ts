/**
 * Phased Integration Plans in the workbench, end to end, as the headteacher on the demo date (Friday 20/11/2026):
 * create a PIP (refused as Active without the agreement), record the agreement and make it active, generate
 * the timetable letter into the Letters library, record a review that increases the hours from next week, and
 * see the tracker's sheet 2 change for that week only. axe on the form, the PIP and the tracker.
 */
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { EMULATOR_USER_HEADER } from '../../local/emulator/contracts';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';

jest.setTimeout(240000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const pipPupils = new Set(data.scenarios.pipPupils);
const chosen = data.pupils.find((p) => !pipPupils.has(p.key) && p.pupil.enrolmentDate <= '2026-11-02' && p.pupil.leavingDate === undefined);
const NAME = chosen ? `${chosen.pupil.firstName} ${chosen.pupil.lastName}` : '';
const REF = chosen?.pupil.pupilRef ?? '';

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

/** The web part's Plans tab, at the list (another tab first, so the Plans tab starts again from the list). */
async function openPipsTab(): Promise<void> {
  await page.getByRole('tab', { name: 'Phased Integration Plans', exact: true }).click();
  await page.getByRole('tab', { name: 'Tracker', exact: true }).click();
  await page.getByRole('tab', { name: 'Plans', exact: true }).click();
}

async function openPip(): Promise<void> {
  await openPipsTab();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All PIPs' });
  await page.getByRole('button', { name: `Open the PIP for ${NAME}` }).click();
  await page.getByRole('heading', { name: `PIP for ${NAME} (${REF})` }).waitFor();
}

/** Total weekly hours in sheet 2 for a week beginning (dd/mm/yyyy). */
async function sheet2Hours(week: string): Promise<number> {
  await page.getByRole('tab', { name: 'Tracker', exact: true }).click();
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'Total PIPs by week' }) });
  const row = table.locator('tr', { has: page.locator('th', { hasText: week }) });
  await row.waitFor();
  return Number(await row.locator('td').nth(1).innerText());
}

async function addSession(n: number, start: string, end: string, curriculum: string, day?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a session' }).click();
  if (day) {
    await page.getByRole('combobox', { name: `Day (session ${n})` }).click();
    await page.getByRole('option', { name: day }).click();
  }
  await page.getByRole('textbox', { name: `Start (session ${n})` }).fill(start);
  await page.getByRole('textbox', { name: `End (session ${n})` }).fill(end);
  await page.getByRole('textbox', { name: `Location (session ${n})` }).fill('Pathways centre');
  await page.getByRole('textbox', { name: `Curriculum (session ${n})` }).fill(curriculum);
}

beforeAll(async () => {
  if (!head || !chosen) throw new Error('The demo data has no headteacher or no pupil without a PIP.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, head.email);
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('a new PIP is refused as active without the agreement, saved as a draft, then agreed and made active', async () => {
  await openPipsTab();
  await page.getByRole('button', { name: 'New PIP' }).click();
  const picker = page.getByRole('combobox', { name: 'Pupil' });
  await picker.fill(`${chosen!.pupil.lastName}, ${chosen!.pupil.firstName}`);
  await picker.press('Enter');
  await page.getByText(`${chosen!.pupil.firstName} ${chosen!.pupil.lastName}`, { exact: true }).first().waitFor();
  await page.getByRole('textbox', { name: 'Start date' }).fill('02/11/2026');
  await page.getByRole('textbox', { name: 'Planned end date' }).fill('18/12/2026');
  await page.getByRole('checkbox', { name: 'Extended period of non-attendance' }).check({ force: true });
  await page.getByRole('textbox', { name: 'Target 1' }).fill('Attend every timetabled session for three weeks');
  await addSession(1, '09:30', '12:00', 'English and maths');
  await addSession(2, '13:00', '15:00', 'Science');
  await page.getByText('4.5 hours a week of the full-time 25').waitFor();
  await page.getByRole('radio', { name: 'Active (agreed and in force)' }).check({ force: true });
  await page.getByRole('button', { name: 'Save the PIP' }).click();
  await page.getByText('The PIP was not saved. Correct').waitFor();
  await page.getByText(/A PIP cannot be active until the parent\/carer agreement is recorded/).first().waitFor();
  await page.getByText(/not being used to manage behaviour/).first().waitFor();
  await expectAccessible('PIP form with errors');

  await page.getByRole('radio', { name: 'Draft (being agreed)' }).check({ force: true });
  await page.getByRole('button', { name: 'Save the PIP' }).click();
  await page.getByText('The PIP was saved.').waitFor();
  await page.getByText('Record the parent/carer agreement: the PIP cannot start without it').waitFor();

  await page.getByRole('button', { name: 'Change the PIP' }).click();
  await page.getByRole('textbox', { name: 'Parent/carer: signed by' }).fill(chosen!.pupil.parentName ?? 'Parent');
  await page.getByRole('textbox', { name: 'Parent/carer: date' }).fill('30/10/2026');
  await page.getByRole('checkbox', { name: "I confirm this plan is not being used to manage the pupil's behaviour" }).check({ force: true });
  await page.getByRole('radio', { name: 'Active (agreed and in force)' }).check({ force: true });
  // A name and a date are not written agreement: the relationship and how it was given are asked for.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Choose how the written agreement was given: a signed form uploaded, or recorded in Pathways Hub').first().waitFor();
  await page.getByRole('textbox', { name: 'Relationship to the pupil' }).fill(chosen!.parentRelationship);
  await page.getByRole('radio', { name: 'A signed form (scan or photo), uploaded here' }).check({ force: true });
  await page.getByLabel('Signed agreement form').setInputFiles({ name: 'signed-agreement.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% signed PIP agreement\n') });
  await expectAccessible('PIP form, the written agreement');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('The changes were saved.').waitFor();
  const facts = page.locator('dl').first();
  await facts.getByText(`(${chosen!.parentRelationship}), 30/10/2026: signed form filed in the pupil’s folder`, { exact: false }).waitFor();
  await expect(facts.innerText()).resolves.toContain('Active');
  await expect(facts.innerText()).resolves.toContain('4.5 of the full-time 25');
  await expectAccessible('PIP detail');
});

test('the timetable letter is previewed, then filed as a Word document in the pupil’s folder', async () => {
  await openPip();
  await page.getByRole('button', { name: 'Timetable letter' }).click();
  const preview = page.getByRole('article', { name: 'Letter preview' });
  await preview.getByText(`RE: ${NAME.toUpperCase()} TIMETABLE`).waitFor();
  await page.getByRole('textbox', { name: 'Role' }).fill('Headteacher');
  await page.getByRole('button', { name: 'Save to the Letters library' }).click();
  const fileName = `${REF} PIP timetable 2026-11-20.docx`;
  await page.getByText(`Saved "${fileName}" in the Letters library, in ${REF}'s folder.`).waitFor();
  await page.getByRole('button', { name: `Download ${fileName}` }).waitFor();

  const url = `${local.origin}/sites/pathways/_api/web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`/sites/pathways/PwLetters/${REF}/PRU only/${fileName}`)}')/$value`;
  const res = await fetch(url, { headers: { [EMULATOR_USER_HEADER]: head!.email } });
  expect(res.status).toBe(200);
  expect(Array.from(new Uint8Array(await res.arrayBuffer()).slice(0, 2))).toEqual([0x50, 0x4b]);
});

test('a review that increases hours changes sheet 2 of the tracker from the following week only', async () => {
  const before = { thisWeek: await sheet2Hours('16/11/2026'), nextWeek: await sheet2Hours('23/11/2026') };
  await expectAccessible('tracker');

  await openPip();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await page.getByRole('radio', { name: 'Met', exact: true }).check({ force: true });
  await page.getByRole('radio', { name: 'Increase hours (enter the new timetable below)' }).check({ force: true });
  await expect(page.getByRole('textbox', { name: 'Week commencing' }).inputValue()).resolves.toBe('23/11/2026');
  await addSession(3, '09:30', '12:00', 'Art', 'Friday');
  await page.getByText('Total hours: 7').waitFor();
  await page.getByRole('combobox', { name: 'Method of contact' }).click();
  await page.getByRole('option', { name: 'Face-to-face' }).click();
  await page.getByRole('button', { name: 'Record the review' }).click();
  await page.getByText('The review was recorded and its decision applied to the PIP.').waitFor();
  await expect(page.locator('dl').first().innerText()).resolves.toContain('7 of the full-time 25');

  expect(await sheet2Hours('23/11/2026')).toBe(before.nextWeek + 2.5);
  expect(await sheet2Hours('16/11/2026')).toBe(before.thisWeek);
});
