/**
 * Loads the SHIPPED files (release/assets, what the .sppkg carries in ClientSideAssets) in headless Chromium, after
 * `npm run package`: `npm run package:load`. The tests and the local workbench use a separate one-file bundle
 * (local/workbench), so without this nothing proves the package's chunk graph works in a browser.
 *
 * A page on one origin loads the entry bundle from another (as from a CDN: webpack must take its public path from
 * the entry script's own address), with an AMD `define`, React and ReactDOM (their UMD builds) and small stand-ins
 * for the SPFx modules the entry asks for (tools/bundle/shippedLoadPage.js). Then, each in a fresh page:
 *  1. every web part, its class found as SharePoint finds it (release/manifests: the entry's export `exportName`):
 *     constructed, its property pane built, its `loadContent()` and its `firstData` loaders (the real dataModules
 *     functions, as onInit's preloadData) awaited, the content function called; another instance's real onInit(),
 *     render() and onDispose() with a site address that is not one (it must say so); the chunk files the browser fetched
 *     must be exactly those release/bundle-graph.json gives its first chunk groups (tools/bundle/firstScreens.js),
 *     what `npm run bench:bundle` counts;
 *  2. every dataModules loader, the real functions, one after another;
 *  3. every `import()` loader in the shipped code (tools/bundle/shippedLoadPlan.ts), after the loaders that bring
 *     its own chunk, as a person's clicks would: its chunks load, its module is there and evaluates;
 *  4. every chunk id webpack's runtime knows, one after another, then every module of the package evaluated (run
 *     first: it gives each id's file, which 3 needs); a file no page fetched (its id registered by a larger file that
 *     holds its modules too) is then loaded first in a fresh page; every file of every chunk group must have loaded.
 * Any page error, console error, failed request or HTTP error fails the run. Exits 1 on any problem, naming the web
 * part or loader, the file and the error. Not checked: rendering against a real SharePoint page (the SPFx runtime,
 * the site's data), which needs a tenant.
 */
import { createServer, type Server } from 'http';
import { existsSync, readFileSync, readdirSync } from 'fs';
import type { AddressInfo } from 'net';
import { join, normalize, resolve } from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import {
  builtFiles,
  expectedFirstFiles,
  fileDifference,
  loaderKey,
  loaderPaths,
  parseLoaders,
  webPartExports,
  type Loader,
  type ShippedGraph,
  type ShippedManifest,
} from './shippedLoadPlan';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstScreens, dataChunks } = require('./firstScreens') as {
  firstScreens: (root: string) => { alias: string; firstChunkGroups: string[] }[];
  dataChunks: (root: string) => Map<string, string>;
};

const root = join(__dirname, '..', '..');
// `--release <folder>`: another copy of release/ (to show the check failing on a broken one); else release/.
const releaseArg = process.argv.indexOf('--release');
const release = releaseArg > 0 && process.argv[releaseArg + 1] ? resolve(process.argv[releaseArg + 1]) : join(root, 'release');
const assets = join(release, 'assets');
const TIMEOUT_MS = 20_000;
const PARALLEL = 3;
const ASSET_PATH = '/sites/appcatalog/ClientSideAssets/pathways-hub/';
const PAGE_PATH = '/sites/pathways/SitePages/Home.aspx';

const problems: string[] = [];
/** `chunk.view-pips_1a2b3c4d.js` → `view-pips`, for the table. */
const chunkName = (file: string): string => file.replace(/^chunk\./, '').replace(/_[0-9a-f]+\.js$/, '');
const started = Date.now();

