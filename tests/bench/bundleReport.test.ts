import { bundleReport, packageOf, type BundleGraph, type FileSize } from '../../bench/bundle/bundleReport';

const budgets = { firstLoadGzip: 100, furtherGzip: 15, onDemandPackages: ['docx'] };
const sizes = (entries: Record<string, number>): Map<string, FileSize> => new Map(Object.entries(entries).map(([f, gzip]) => [f, { raw: gzip * 3, gzip }]));
const chunk = (files: string[], ...modules: string[]): BundleGraph['chunks'][number] => ({ names: [], files, modules: modules.map((name) => ({ name, size: 1 })) });

const graph: BundleGraph = {
  entries: { hub: { files: ['hub.js'] } },
  chunkGroups: {
    'view-a': { files: ['ui.js', 'view-a.js'] },
    'view-b': { files: ['ui.js', 'view-b.js'] },
    'ondemand-word': { files: ['docx.js'] },
  },
  chunks: [chunk(['hub.js'], './lib/x.js'), chunk(['ui.js'], './node_modules/@fluentui/react/lib/Button.js'), chunk(['view-a.js']), chunk(['view-b.js']), chunk(['docx.js'], './node_modules/docx/build/index.mjs')],
};
const webParts = [
  { alias: 'A', bundle: 'hub', firstChunkGroups: ['view-a'] },
  { alias: 'B', bundle: 'hub', firstChunkGroups: ['view-b'] },
];

describe('bundleReport', () => {
  it('counts what each web part loads first, what it adds to a page, and what loads on demand', () => {
    const report = bundleReport(graph, webParts, sizes({ 'hub.js': 50, 'ui.js': 30, 'view-a.js': 10, 'view-b.js': 12, 'docx.js': 70 }), ['A', 'B'], budgets);
    expect(report.webParts.map((w) => [w.alias, w.gzip, w.further.gzip])).toEqual([
      ['A', 90, 10],
      ['B', 92, 12],
    ]);
    expect(report.page.total.gzip).toBe(102);
    expect(report.page.steps.map((s) => s.gzip)).toEqual([90, 12]);
    expect(report.onDemand).toEqual([expect.objectContaining({ name: 'ondemand-word', gzip: 70, packages: ['docx'] })]);
    expect(report.failures).toEqual([]);
  });

  it('fails a web part over the first-load or further budget', () => {
    const report = bundleReport(graph, webParts, sizes({ 'hub.js': 50, 'ui.js': 30, 'view-a.js': 10, 'view-b.js': 25, 'docx.js': 70 }), ['A', 'B'], budgets);
    expect(report.failures).toEqual(['B loads 0.1 KB gzip first (budget 0.1 KB).', 'B adds 0.0 KB gzip to a page that already has A (budget 0.0 KB).']);
  });

  it('holds a web part to its own first-load ceiling when it has one', () => {
    const report = bundleReport(graph, webParts, sizes({ 'hub.js': 50, 'ui.js': 30, 'view-a.js': 10, 'view-b.js': 12, 'docx.js': 70 }), ['A', 'B'], { ...budgets, firstLoadGzipOf: { A: 89 } });
    expect(report.failures).toEqual(['A loads 0.1 KB gzip first (budget 0.1 KB).']);
  });

  it('fails when an on-demand package is in something a web part loads first', () => {
    const eager: BundleGraph = { ...graph, chunks: [...graph.chunks, chunk(['view-a.js'], './node_modules/docx/build/index.mjs')] };
    const report = bundleReport(eager, webParts, sizes({ 'hub.js': 1, 'ui.js': 1, 'view-a.js': 1, 'view-b.js': 1, 'docx.js': 1 }), ['A'], budgets);
    expect(report.failures).toEqual([expect.stringContaining('docx is in view-a.js')]);
  });

  it('counts the Fluent UI in each first load, and fails a web part held to a first load without it', () => {
    const report = bundleReport(graph, [...webParts, { alias: 'C', bundle: 'hub', firstChunkGroups: [] }], sizes({ 'hub.js': 1, 'ui.js': 1, 'view-a.js': 1, 'view-b.js': 1, 'docx.js': 1 }), ['A'], { ...budgets, withoutFluentFirst: ['A', 'C'] });
    expect(report.webParts.map((w) => [w.alias, w.fluentRaw])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 0],
    ]);
    expect(report.failures).toEqual([expect.stringContaining('A loads 0.0 KB raw of Fluent UI first')]);
  });

  it('names the package of a module, nested copies by their own name', () => {
    expect(packageOf('./node_modules/@pnp/sp/node_modules/tslib/tslib.es6.mjs')).toBe('tslib');
    expect(packageOf('./node_modules/write-excel-file/modules/index.js')).toBe('write-excel-file');
    expect(packageOf('./lib/ui/DataTable.js')).toBeUndefined();
  });
});
