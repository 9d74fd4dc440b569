/**
 * Reports end to end, as the headteacher on the demo date (Friday 20/11/2026): a pupil's termly progress report is
 * prepared on the pupil record and filed in the pupil's folder; the report to leaders is built when asked for and the governors'
 * version, without names, is made as a Word document whose charts Chromium drew as pictures; a home school's pupils'
 * reports are generated in one action and filed, each with its chart drawn by Chromium. axe on every screen.
 */
import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import { generateDemoData } from '../../local/demo/generateDemoData';
import { readDocx } from '../support/docxText';
import { launchBrowser } from './support/browser';
import { rememberSignIn } from './support/signIn';
import { describeViolations, seriousViolations } from './support/axe';
import { LOCAL_MODE_START_TIMEOUT, startLocalModeFixture, type LocalModeFixture } from './support/localModeFixture';
import { connectAs } from '../../local/seed/localConnection';
import { DEMO_SETTINGS } from '../../local/demo/calendar';
import { moneyText, provisionImpact, termPeriods } from '../../src/domain';

jest.setTimeout(300000);

const data = generateDemoData();
const head = data.staff.find((s) => s.role === 'headteacher');
const pupil = data.pupils.map((p) => p.pupil).find((p) => p.leavingDate === undefined && p.enrolmentDate < '2026-09-01');
const NAME = pupil ? `${pupil.lastName}, ${pupil.firstName}` : '';

let local: LocalModeFixture;
let browser: Browser;
let page: Page;

async function expectAccessible(where: string): Promise<void> {
  await page.locator('.ms-Spinner').first().waitFor({ state: 'detached', timeout: 60000 }).catch(() => undefined);
  const violations = await seriousViolations(page);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

beforeAll(async () => {
  if (!head || !pupil) throw new Error('The demo data lacks a headteacher or a pupil on roll since the summer.');
  local = await startLocalModeFixture();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(`${local.origin}/`);
  await rememberSignIn(page, head.email);
  await page.goto(`${local.origin}/`);
}, LOCAL_MODE_START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await local?.close();
});

test('the headteacher prepares a pupil’s termly progress report from the records and files it in the pupil’s folder', async () => {
  await page.getByRole('tab', { name: 'Pupil register' }).click();
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await page.getByRole('button', { name: 'Prepare a progress report' }).click();
  await page.getByRole('heading', { name: 'Termly progress report: Autumn term 2026/27' }).waitFor({ timeout: 60000 });
  await page.getByText(/^Attendance \d+\.\d%|^No possible sessions/).first().waitFor();
  await page.getByLabel('Lead tutor’s comment').fill('A settled and hard-working term.');
  await expectAccessible('progress report preview');
  await page.getByRole('button', { name: 'Save in the pupil’s folder' }).click();
  await page.getByText(/Saved ".+ progress report Autumn term 2026-27\.docx" in the Letters library/).waitFor({ timeout: 60000 });
});

