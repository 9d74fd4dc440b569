/**
 * Round trips and bytes of every view and of a register save, from Chromium against local mode (issue 18).
 * Run: `npm run bench:data` (about 10 minutes: a cold, throttled first load of every view at 40 and at 300 pupils).
 *   -- --pupils 40        one scale only
 *   -- --verbose          every request of every view
 *   -- --budgets          exit 1 when a figure is over its BUDGETS line
 *   -- --only cohort      only the views whose name contains this; several: --only "today,reports" (and
 *                         --no-save: without the register save)
 *
 * Local mode starts with its demo site (40 pupils) and the bench gives it a full school year of marks (2026/27,
 * bench/data/yearSeed.ts); the page's "now" is 14:00 on the year's last school day, whose registers are not taken.
 * Then, for each view, a fresh browser context (cold cache, no page cache), the workbench opened on that web part
 * (?part=), and from the moment the workbench asks for its config the network throttled (Chrome DevTools
 * Protocol Network.emulateNetworkConditions, 1.6 Mbps down / 150 ms latency). Counted: HTTP requests to the
 * emulator (a PnPjs batch is one), sequential waves (a request sent after another's answer had arrived is a
 * wave after it) and bytes received; time to first content: from the config request to the web part showing text
 * with no spinner and no request pending. The workbench's own script is not counted: it is not the shipped bundle,
 * whose first-load weight `npm run bench:bundle` measures. Chromium opens at most six connections to the emulator
 * (HTTP/1.1; SharePoint answers over HTTP/2), which lengthens the times of views that send many requests at once.
 * The register save: the whole register marked present ("Mark all unmarked present"), then "Save register";
 * requests until "Saved" shows, then the after-work (home-school notifications, list-view summaries) until quiet.
 * Then 260 pupils more (300), each with the same year of marks, and the same again: the morning (the 260 added
 * pupils' marks: what follows a save is compared like with like, the same session at both sizes) and the afternoon
 * (the whole register, 300 marks). The scale seed writes marks straight into the store, so after it the pupils'
 * list-view columns are brought up to date through the product's own service (pupilSummaries.refresh, as the demo
 * seeder and every register save do): otherwise the first save would write every added pupil's columns, which a
 * site the product keeps never needs.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { SITE_PATH, startLocalMode, type LocalMode } from '../local/localMode';
import { generateDemoData } from '../local/demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from '../local/demo/signInUsers';
import { DEFAULT_ADMIN } from '../local/emulator/store';
import { connectAs } from '../local/seed/localConnection';
import { SIGNED_IN_USER_KEY } from '../local/workbench/app/signInStorage';
import { launchBrowser } from '../tests/e2e/support/browser';
import { THROTTLED, TrafficRecorder, describe, summarise, type Traffic } from './data/traffic';
import { VIEWS, webPartShowsContent, type BenchView, type Opener } from './data/views';
import { BENCH_YEAR, addPupilsWithTheirYear, benchYear, completeTheYear } from './data/yearSeed';

const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');
const pupilsArg = args.includes('--pupils') ? args[args.indexOf('--pupils') + 1] : '40,300';
const SCALES = pupilsArg.split(',').map(Number).filter((n) => n === 40 || n === 300);
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].toLowerCase().split(',').map((w) => w.trim()) : [''];
const QUIET_MS = 2000;
const VIEW_TIMEOUT_MS = Number(process.env.VIEW_TIMEOUT_MS ?? 300_000);

/** Issue 18's goals, as budgets on the figures at 300 pupils. */
export const BUDGETS = {
  /** One round trip for a view's first data, two where a request needs an earlier answer (plus finding the site). */
  viewWaves: 3,
  yearStatisticsBytes: 2 * 1024 * 1024,
  saveWavesBeforeSaved: 3,
} as const;

interface Row extends Traffic {
  readonly view: string;
  readonly pupils: number;
  /** Time to first content (throttled), ms; for the save, time to "Saved". */
  readonly ms?: number;
  readonly note?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', THROTTLED);
}

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly traffic: TrafficRecorder;
  /** When the workbench asked for its config (ms): the start of the throttled first load. */
  started: number;
}

/** A cold browser context signed in as `email`, the workbench opened on `alias`, throttled from its first data. */
async function open(browser: Browser, origin: string, alias: string, email: string, nowIso: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [SIGNED_IN_USER_KEY, email] as const);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const opened: Opened = { context, page, traffic: new TrafficRecorder(cdp, origin), started: 0 };
  await page.route('**/_workbench/config', async (route) => {
    await throttle(cdp);
    opened.started = Date.now();
    await route.continue();
  });
  await page.goto(`${origin}/?part=${alias}&now=${encodeURIComponent(nowIso)}`, { timeout: VIEW_TIMEOUT_MS });
  // The page has loaded once its script has run; the script's first request (the config) may still be held.
  while (opened.started === 0) await sleep(10);
  return opened;
}