function serve(handler: (path: string) => { type: string; body: Buffer | string } | undefined, cors: boolean): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const found = handler(path);
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (!found) {
      res.writeHead(404, headers).end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': found.type }).end(found.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const origin = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

/** What one job's page fetched from the asset origin and what went wrong in it. */
interface Watched {
  page: Page;
  /** Chunk and entry files fetched from the asset origin, in order. */
  fetched: string[];
  errors: string[];
}

/**
 * A few tabs, each navigated afresh for every job (a new document: nothing of the previous job's webpack runtime or
 * chunks is left), which is much faster than a new tab each time.
 */
class Tabs {
  private readonly free: { page: Page; current: Watched }[] = [];
  private readonly waiting: ((t: { page: Page; current: Watched }) => void)[] = [];

  private constructor(private readonly assetBase: string) {}

  static async open(browser: Browser, n: number, assetBase: string): Promise<Tabs> {
    const tabs = new Tabs(assetBase);
    const context = await browser.newContext();
    for (let i = 0; i < n; i++) tabs.free.push(tabs.watch(await context.newPage()));
    return tabs;
  }

  private watch(page: Page): { page: Page; current: Watched } {
    const tab = { page, current: { page, fetched: [] as string[], errors: [] as string[] } };
    page.on('pageerror', (e) => tab.current.errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') tab.current.errors.push(`console error: ${m.text()} (${m.location().url || 'no address'})`);
    });
    page.on('requestfailed', (r) => tab.current.errors.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    page.on('response', (r) => {
      if (r.status() >= 400) tab.current.errors.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.url().startsWith(this.assetBase)) tab.current.fetched.push(r.url().slice(this.assetBase.length));
      else if (/\/chunk\.[^/]*\.js$/.test(r.url())) tab.current.errors.push(`a chunk asked for outside the entry's folder (webpack's public path): ${r.url()}`);
    });
    return tab;
  }

  /** Runs `work` in a tab freshly navigated to `url`; the events of that job only are in its Watched. */
  async run<R>(url: string, work: (w: Watched) => Promise<R>): Promise<{ w: Watched; result?: R; error?: unknown }> {
    const tab = this.free.pop() ?? (await new Promise<{ page: Page; current: Watched }>((resolve) => this.waiting.push(resolve)));
    try {
      await tab.page.goto('about:blank');
      tab.current = { page: tab.page, fetched: [], errors: [] };
      await tab.page.goto(url);
      return { w: tab.current, result: await work(tab.current) };
    } catch (error) {
      return { w: tab.current, error };
    } finally {
      // A file answered 404 is also a console error and an aborted request: say it once.
      const refused = tab.current.errors.filter((e) => e.startsWith('HTTP ')).map((e) => e.replace(/^HTTP \d+ for /, ''));
      tab.current.errors = tab.current.errors.filter(
        (e) => !(e.startsWith('console error: Failed to load resource') || e.startsWith('request failed: ')) || !refused.some((u) => e.includes(u)),
      );
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.free.push(tab);
    }
  }
}

