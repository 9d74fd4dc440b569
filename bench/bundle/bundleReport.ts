/**
 * What each web part loads first, what a page of several loads, and what loads only on demand, from the bundle
 * graph the production build writes (release/bundle-graph.json, tools/bundle/bundleGraphPlugin.js) and the size of
 * each file. Pure: bench/bundleSize.ts reads the files and prints the report.
 */

export interface BundleGraph {
  readonly entries: Readonly<Record<string, { readonly files: readonly string[] }>>;
  readonly chunkGroups: Readonly<Record<string, { readonly files: readonly string[] }>>;
  readonly chunks: readonly { readonly names: readonly string[]; readonly files: readonly string[]; readonly modules: readonly { readonly name: string; readonly size: number }[] }[];
}

export interface WebPartEntry {
  /** The manifest alias, e.g. 'PipsWebPart'. */
  readonly alias: string;
  /** The config.json bundle it is in. */
  readonly bundle: string;
  /** The chunk groups it loads before its first content (its `view-…` import and its first screen's `data-…` chunks), if any. */
  readonly firstChunkGroups: readonly string[];
}

export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

export interface Budgets {
  /** Most gzip bytes any one web part may load before its first content. */
  readonly firstLoadGzip: number;
  /** A lower limit for some web parts (by manifest alias), so one that got lighter cannot grow back under the shared one. */
  readonly firstLoadGzipOf?: Readonly<Record<string, number>>;
  /** Most gzip bytes a web part may add to a page that already has another Pathways web part. */
  readonly furtherGzip: number;
  /** Packages that must not be in anything a web part loads first. */
  readonly onDemandPackages: readonly string[];
  /** Web parts (by manifest alias) whose first load must hold no Fluent UI package (their first screens are plain markup). */
  readonly withoutFluentFirst?: readonly string[];
}

export interface Load {
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzip: number;
}

export interface WebPartLoad extends Load {
  readonly alias: string;
  /** Raw bytes of Fluent UI modules (`@fluentui/…`) in its first load: 0 when its first screen is plain markup. */
  readonly fluentRaw: number;
  /** The most it adds to a page that already shows one other Pathways web part (and which one that is). */
  readonly further: Load & { readonly after: string };
}

export interface BundleReport {
  readonly webParts: readonly WebPartLoad[];
  readonly page: { readonly aliases: readonly string[]; readonly steps: readonly (Load & { readonly alias: string })[]; readonly total: Load };
  readonly onDemand: readonly (Load & { readonly name: string; readonly packages: readonly string[] })[];
  readonly failures: readonly string[];
}

function loadOf(files: Iterable<string>, sizes: ReadonlyMap<string, FileSize>): Load {
  const list = [...new Set(files)].sort();
  const missing = list.filter((f) => !sizes.has(f));
  if (missing.length > 0) throw new Error(`The bundle graph names files that are not in release/assets: ${missing.join(', ')}. Run 'npm run package' again.`);
  return { files: list, raw: list.reduce((n, f) => n + (sizes.get(f)?.raw ?? 0), 0), gzip: list.reduce((n, f) => n + (sizes.get(f)?.gzip ?? 0), 0) };
}

