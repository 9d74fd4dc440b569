'use strict';
/**
 * A webpack plugin (added in gulpfile.js) that writes release/bundle-graph.json after every bundle: each entry
 * (config.json bundle) and each named chunk group (an `import(/* webpackChunkName: '…' *\/ …)`) with the JavaScript
 * files it loads, and each chunk's modules with their size before minifying. `npm run bench:bundle` reads it to
 * tell what a web part loads first from what it loads on demand; the module sizes say where the bytes come from.
 */
const { mkdirSync, writeFileSync } = require('fs');
const { dirname } = require('path');

/** A concatenated module (scope hoisting) stands for the modules inside it: list those. */
const flatten = (m) => (m.modules ? [...m.modules].flatMap(flatten) : [m]);
const jsFiles = (chunks) => [...new Set(chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith('.js')).sort();

class BundleGraphPlugin {
  constructor(outFile) {
    this.outFile = outFile;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleGraphPlugin', (compilation) => {
      const short = compilation.requestShortener;
      const entries = {};
      for (const [name, entry] of compilation.entrypoints) entries[name] = { files: jsFiles(entry.chunks) };
      const chunkGroups = {};
      for (const [name, group] of compilation.namedChunkGroups) {
        if (compilation.entrypoints.has(name)) continue;
        chunkGroups[name] = { files: jsFiles(group.chunks) };
      }
      const chunks = [...compilation.chunks].map((chunk) => ({
        names: [...chunk.groupsIterable].map((g) => g.name).filter(Boolean),
        files: jsFiles([chunk]),
        modules: compilation.chunkGraph
          .getChunkModules(chunk)
          .flatMap(flatten)
          .map((m) => ({ name: m.readableIdentifier(short), size: m.size() }))
          .sort((a, b) => b.size - a.size),
      }));
      mkdirSync(dirname(this.outFile), { recursive: true });
      writeFileSync(this.outFile, JSON.stringify({ entries, chunkGroups, chunks }, undefined, 1));
    });
  }
}

module.exports = { BundleGraphPlugin };