async function main(): Promise<void> {
  const graphFile = join(release, 'bundle-graph.json');
  if (!existsSync(graphFile) || !existsSync(assets)) {
    console.error(`No release/bundle-graph.json or release/assets: run 'npm run package' first.`);
    process.exit(1);
  }
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as ShippedGraph;
  const manifestsDir = join(release, 'manifests');
  const manifests = readdirSync(manifestsDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(readFileSync(join(manifestsDir, f), 'utf8')) as ShippedManifest);
  const webParts = webPartExports(manifests);
  const screens = new Map(firstScreens(root).map((s) => [s.alias, s.firstChunkGroups]));
  for (const s of screens.keys()) if (!webParts.some((w) => w.alias === s)) problems.push(`${s}: in config/config.json but no manifest in release/manifests.`);
  const entryFiles = [...new Set(webParts.map((w) => w.entryFile))];
  if (entryFiles.length !== 1) throw new Error(`expected one entry script for every web part, found ${entryFiles.join(', ')}`);
  const entryFile = entryFiles[0];
  const graphEntries = Object.values(graph.entries).flatMap((e) => e.files);
  if (graphEntries.join() !== entryFile) throw new Error(`the manifests load ${entryFile}, bundle-graph.json's entry is ${graphEntries.join(', ')}: not the same build`);
  const dataChunkOf = dataChunks(root);
  const dataNames = [...dataChunkOf.keys()];

  // Every import() loader in the shipped files, and so every chunk id the code can load.
  const files = builtFiles(graph);
  for (const f of files) if (!existsSync(join(assets, f))) problems.push(`bundle-graph.json lists ${f}, which is not in release/assets`);
  const stale = readdirSync(assets).filter((f) => f.endsWith('.js') && !files.includes(f));
  const loaders: Loader[] = [];
  for (const f of files.filter((x) => existsSync(join(assets, x)))) {
    const parsed = parseLoaders(f, readFileSync(join(assets, f), 'utf8'));
    loaders.push(...parsed.loaders);
    problems.push(...parsed.unread.map((u) => `a chunk load this check cannot read: ${u}`));
  }
  const loadedByCode = new Set(loaders.flatMap((l) => l.chunkIds));

  const pageScript = readFileSync(join(__dirname, 'shippedLoadPage.js'), 'utf8');
  const nm = (p: string): Buffer => readFileSync(join(root, 'node_modules', p));
  const pageServer = await serve((path) => {
    if (path === PAGE_PATH) {
      return {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shipped package load check</title><link rel="icon" href="data:,">
<script src="/_layouts/react.js"></script><script src="/_layouts/react-dom.js"></script><script src="/_layouts/shipped-load.js"></script>
</head><body></body></html>`,
      };
    }
    if (path === '/_layouts/react.js') return { type: 'text/javascript', body: nm('react/umd/react.production.min.js') };
    if (path === '/_layouts/react-dom.js') return { type: 'text/javascript', body: nm('react-dom/umd/react-dom.production.min.js') };
    if (path === '/_layouts/shipped-load.js') return { type: 'text/javascript', body: pageScript };
    return undefined;
  }, false);
  const assetServer = await serve((path) => {
    if (!path.startsWith(ASSET_PATH)) return undefined;
    const file = normalize(path.slice(ASSET_PATH.length));
    if (file.includes('/') || file.startsWith('..') || !existsSync(join(assets, file))) return undefined;
    return { type: 'text/javascript', body: readFileSync(join(assets, file)) };
  }, true);
  const pageUrl = origin(pageServer) + PAGE_PATH;
  const assetBase = origin(assetServer) + ASSET_PATH;
  const entryUrl = assetBase + entryFile;

  const browser = await launchBrowser();
  const fetchedAnywhere = new Set<string>();
  try {
    const tabs = await Tabs.open(browser, PARALLEL, assetBase);
    /** A fresh page with the entry loaded, then `work`; the page's errors go to `into`, named by `what`. */
    const inPage = async <R>(what: string, into: string[], work: (w: Watched) => Promise<R>): Promise<{ result?: R; w: Watched }> => {
      const r = await tabs.run(pageUrl, async (w) => {
        await w.page.evaluate((src) => (window as unknown as ShippedLoadWindow).shippedLoad.loadEntry(src), entryUrl);
        return work(w);
      });
      if (r.error !== undefined) into.push(`${what}: ${r.error instanceof Error ? r.error.message.split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '') : String(r.error)}`);
      into.push(...r.w.errors.map((e) => `${what}: ${e}`));
      for (const f of r.w.fetched) fetchedAnywhere.add(f);
      return { result: r.result, w: r.w };
    };

    // Every chunk by id in one page (webpack's own file for each id, r.u, which the loader paths need), then every
    // module evaluated.
    const all = await inPage('every chunk and module', problems, async (w) => {
      const known = await w.page.evaluate(() => (window as unknown as ShippedLoadWindow).shippedLoad.chunkFiles());
      const ids = known.map((k) => k.id);
      const r = await w.page.evaluate(([i, t]) => (window as unknown as ShippedLoadWindow).shippedLoad.everything(i, t), [ids, TIMEOUT_MS] as const);
      return { known, ...r };
    });
    if (!all.result) throw new Error(`the entry did not load, so nothing more can be checked: ${problems.join('; ')}`);
    const everything = all.result;
    const fileOfId = new Map(everything.known.map((k) => [k.id, k.file]));
    const chunkIds = [...fileOfId.keys()];
    for (const id of loadedByCode) if (!fileOfId.has(id)) problems.push(`the code loads chunk ${id}, which webpack's runtime does not know`);
    for (const id of chunkIds) if (!loadedByCode.has(id)) problems.push(`no loader in the code loads chunk ${id} (${fileOfId.get(id) ?? '?'})`);
    problems.push(...everything.failedChunks.map((f) => `chunk ${f}`), ...everything.failedModules, ...everything.problems.map((p) => `every chunk and module: ${p}`));
    for (const [id, f] of fileOfId) if (!files.includes(f)) problems.push(`webpack's runtime loads chunk ${id} from ${f}, which is not a file of this build (bundle-graph.json)`);

    // Every web part's first screen, and every dataModules loader.
    const firstScreenJobs = webParts.map(async (wp) => {
      const groups = screens.get(wp.alias);
      const mine: string[] = [];
      const r = await inPage(wp.alias, mine, (w) =>
        w.page.evaluate(([e, names, t]) => (window as unknown as ShippedLoadWindow).shippedLoad.firstScreen(e, names, t), [wp.exportName, dataNames, TIMEOUT_MS] as const),
      );
      const loaded = [...new Set(r.w.fetched.filter((f) => f !== entryFile))].sort();
      if (!groups) mine.push(`${wp.alias}: not in config/config.json (tools/bundle/firstScreens.js)`);
      else if (r.result) {
        const expected = expectedFirstFiles(graph, groups);
        if (expected.unknown.length > 0) mine.push(`${wp.alias}: bundle-graph.json has no chunk group ${expected.unknown.join(', ')}`);
        const diff = fileDifference(expected.files, loaded);
        if (diff) mine.push(`${wp.alias}: its first screen ${diff}`);
        const fromSource = groups.filter((g) => g.startsWith('data-')).sort();
        const shipped = [...new Set(r.result.firstData.map((n) => dataChunkOf.get(n) ?? n))].sort();
        if (fromSource.join() !== shipped.join()) {
          mine.push(`${wp.alias}: its shipped class's firstData (${shipped.join(', ')}) is not what firstScreens.js reads in its source (${fromSource.join(', ')})`);
        }
        mine.push(...r.result.problems.map((p) => `${wp.alias}: ${p}`));
      }
      problems.push(...mine);
      return { alias: wp.alias, exportName: wp.exportName, files: loaded.map(chunkName), ok: mine.length === 0 };
    });
    const dataJob = inPage('dataModules loaders', problems, (w) =>
      w.page.evaluate(([names, t]) => (window as unknown as ShippedLoadWindow).shippedLoad.dataLoaders(names, t), [dataNames, TIMEOUT_MS] as const),
    );

    // Every import() loader, each in a fresh page after the loaders that bring its file (as clicks would).
    const paths = loaderPaths(entryFile, loaders, (id) => fileOfId.get(id) ?? `(no file for chunk ${id})`);
    const unreached = loaders.filter((l) => paths.get(l) === undefined);
    const reached = loaders.filter((l) => paths.get(l) !== undefined);
    problems.push(...unreached.map((l) => `loader ${loaderKey(l)}: not run, as no chain of loaders from the entry loads its file`));
    const loaderJobs = reached.map(async (l) => {
      const steps = [...paths.get(l)!, l].map((s) => ({ chunkIds: s.chunkIds, moduleId: s.moduleId }));
      const what = `loader ${loaderKey(l)}`;
      const r = await inPage(what, problems, (w) =>
        w.page.evaluate(([s, t]) => (window as unknown as ShippedLoadWindow).shippedLoad.runLoaders(s, t), [steps, TIMEOUT_MS] as const),
      );
      if (r.result && r.result.failedAt === steps.length - 1) {
        const after = steps.length > 1 ? ` (run after the ${steps.length - 1} that bring its file)` : '';
        problems.push(`${what}${after}: ${r.result.error ?? ''}`);
      } else if (r.result && r.result.failedAt >= 0) {
        problems.push(`${what}: not checked, as a loader that brings its file failed first (${r.result.error ?? ''})`);
      }
      if (r.result) problems.push(...r.result.problems.map((p) => `${what}: ${p}`));
      return r.result?.failedAt === -1;
    });
    const [rows, data, loaderResults] = await Promise.all([Promise.all(firstScreenJobs), dataJob, Promise.all(loaderJobs)]);
    if (data.result) problems.push(...data.result.failed.map((f) => `dataModules.${f}`), ...data.result.problems.map((p) => `dataModules loaders: ${p}`));

    // A file no page fetched yet (its chunk id was registered by a larger file that holds its modules too): fetched
    // first in a fresh page, where its own id is not yet registered.
    const idOfFile = new Map([...fileOfId].map(([id, f]) => [f, id]));
    const notYet = files.filter((f) => f !== entryFile && !fetchedAnywhere.has(f));
    await Promise.all(
      notYet.flatMap((f) => {
        const id = idOfFile.get(f);
        if (id === undefined) return [];
        return [inPage(`chunk ${f} on its own`, problems, (w) => w.page.evaluate(([i, t]) => (window as unknown as ShippedLoadWindow).shippedLoad.loadChunk(i, t), [id, TIMEOUT_MS] as const))];
      }),
    );
    const neverLoaded = files.filter((f) => f !== entryFile && !fetchedAnywhere.has(f));
    const groupProblems = Object.entries(graph.chunkGroups).flatMap(([name, g]) =>
      g.files
        .filter((f) => !files.includes(f) || (f !== entryFile && !fetchedAnywhere.has(f)))
        .map((f) => `chunk group ${name}: ${f} ${files.includes(f) ? 'was never loaded' : 'is not in release/assets'}`),
    );
    problems.push(...groupProblems);

    // The report.
    const pad = (s: string, n: number): string => s.padEnd(n);
    console.log(`Shipped package loaded in headless Chromium: ${entryFile}, the page and the assets on two origins.\n`);
    console.log(`${pad('Web part', 27)}${pad('export', 7)}${pad('OK', 4)}chunk files its first screen loaded (after the entry)`);
    for (const r of rows) console.log(`${pad(r.alias, 27)}${pad(r.exportName, 7)}${pad(r.ok ? 'yes' : 'NO', 4)}${r.files.join(', ') || '(none)'}`);
    console.log('');
    console.log(`dataModules loaders called: ${dataNames.length}, failed: ${data.result ? data.result.failed.length : dataNames.length}`);
    console.log(
      `import() loaders in the shipped code: ${loaders.length}, each run in a fresh page: ${reached.length}, failed: ${loaderResults.filter((ok) => !ok).length}` +
        (unreached.length > 0 ? `; not reached from the entry: ${unreached.length}` : ''),
    );
    console.log(`chunk ids loaded: ${chunkIds.length} (${everything.failedChunks.length} failed); modules evaluated: ${everything.modules} (${everything.failedModules.length} threw)`);
    console.log(
      `files of this build: ${files.length}, loaded: ${files.length - neverLoaded.length} (${notYet.length} only on their own, in a fresh page)` +
        (stale.length > 0 ? `; ${stale.length} in release/assets from earlier builds ignored ('gulp clean' removes them)` : ''),
    );
    if (neverLoaded.length > 0) console.log(`  never loaded: ${neverLoaded.join(', ')}`);
    console.log(`chunk groups in bundle-graph.json: ${Object.keys(graph.chunkGroups).length}, ${groupProblems.length === 0 ? 'every file of each loaded' : `${groupProblems.length} files not loaded`}`);
    console.log(`Time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    pageServer.close();
    assetServer.close();
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} with the shipped package in the browser:`);
    // What failed first; then the loaders not checked because one before them failed.
    problems.sort((a, b) => Number(a.includes(': not checked, as')) - Number(b.includes(': not checked, as')));
    const SHOWN = 80;
    for (const p of problems.slice(0, SHOWN)) console.error(`  - ${p}`);
    if (problems.length > SHOWN) console.error(`  … and ${problems.length - SHOWN} more.`);
    process.exit(1);
  }
  console.log('\nEvery web part, chunk and module of the shipped package loads in the browser.');
}

/** The page's API (tools/bundle/shippedLoadPage.js). */
interface ShippedLoadWindow {
  shippedLoad: {
    loadChunk(id: number, timeoutMs: number): Promise<{ problems: string[] }>;
    loadEntry(src: string): Promise<{ deps: string[]; exportNames: string[]; jsonp: string }>;
    firstScreen(exportName: string, dataNames: readonly string[], timeoutMs: number): Promise<{ firstData: string[]; problems: string[] }>;
    dataLoaders(names: readonly string[], timeoutMs: number): Promise<{ failed: string[]; problems: string[] }>;
    runLoaders(steps: readonly { chunkIds: number[]; moduleId: number }[], timeoutMs: number): Promise<{ failedAt: number; error?: string; problems: string[] }>;
    chunkFiles(): { id: number; file: string }[];
    everything(ids: readonly number[], timeoutMs: number): Promise<{ modules: number; failedChunks: string[]; failedModules: string[]; problems: string[] }>;
  };
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
