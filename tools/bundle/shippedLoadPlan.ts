/**
 * The pure part of `npm run package:load` (tools/bundle/shippedLoad.ts): what to load in the browser, read from the
 * shipped files themselves, and how to judge what the browser fetched.
 *
 * In the minified package every on-demand `import()` is webpack's loader
 *   `Promise.all([r.e(2911),r.e(8527)]).then(r.bind(r,31875))`   (or `r.e(2911).then(r.bind(r,31875))`)
 * (`r.e(id)` loads a chunk file by id, `r(id)` then evaluates the module): the chunk ids it loads and the module it
 * then requires. A loader in a chunk leaves out the chunks webpack knows are already on the page when that chunk's
 * code runs (those of the groups that loaded it), so each loader is run after the loaders that bring its own chunk,
 * as a person's clicks would: `loaderPaths`.
 */

/** One `import()` as the minifier left it: where it is, the chunks it loads, the module it then evaluates. */
export interface Loader {
  /** The file (release/assets) whose code holds it. */
  file: string;
  chunkIds: number[];
  moduleId: number;
}

/** The loader as one string, for messages and de-duplication: `8527+2911 → 31875 (in chunk.x.js)`. */
export function loaderKey(l: Loader): string {
  return `${l.chunkIds.join('+')} → ${l.moduleId} (in ${l.file})`;
}

// `r.e(1e3)`: the minifier writes some ids as exponents.
const NUM = '[0-9][0-9.e]*';
const ONE_E = `[\\w$]+\\.e\\(${NUM}\\)`;
const LOADER = new RegExp(
  `(?:Promise\\.all\\(\\[((?:${ONE_E},?)+)\\]\\)|([\\w$]+)\\.e\\((${NUM})\\))\\.then\\(([\\w$]+)(?:\\.t)?\\.bind\\(\\4,(${NUM})(?:,\\d+)?\\)\\)`,
  'g',
);

/**
 * Every `import()` loader in one shipped file, and any chunk load (`r.e(id)`) outside one: the check cannot follow
 * those, so it says so rather than pass without them.
 */
export function parseLoaders(file: string, text: string): { loaders: Loader[]; unread: string[] } {
  const loaders: Loader[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(LOADER)) {
    const chunkIds = m[1] ? [...m[1].matchAll(new RegExp(`\\.e\\((${NUM})\\)`, 'g'))].map((x) => Number(x[1])) : [Number(m[3])];
    const loader = { file, chunkIds, moduleId: Number(m[5]) };
    if (chunkIds.some((id) => !Number.isInteger(id)) || !Number.isInteger(loader.moduleId)) throw new Error(`${file}: cannot read the loader ${m[0]}`);
    if (seen.has(loaderKey(loader))) continue;
    seen.add(loaderKey(loader));
    loaders.push(loader);
  }
  const rest = text.replace(LOADER, '');
  const unread = [...rest.matchAll(new RegExp(`.{0,40}${ONE_E}.{0,40}`, 'g'))].map((m) => `${file}: …${m[0]}…`);
  return { loaders, unread };
}

/**
 * For each loader, the loaders to run before it in a fresh page so that its own file is there (its chunk was
 * loaded by the previous one): the shortest such path from the entry, or undefined for a loader in a file no loader
 * reaches (dead code, reported). `fileOf` gives a chunk id's file (webpack's own `r.u(id)`, read in the browser).
 */
export function loaderPaths(entryFile: string, loaders: readonly Loader[], fileOf: (id: number) => string): Map<Loader, Loader[] | undefined> {
  const paths = new Map<Loader, Loader[] | undefined>(loaders.map((l) => [l, undefined]));
  const inFile = new Map<string, Loader[]>();
  for (const l of loaders) inFile.set(l.file, [...(inFile.get(l.file) ?? []), l]);
  const queue: { loader: Loader; before: Loader[] }[] = (inFile.get(entryFile) ?? []).map((loader) => ({ loader, before: [] }));
  for (const q of queue) paths.set(q.loader, q.before);
  while (queue.length > 0) {
    const { loader, before } = queue.shift()!;
    for (const file of new Set(loader.chunkIds.map(fileOf))) {
      for (const next of inFile.get(file) ?? []) {
        if (paths.get(next) !== undefined) continue;
        const path = [...before, loader];
        paths.set(next, path);
        queue.push({ loader: next, before: path });
      }
    }
  }
  return paths;
}

/** release/bundle-graph.json, as tools/bundle/bundleGraphPlugin.js writes it (the parts read here). */
export interface ShippedGraph {
  entries: Record<string, { files: string[] }>;
  chunkGroups: Record<string, { files: string[] }>;
  chunks: { files: string[] }[];
}

/**
 * The JavaScript files of the last build (every chunk's, the entry's among them): release/assets keeps the files of
 * earlier builds in a working copy (`gulp clean` removes them; a clean clone has none), which no current file loads.
 */
export function builtFiles(graph: ShippedGraph): string[] {
  return [...new Set(graph.chunks.flatMap((c) => c.files).filter((f) => f.endsWith('.js')))].sort();
}

/** The files a web part's first chunk groups (tools/bundle/firstScreens.js) load, bar the entry: what the bench counts. */
export function expectedFirstFiles(graph: ShippedGraph, groups: readonly string[]): { files: string[]; unknown: string[] } {
  const entryFiles = new Set(Object.values(graph.entries).flatMap((e) => e.files));
  const unknown = groups.filter((g) => !graph.chunkGroups[g]);
  const files = new Set(groups.flatMap((g) => graph.chunkGroups[g]?.files ?? []).filter((f) => !entryFiles.has(f)));
  return { files: [...files].sort(), unknown };
}

/** What differs between two sets of files, in words ('' when none). */
export function fileDifference(expected: readonly string[], loaded: readonly string[]): string {
  const missing = expected.filter((f) => !loaded.includes(f));
  const extra = loaded.filter((f) => !expected.includes(f));
  return [
    missing.length > 0 ? `not loaded though bundle-graph.json counts them: ${missing.join(', ')}` : '',
    extra.length > 0 ? `loaded though bundle-graph.json does not count them: ${extra.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A component's manifest in release/manifests (what the SPFx loader reads to find the class). */
export interface ShippedManifest {
  id: string;
  alias: string;
  loaderConfig: { entryModuleId: string; exportName?: string; scriptResources: Record<string, { type: string; path?: string }> };
}

/**
 * Each web part's class as the SPFx loader finds it: the entry module's script (`scriptResources[entryModuleId].path`)
 * and, in what its AMD factory returns, the member `exportName` whose `default` is the class.
 */
export function webPartExports(manifests: readonly ShippedManifest[]): { alias: string; id: string; entryFile: string; exportName: string }[] {
  return manifests
    .map((m) => {
      const entry = m.loaderConfig.scriptResources[m.loaderConfig.entryModuleId];
      if (!entry || entry.type !== 'path' || !entry.path) throw new Error(`${m.alias} (${m.id}): its manifest names no script for ${m.loaderConfig.entryModuleId}.`);
      if (!m.loaderConfig.exportName) throw new Error(`${m.alias} (${m.id}): its manifest has no exportName.`);
      return { alias: m.alias, id: m.id, entryFile: entry.path, exportName: m.loaderConfig.exportName };
    })
    .sort((a, b) => a.alias.localeCompare(b.alias));
}
