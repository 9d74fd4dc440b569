/**
 * Page weight of the packaged solution. Run after `npm run package`: `npm run bench:bundle`.
 *
 * Prints, from release/assets (the files the .sppkg ships in ClientSideAssets) and release/bundle-graph.json:
 *  - per web part: raw and gzip (-9) of everything it loads before its first content (its config.json bundle and
 *    its `view-…` chunk with the chunks that one needs), and the most it adds to a page that already shows another
 *    Pathways web part;
 *  - a page with the pupil register, attendance (register and cohort) and PIPs web parts together;
 *  - every chunk loaded only on demand (a letter, an export, a tab or form opened later).
 * Exits 1 when a budget is exceeded: 120 KB gzip first load, 15 KB gzip for each further web part, and docx,
 * write-excel-file, read-excel-file never in what a web part loads first.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { bundleReport, kb, type Budgets, type BundleGraph, type FileSize, type WebPartEntry } from './bundle/bundleReport';

const root = join(__dirname, '..');
const assets = join(root, 'release', 'assets');
const graphFile = join(root, 'release', 'bundle-graph.json');

export const BUDGETS: Budgets = {
  firstLoadGzip: 120_000,
  furtherGzip: 15_000,
  onDemandPackages: ['docx', 'write-excel-file', 'read-excel-file'],
};
/** The page the issue measures: the pupil register, attendance (taking the register, the cohort) and PIPs. */
const PAGE = ['PupilRegisterWebPart', 'AttendanceWebPart', 'PipsWebPart'];

interface ConfigJson {
  bundles: Record<string, { components: { entrypoint: string; manifest: string }[] }>;
}

/** The `view-…` chunks a web part's class imports (its entrypoint's source, src/… for lib/…js). */
function firstChunkGroups(entrypoint: string): string[] {
  const source = join(root, entrypoint.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts'));
  const text = readFileSync(source, 'utf8');
  return [...new Set([...text.matchAll(/webpackChunkName:\s*'(view-[\w-]+)'/g)].map((m) => m[1]))];
}

function main(): void {
  if (!existsSync(graphFile) || !existsSync(assets)) {
    console.error("No release/bundle-graph.json or release/assets: run 'npm run package' first.");
    process.exit(1);
  }
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as ConfigJson;
  const webParts: WebPartEntry[] = Object.entries(config.bundles).flatMap(([bundle, b]) =>
    b.components.map((c) => ({
      alias: (JSON.parse(readFileSync(join(root, c.manifest), 'utf8')) as { alias: string }).alias,
      bundle,
      firstChunkGroups: firstChunkGroups(c.entrypoint),
    })),
  );
  const sizes = new Map<string, FileSize>();
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const content = readFileSync(join(assets, f));
    sizes.set(f, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as BundleGraph;
  const report = bundleReport(graph, webParts, sizes, PAGE, BUDGETS);

  const cells = (l: FileSize): string => `${kb(l.raw).padStart(10)} raw ${kb(l.gzip).padStart(9)} gzip`;
  console.log(`First load of each web part (budget ${kb(BUDGETS.firstLoadGzip)} gzip), and the most it adds after another (budget ${kb(BUDGETS.furtherGzip)}):`);
  for (const w of report.webParts) {
    console.log(`  ${w.alias.padEnd(28)} ${cells(w)}  in ${w.files.length} file(s);  adds ${kb(w.further.gzip).padStart(8)} gzip after ${w.further.after}`);
  }
  console.log(`\nA page with ${report.page.aliases.join(' + ')}:`);
  for (const s of report.page.steps) console.log(`  + ${s.alias.padEnd(26)} ${cells(s)}`);
  console.log(`  = ${'all together'.padEnd(26)} ${cells(report.page.total)}`);
  console.log('\nLoaded only on demand (0 bytes until asked for):');
  for (const o of report.onDemand) console.log(`  ${o.name.padEnd(28)} ${cells(o)}  (${o.packages.join(', ')})`);
  console.log('\nFiles:');
  for (const [f, s] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${f.padEnd(56)} ${cells(s)}`);

  if (report.failures.length > 0) {
    console.error(`\nBudget exceeded:\n- ${report.failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll bundle budgets hold.');
}

main();
