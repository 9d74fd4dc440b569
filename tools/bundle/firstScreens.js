'use strict';
/**
 * What each web part loads before its first content, read from the sources: the `view-…` chunks its class imports
 * and the `data-…` chunks of the repositories its first screen reads (its `firstData`, named in
 * src/composition/dataModules.ts). One reading of it for both `npm run bench:bundle`, which measures those chunks,
 * and gulpfile.js, which puts what two or more first screens read into `first-common` (firstCommon.js).
 */
const { readFileSync } = require('fs');
const { join } = require('path');

/** Each repository module's chunk (`data-…`), by its name in src/composition/dataModules.ts. */
function dataChunks(root) {
  const text = readFileSync(join(root, 'src', 'composition', 'dataModules.ts'), 'utf8');
  return new Map([...text.matchAll(/^\s*(\w+): \(\) => import\(\/\* webpackChunkName: '(data-[\w-]+)'/gm)].map((m) => [m[1], m[2]]));
}

/** The chunk groups one web part loads first, from its entrypoint's source (src/… for lib/…js). */
function firstChunkGroups(root, entrypoint, data) {
  const source = join(root, entrypoint.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts'));
  const text = readFileSync(source, 'utf8');
  const views = [...text.matchAll(/webpackChunkName:\s*'(view-[\w-]+)'/g)].map((m) => m[1]);
  const firstData = /firstData[^=]*=\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  const modules = [...firstData.matchAll(/'(\w+)'/g)].map((m) => {
    const chunk = data.get(m[1]);
    if (!chunk) throw new Error(`${entrypoint} names '${m[1]}' in firstData, which is not in src/composition/dataModules.ts.`);
    return chunk;
  });
  return [...new Set([...views, ...modules])];
}

/** Every web part of config/config.json: its alias, its bundle and the chunk groups it loads first. */
function firstScreens(root) {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8'));
  const data = dataChunks(root);
  return Object.entries(config.bundles).flatMap(([bundle, b]) =>
    b.components.map((c) => ({
      alias: JSON.parse(readFileSync(join(root, c.manifest), 'utf8')).alias,
      bundle,
      firstChunkGroups: firstChunkGroups(root, c.entrypoint, data),
    })),
  );
}

/**
 * The `view-…` chunk of every web part's first screen: gulpfile.js keeps each one whole (one file, bar the entry and
 * first-common), as one gzip stream compresses better than several and a file's own wrapper goes.
 */
function viewChunks(screens) {
  return new Set(screens.flatMap((s) => s.firstChunkGroups.filter((g) => g.startsWith('view-'))));
}

module.exports = { dataChunks, firstChunkGroups, firstScreens, viewChunks };