/** The npm package a module path comes from ('docx', '@fluentui/react'), or undefined for the project's own code. */
export function packageOf(moduleName: string): string | undefined {
  const at = moduleName.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = moduleName.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

export function bundleReport(graph: BundleGraph, webParts: readonly WebPartEntry[], sizes: ReadonlyMap<string, FileSize>, pageAliases: readonly string[], budgets: Budgets): BundleReport {
  const failures: string[] = [];
  const firstFiles = new Map<string, string[]>();
  for (const w of webParts) {
    const entry = graph.entries[w.bundle];
    if (!entry) throw new Error(`Bundle '${w.bundle}' of ${w.alias} is not in the bundle graph.`);
    const files = [...entry.files];
    for (const g of w.firstChunkGroups) {
      const group = graph.chunkGroups[g];
      if (!group) throw new Error(`${w.alias} loads chunk '${g}', which is not in the bundle graph.`);
      files.push(...group.files);
    }
    firstFiles.set(w.alias, files);
  }

  const fluentRawOf = (files: readonly string[]): number => {
    const set = new Set(files);
    return graph.chunks
      .filter((c) => c.files.some((f) => set.has(f)))
      .flatMap((c) => c.modules)
      .filter((m) => packageOf(m.name)?.startsWith('@fluentui/'))
      .reduce((n, m) => n + m.size, 0);
  };

  const loads: WebPartLoad[] = webParts.map((w) => {
    const own = firstFiles.get(w.alias) ?? [];
    let further: Load & { after: string } = { files: [], raw: 0, gzip: 0, after: '' };
    for (const other of webParts) {
      if (other.alias === w.alias) continue;
      const already = new Set(firstFiles.get(other.alias));
      const added = loadOf(own.filter((f) => !already.has(f)), sizes);
      if (further.after === '' || added.gzip > further.gzip) further = { ...added, after: other.alias };
    }
    return { alias: w.alias, ...loadOf(own, sizes), fluentRaw: fluentRawOf(own), further };
  });

  for (const l of loads) {
    const firstLoad = Math.min(budgets.firstLoadGzip, budgets.firstLoadGzipOf?.[l.alias] ?? Infinity);
    if (l.gzip > firstLoad) failures.push(`${l.alias} loads ${kb(l.gzip)} gzip first (budget ${kb(firstLoad)}).`);
    if (l.further.after !== '' && l.further.gzip > budgets.furtherGzip)
      failures.push(`${l.alias} adds ${kb(l.further.gzip)} gzip to a page that already has ${l.further.after} (budget ${kb(budgets.furtherGzip)}).`);
    if (budgets.withoutFluentFirst?.includes(l.alias) && l.fluentRaw > 0)
      failures.push(`${l.alias} loads ${kb(l.fluentRaw)} raw of Fluent UI first: its first screen must be plain markup (src/ui/plain); load Fluent's controls with import() when asked for.`);
  }

  const seen = new Set<string>();
  const steps = pageAliases.map((alias) => {
    const files = firstFiles.get(alias);
    if (!files) throw new Error(`The page names ${alias}, which is not a web part in config/config.json.`);
    const step = loadOf(files.filter((f) => !seen.has(f)), sizes);
    files.forEach((f) => seen.add(f));
    return { alias, ...step };
  });

  const firstAll = new Set([...firstFiles.values()].flat());
  for (const chunk of graph.chunks) {
    if (!chunk.files.some((f) => firstAll.has(f))) continue;
    const banned = [...new Set(chunk.modules.map((m) => packageOf(m.name)).filter((p): p is string => p !== undefined && budgets.onDemandPackages.includes(p)))];
    if (banned.length > 0) failures.push(`${banned.join(', ')} ${banned.length === 1 ? 'is' : 'are'} in ${chunk.files.join(', ')}, which a web part loads first: load ${banned.length === 1 ? 'it' : 'them'} with import() when asked for.`);
  }

  const onDemand = Object.entries(graph.chunkGroups)
    .filter(([, g]) => g.files.some((f) => !firstAll.has(f)))
    .map(([name, g]) => {
      const files = g.files.filter((f) => !firstAll.has(f));
      const packages = new Set<string>();
      for (const chunk of graph.chunks) if (chunk.files.some((f) => files.includes(f))) chunk.modules.forEach((m) => packages.add(packageOf(m.name) ?? 'Pathways Hub'));
      return { name, packages: [...packages].sort(), ...loadOf(files, sizes) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

  return { webParts: loads, page: { aliases: pageAliases, steps, total: loadOf(seen, sizes) }, onDemand, failures };
}

/** Bytes as kilobytes (1 KB = 1000 bytes, as the budgets are written). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