test('the report to leaders, built when asked for, shows the term; the governors’ version names no pupil and is made as Word with its charts', async () => {
  // A support plan with a costed provision map, saved as the headteacher through the product's service: from Monday
  // 05/10/2026, not reviewed by the demo date (20/11/2026): 47 days of £3,650 a year = £470.00 in the term.
  const asHead = connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').services;
  const onRoll = (await asHead.pupils.list()).items.find((p) => p.pupilRef === pupil?.pupilRef);
  if (!onRoll || !pupil) throw new Error('The demo pupil is not in the Pupils list.');
  const provision = { description: 'E2E speech and language therapy', frequency: 'Weekly', provider: 'Speech and language therapist', costPerYear: 3650 };
  await asHead.supportPlans.create({ pupilId: onRoll.id, cycleStart: '2026-10-05', provision: [provision] }, pupil.pupilRef);
  await page.getByRole('tab', { name: 'Reports to leaders and governors' }).click();
  // The page opens on the period, the version and the one filed for it; the report is built when asked for.
  await page.getByText(/^Not filed yet: this version for this period/).waitFor({ timeout: 90000 });
  expect(await page.getByRole('table', { name: 'Absence here and nationally' }).count()).toBe(0);
  await expectAccessible('reports to leaders, before the report is built');
  await page.getByRole('button', { name: 'Build the report for this period' }).click();
  await page.getByRole('table', { name: 'Absence here and nationally' }).waitFor({ timeout: 90000 });
  // Provision cost against impact and weekly trends by group, on screen.
  const costRow = page.getByRole('table', { name: 'Cost against impact by provision' }).getByRole('row').filter({ hasText: provision.description });
  await costRow.waitFor();
  expect(await costRow.innerText()).toContain('£470.00');
  // The pupil may have a demo plan too (local/seed/seedSupportPlans): this one is the plan from 05/10/2026.
  await page.getByRole('table', { name: 'Support plans in the period' }).getByRole('row').filter({ hasText: NAME }).filter({ hasText: '05/10/2026' }).waitFor();
  // The demo's own support plans (local/seed/seedSupportPlans, entered as the SENCO): each provision line's cost in the
  // term as the product's rule works it out (provisionImpact) from the plans read back through the services.
  const ids = (await asHead.pupils.list()).items.map((p) => p.id);
  const demoPlans = (await asHead.supportPlans.forPupils(ids)).items.filter((p) => !p.provision.some((l) => l.description === provision.description));
  expect(demoPlans.length).toBeGreaterThan(0);
  const term = termPeriods(DEMO_SETTINGS).find((t) => t.start <= data.today && t.end >= data.today);
  if (!term) throw new Error('No term holds the demo date.');
  const expected = provisionImpact({ from: term.start, to: data.today, settings: DEMO_SETTINGS, pupils: (await asHead.pupils.list()).items, plans: demoPlans, targets: [], assessments: [], marks: [], meetings: [] });
  expect(expected.byProvision.length).toBeGreaterThan(0);
  for (const r of expected.byProvision) {
    const shownRow = page.getByRole('table', { name: 'Cost against impact by provision' }).getByRole('row').filter({ hasText: r.label });
    expect(await shownRow.innerText()).toContain(moneyText(r.cost));
  }
  await page.locator('svg[role="img"] > title', { hasText: 'Cost of provision in the period, with targets met at review' }).waitFor({ state: 'attached' });
  for (const grouping of ['home school', 'year group', 'SEN provision', 'free school meals', 'looked after'])
    await page.locator('svg[role="img"] > title', { hasText: `Weekly attendance by ${grouping}` }).waitFor({ state: 'attached' });
  await page.getByRole('table', { name: "Weekly attendance by year group: the chart's figures" }).waitFor({ state: 'attached' });
  await expectAccessible('report to leaders');
  await page.getByText('Governors (no names)', { exact: true }).click();
  await page.getByText('No pupil is named in this version.').waitFor();
  await page.getByRole('table', { name: 'Review meetings due in the period' }).waitFor();
  await page.getByText(/review meetings? fell due in the period: \d+ held on time/).waitFor();
  await page.getByRole('table', { name: 'Cost against impact by provision' }).getByRole('row').filter({ hasText: provision.description }).waitFor();
  expect(await page.getByRole('table', { name: 'Support plans in the period' }).count()).toBe(0);
  await expectAccessible('report to governors');
  const shown = await page.locator('#reports-heading').locator('xpath=..').innerText();
  expect(shown).not.toContain(pupil?.lastName ?? '?');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90000 }), page.getByRole('button', { name: /Download the governors’ report/ }).click()]);
  const path = await download.path();
  const doc = readDocx(new Uint8Array(readFileSync(path)));
  expect(doc.paragraphs).toContain('Report to governors: Autumn term 2026/27');
  expect(doc.paragraphs).toContain('Meetings and notifications on time');
  expect(doc.tables.find((t) => t[0][0] === 'Review')?.[0]).toEqual(['Review', 'Due', 'Held on time', 'Held late', 'Not yet held, overdue']);
  // Three attendance charts, eight weekly trend charts (one a grouping) and the provision chart, drawn by Chromium.
  expect(doc.files.filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBe(12);
  expect(doc.xml).toMatch(/descr="Home school: [^"]*\)|descr="[^"]*pupils\): [\d.]+% in the week of/);
  expect(doc.paragraphs).toContain('Weekly attendance trends by group');
  expect(doc.tables.find((t) => t[0][0] === 'Week beginning' && t[0].some((h) => /^Year \d+ \(\d+\)$/.test(h)))).toBeDefined();
  expect(doc.paragraphs).toContain('Provision cost against impact');
  expect(doc.tables.find((t) => t[0][0] === 'Provision' && t[0][3] === 'Cost in the period')?.find((r) => r[0] === provision.description)?.slice(0, 4)).toEqual([provision.description, '1', '1', '£470.00']);
  expect(doc.tables.find((t) => t[0][1] === 'Cycle')).toBeUndefined();
  expect(doc.xml).toMatch(/descr="[^"]*school weeks/);
  expect(doc.xml).not.toContain(pupil?.lastName ?? '?');

  // Filed for leadership: shown as filed with its link; filing again makes a new version of the one file.
  // (SharePoint's version label counts the upload and the columns written on it.)
  const filedText = /^Filed "Governors report Autumn term 2026-27\.docx" in the leadership reports library \(version (\d+)\.0\)\.$/;
  await page.getByRole('button', { name: 'File the governors’ report for leadership' }).click();
  const first = Number(filedText.exec(await page.getByText(filedText).innerText({ timeout: 90000 }))?.[1]);
  await page.getByRole('link', { name: 'Governors report Autumn term 2026-27.docx' }).waitFor();
  await page.getByRole('button', { name: 'File the governors’ report for leadership' }).click();
  await page.getByText(`(version ${first + 1}.0)`, { exact: false }).or(page.getByText(`(version ${first + 2}.0)`, { exact: false })).first().waitFor({ timeout: 90000 });
  await expectAccessible('governors’ report filed');
  const services = connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').services;
  const filed = (await services.leadershipReports.list()).items;
  expect(filed.map((r) => [r.fileName, r.audience])).toEqual([['Governors report Autumn term 2026-27.docx', 'Governors']]);
  expect(Number(filed[0].version)).toBeGreaterThan(first);
  expect(readDocx(new Uint8Array(await connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').sp.web.getFileByServerRelativePath(filed[0].url).getBuffer())).xml).not.toContain(pupil?.lastName ?? '?');
  // The attendance officer (Office group) has no grant on the library: SharePoint answers it as a library that does
  // not exist, which reads as nothing there for them, and refuses the file itself.
  const office = connectAs(local.origin, new URL(local.siteUrl).pathname, data.staff.find((s) => s.role === 'attendance-officer')?.email ?? '');
  await expect(office.services.leadershipReports.list()).resolves.toEqual({ items: [], problems: [] });
  await expect(office.sp.web.getFileByServerRelativePath(filed[0].url).getBuffer()).rejects.toMatchObject({ status: 404 });
});

test('the headteacher generates the term’s progress reports for one home school’s pupils in one action', async () => {
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Termly progress reports for a group' }) });
  await section.getByText(/pupils? on roll in the Autumn term 2026\/27/).waitFor({ timeout: 60000 });
  // A native select (the section is on the first screen, without Fluent): its second option is the first school.
  const homeSchool = section.getByRole('combobox', { name: /^Home school/ });
  const school = (await homeSchool.locator('option').nth(1).innerText()).trim();
  await homeSchool.selectOption({ label: school });
  const count = Number((await section.getByText(/pupils? on roll in the Autumn term/).innerText()).split(' ')[0]);
  expect(count).toBeGreaterThan(0);
  await section.getByRole('button', { name: `Generate ${count} report${count === 1 ? '' : 's'}` }).click();
  await section.getByText(`Autumn term 2026/27: ${count} of ${count} report${count === 1 ? '' : 's'} filed.`).waitFor({ timeout: 120000 });
  await expectAccessible('progress reports for a group');

  const services = connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').services;
  const schoolId = (await services.schools.list()).items.find((s) => s.name === school)?.id;
  const ofSchool = (await services.pupils.list()).items.filter((p) => p.homeSchoolId === schoolId && (p.leavingDate === undefined || p.leavingDate >= '2026-09-02') && p.enrolmentDate <= '2026-11-20');
  expect(ofSchool.length).toBe(count);
  const [filed] = (await services.letters.forPupil(ofSchool[0].id)).items.filter((l) => l.kind === 'Termly progress report');
  const doc = readDocx(await services.letters.content(filed.url));
  expect(doc.paragraphs).toContain('Termly progress report: Autumn term 2026/27');
  expect(doc.files.filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBe(1);
  expect(doc.xml).toMatch(/descr="[^"]*school weeks/);
});

test('the LA part-time-timetable return is recorded as sent with its file, and the next return due moves on', async () => {
  await page.getByRole('tab', { name: 'Phased Integration Plans', exact: true }).click();
  await page.getByRole('tab', { name: 'LA return', exact: true }).click();
  const sent = page.locator('section', { has: page.getByRole('heading', { name: 'Returns sent to the LA' }) });
  await sent.getByText('The return for Autumn 2 2026/27 is due on 18/12/2026.').waitFor({ timeout: 60000 });
  await sent.getByText('No return for Autumn 2 2026/27 is recorded as sent.').waitFor();
  await sent.getByRole('combobox', { name: /^How it was sent/ }).click();
  await page.getByRole('option', { name: 'LA portal upload' }).click();
  await sent.getByRole('textbox', { name: /^Sent to/ }).fill('The LA’s part-time timetables portal');
  await sent.getByRole('button', { name: 'Record as sent' }).click();
  await sent.getByRole('table', { name: 'Returns sent (1)' }).waitFor({ timeout: 60000 });
  await sent.getByText(/^The return for Spring 1 2026\/27 is due on \d\d\/\d\d\/2027\.$/).waitFor();
  await sent.getByText(/^The return for Autumn 2 2026\/27 was sent on 20\/11\/2026 by .+\.$/).waitFor();
  await expectAccessible('LA returns sent');

  const services = connectAs(local.origin, new URL(local.siteUrl).pathname, head?.email ?? '').services;
  const [filed] = (await services.laReturns.list()).items;
  expect(filed).toMatchObject({ period: 'Autumn 2 2026/27', sentOn: '2026-11-20', how: 'LA portal upload', sentTo: 'The LA’s part-time timetables portal' });
  const csv = new TextDecoder().decode(await services.laReturns.content(filed.url));
  expect(csv.split('\n')[0]).toContain('Pupil reference');
  expect(csv.split('\n').filter((l) => l.trim() !== '').length - 1).toBe(filed.pupilCount);
});