/** Waits for the web part to show content with nothing pending (returns when, ms), then for the network to go quiet. */
async function settle(o: Opened, since: number): Promise<{ shown: number; quiet: number }> {
  const deadline = Date.now() + VIEW_TIMEOUT_MS;
  let shown = 0;
  while (Date.now() < deadline) {
    if (!shown && o.traffic.inFlight() === 0 && (await o.page.evaluate(webPartShowsContent))) shown = Date.now();
    if (shown && o.traffic.inFlight() === 0 && Date.now() - Math.max(o.traffic.lastActivity(), shown, since) > QUIET_MS) return { shown, quiet: Date.now() };
    await sleep(50);
  }
  throw new Error(`No content within ${VIEW_TIMEOUT_MS / 1000} s.`);
}

function emailOf(opener: Opener): string {
  if (opener === 'owner') return DEFAULT_ADMIN.email;
  if (opener === 'home-school') return homeSchoolGuest().email;
  const staff = generateDemoData().staff.find((s) => s.role === opener);
  if (!staff) throw new Error(`The demo has no ${opener}.`);
  return staff.email;
}

/** The home school's named member of staff (a guest) whose school has the most of the demo's pupils. */
function homeSchoolGuest(): { email: string } {
  const demo = generateDemoData();
  const pupilsOf = (urn: string | undefined): number => demo.pupils.filter((p) => p.homeSchoolUrn === urn).length;
  const guests = DEMO_SIGN_IN_USERS.filter((u) => u.kind === 'home-school').sort((a, b) => pupilsOf(b.schoolUrn) - pupilsOf(a.schoolUrn));
  if (!guests[0]) throw new Error('The demo has no home-school staff.');
  return guests[0];
}

/** "Okafor, Amara": what is typed in the picker for the demo pupil a view opens. */
function demoPupilName(which: 'with-learning-log' | 'first'): string {
  const demo = generateDemoData();
  const pupil = which === 'first' ? demo.pupils[0] : demo.pupils.find((p) => p.key === demo.learningLogs[0]?.pupilKey);
  if (!pupil) throw new Error('The demo has no pupil with a learning log.');
  return `${pupil.pupil.lastName}, ${pupil.pupil.firstName}`;
}

async function measureView(browser: Browser, origin: string, view: BenchView, pupils: number, nowIso: string): Promise<Row> {
  const o = await open(browser, origin, view.alias, emailOf(view.as), nowIso);
  try {
    let since = o.started;
    let { shown } = await settle(o, since);
    if (view.again) {
      // The same browser opens the page again (what it keeps in storage kept; the HTTP cache stays off).
      o.started = 0;
      await o.page.reload({ timeout: VIEW_TIMEOUT_MS });
      while (o.started === 0) await sleep(10);
      since = o.started;
      ({ shown } = await settle(o, since));
    }
    for (const tab of view.tabs ?? []) {
      since = Date.now();
      await o.page.getByRole('tab', { name: tab, exact: true }).click();
      await sleep(100);
      ({ shown } = await settle(o, since));
    }
    if (view.pupil) {
      const name = demoPupilName(view.pupil);
      since = Date.now();
      await o.page.getByRole('combobox', { name: 'Pupil' }).fill(name);
      await o.page.keyboard.press('Enter');
      await sleep(100);
      ({ shown } = await settle(o, since));
    }
    if (view.press) {
      since = Date.now();
      await o.page.getByRole('button', { name: view.press, exact: true }).click();
      await sleep(100);
      ({ shown } = await settle(o, since));
    }
    const entries = o.traffic.between(since);
    if (VERBOSE) console.log([`  ${view.name} (${pupils} pupils)`, ...describe(entries)].join('\n'));
    return { view: view.name, pupils, ...summarise(entries), ms: shown - since };
  } finally {
    await o.context.close();
  }
}

/** The whole register for `session` marked present and saved; its requests before "Saved", then its after-work. */
async function measureSave(browser: Browser, origin: string, pupils: number, session: 'AM' | 'PM', nowIso: string): Promise<Row[]> {
  const o = await open(browser, origin, 'AttendanceWebPart', emailOf('attendance-officer'), nowIso);
  try {
    await settle(o, o.started);
    await o.page.locator('label', { hasText: session === 'AM' ? 'Morning (AM)' : 'Afternoon (PM)' }).click();
    await o.page.locator('table caption', { hasText: 'Register for' }).waitFor();
    await settle(o, Date.now());
    await o.page.getByRole('button', { name: /^Mark all unmarked present/ }).click();
    // "Saved" is timed in the page, as it is drawn (a status message's text changing).
    await o.page.evaluate(() => {
      const w = window as unknown as { savedAt?: number };
      new MutationObserver(() => {
        if (w.savedAt === undefined && Array.from(document.querySelectorAll('[role="status"]')).some((e) => /\bSaved \d/.test(e.textContent ?? ''))) w.savedAt = Date.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const start = Date.now();
    await o.page.getByRole('button', { name: 'Save register' }).click();
    await o.page.waitForFunction(() => (window as unknown as { savedAt?: number }).savedAt !== undefined, undefined, { timeout: VIEW_TIMEOUT_MS, polling: 100 }).catch(async (e: unknown) => {
      const said = await o.page.getByRole('status').allInnerTexts();
      throw new Error(`No "Saved": ${said.join(' | ')} (${e instanceof Error ? e.message : String(e)})`);
    });
    const saved = await o.page.evaluate(() => (window as unknown as { savedAt: number }).savedAt);
    const status = await o.page.getByRole('status').filter({ hasText: /\bSaved \d/ }).first().innerText();
    await settle(o, saved);
    const before = o.traffic.between(start, saved);
    const after = o.traffic.between(saved);
    if (VERBOSE) console.log([`  Register save (${session}, ${pupils} pupils): before "Saved"`, ...describe(before), '  after "Saved"', ...describe(after)].join('\n'));
    return [
      { view: `Register save (${session}), to "Saved"`, pupils, ...summarise(before), ms: saved - start, note: status.replace(/\s+/g, ' ').trim().split('.')[0] },
      { view: `Register save (${session}), after-work`, pupils, ...summarise(after) },
    ];
  } finally {
    await o.context.close();
  }
}

const kb = (bytes: number): string => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

function printTable(rows: readonly Row[]): void {
  console.log(`\n${'View'.padEnd(36)} ${'Pupils'.padStart(6)} ${'Requests (digest)'.padStart(17)} ${'Waves'.padStart(5)} ${'Bytes'.padStart(10)} ${'First content'.padStart(13)}`);
  for (const r of rows) {
    const ms = r.ms === undefined ? '' : `${(r.ms / 1000).toFixed(2)} s`;
    const requests = `${r.requests}${r.digests ? ` (${r.digests})` : ''}`;
    console.log(`${r.view.padEnd(36)} ${String(r.pupils).padStart(6)} ${requests.padStart(17)} ${String(r.waves).padStart(5)} ${kb(r.bytes).padStart(10)} ${ms.padStart(13)}${r.note ? `  (${r.note.replace(/\s+/g, ' ')})` : ''}`);
  }
  console.log('(digest: requests for _api/contextinfo, which a SharePoint page does not make: PnPjs takes the page’s own digest there.)');
}

/** Issue 18's goals against the 300-pupil figures; each line says met or not, and why where known. */
function checkGoals(rows: readonly Row[]): string[] {
  const over: string[] = [];
  const at300 = rows.filter((r) => r.pupils === 300);
  console.log(`\nGoals (issue 18), at 300 pupils:`);
  for (const r of at300.filter((x) => !x.view.startsWith('Register save'))) {
    const ok = r.waves <= BUDGETS.viewWaves;
    console.log(`  ${ok ? 'met    ' : 'NOT MET'} ${r.view}: ${r.waves} waves (goal ≤ ${BUDGETS.viewWaves}: finding the site, then one batch, two where a request needs an earlier answer)`);
    if (!ok) over.push(r.view);
  }
  for (const name of ['Attendance: cohort', 'Attendance: alerts', 'PIPs: tracker']) {
    const r = at300.find((x) => x.view === name);
    if (!r) continue;
    const ok = r.bytes <= BUDGETS.yearStatisticsBytes;
    console.log(`  ${ok ? 'met    ' : 'NOT MET'} the year's statistics (${name}): ${kb(r.bytes)} (goal ≤ ${kb(BUDGETS.yearStatisticsBytes)})`);
    if (!ok) over.push(`${name} bytes`);
  }
  for (const save of at300.filter((x) => x.view.startsWith('Register save (') && x.view.endsWith('to "Saved"'))) {
    const ok = save.waves <= BUDGETS.saveWavesBeforeSaved;
    console.log(`  ${ok ? 'met    ' : 'NOT MET'} ${save.view} (${save.note ?? ''}): ${save.waves} waves before "Saved" (goal ≤ ${BUDGETS.saveWavesBeforeSaved})`);
    if (!ok) over.push(`${save.view} waves`);
  }
  for (const pair of ['Review meetings: Due', 'Register save (AM), after-work', 'Attendance: alerts']) {
    const [a, b] = [rows.find((x) => x.pupils === 40 && x.view === pair), rows.find((x) => x.pupils === 300 && x.view === pair)];
    if (a && b) console.log(`  ${b.requests <= a.requests ? 'met    ' : 'NOT MET'} no request count growing with pupils (${pair}): ${a.requests} at 40, ${b.requests} at 300`);
    if (a && b && b.requests > a.requests) over.push(`${pair} requests grow`);
  }
  return over;
}

async function measureScale(browser: Browser, local: LocalMode, pupils: number, nowIso: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const view of VIEWS.filter((v) => ONLY.some((w) => v.name.toLowerCase().includes(w)))) {
    process.stdout.write(`  ${view.name} at ${pupils} pupils… `);
    try {
      const row = await measureView(browser, local.origin, view, pupils, nowIso);
      console.log(`${row.requests} requests, ${row.waves} waves, ${kb(row.bytes)}`);
      rows.push(row);
    } catch (e) {
      console.log(`failed: ${e instanceof Error ? e.message : String(e)}`);
      rows.push({ view: view.name, pupils, requests: 0, waves: 0, bytes: 0, digests: 0, note: 'failed to load' });
    }
  }
  if (args.includes('--no-save')) return rows;
  // The morning at both scales, so that what follows a save is compared like with like (40 marks at 40 pupils, the
  // 260 added pupils' marks at 300); at 300 the afternoon too: the whole register of 300 marks.
  for (const session of pupils === 40 || !SCALES.includes(40) ? (['AM'] as const) : (['AM', 'PM'] as const)) {
    process.stdout.write(`  register save (${session}) at ${pupils} pupils… `);
    const save = await measureSave(browser, local.origin, pupils, session, nowIso);
    console.log(save.map((r) => `${r.requests} requests, ${r.waves} waves`).join('; '));
    rows.push(...save);
  }
  return rows;
}

/**
 * The pupils' list-view columns (attendance stage, PIP status, next review) brought up to date through the product's
 * own service, as the seeder does and as every register save does for its pupils: the scale seed writes marks
 * straight into the store, which would leave those columns behind and make the next save write every one of them.
 */
async function refreshSummaries(local: LocalMode, as: string): Promise<number> {
  const r = await connectAs(local.origin, SITE_PATH, as).services.pupilSummaries.refresh();
  if (r.failures.length > 0) throw new Error(`The pupils' summaries could not be brought up to date: ${r.failures[0]}`);
  return r.updated;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-bench-data-'));
  const started = Date.now();
  const local = await startLocalMode({ port: 0, dbFile: join(dir, 'emulator.sqlite'), reset: true, seed: true });
  let browser: Browser | undefined;
  try {
    const officer = emailOf('attendance-officer');
    const settings = await connectAs(local.origin, SITE_PATH, DEFAULT_ADMIN.email).services.settings.get();
    const year = benchYear(settings);
    // 14:00 in London (British Summer Time in July): both of the day's registers can be taken.
    const nowIso = `${year.today}T13:00:00Z`;
    const items = completeTheYear(local, year, officer);
    const updated = await refreshSummaries(local, officer);
    console.log(`Local mode ready in ${((Date.now() - started) / 1000).toFixed(0)} s; ${BENCH_YEAR} completed (${items} more week items, ${updated} pupils' summaries brought up to date); the pages' today: ${year.today}.`);
    browser = await launchBrowser();
    const rows: Row[] = [];
    for (const pupils of SCALES) {
      if (pupils === 300) {
        const added = addPupilsWithTheirYear(local, year, 260, officer);
        console.log(`Added 260 pupils with ${added} week items (${await refreshSummaries(local, officer)} pupils' summaries brought up to date).`);
      }
      rows.push(...(await measureScale(browser, local, pupils, nowIso)));
    }
    printTable(rows);
    const over = checkGoals(rows);
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all; throttled to ${THROTTLED.downloadThroughput * 8 / 1e6} Mbps down, ${THROTTLED.latency} ms latency.)`);
    if (args.includes('--budgets') && over.length > 0) {
      console.error(`Over budget: ${over.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await local.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
