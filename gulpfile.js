'use strict';

const path = require('path');
const webpack = require('webpack');
const build = require('@microsoft/sp-build-web');
const { BundleGraphPlugin } = require('./tools/bundle/bundleGraphPlugin');
const { firstCommonModule } = require('./tools/bundle/firstCommon');
const { firstScreens, viewChunks } = require('./tools/bundle/firstScreens');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// Tests run with jest directly (npm test): `gulp test` runs none under this toolchain.
var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    // One tslib: PnPjs ships its own copies (it only uses __decorate, which every tslib 2 has).
    config.resolve.alias = { ...config.resolve.alias, tslib: path.join(__dirname, 'node_modules', 'tslib') };
    // The rules (src/domain), the list schema and the data plumbing (src/lists, src/data/sp) that several chunks use
    // are split by who uses them: each set of modules used by the same chunks is one chunk, so a web part loads only
    // the rules and plumbing its first screen runs (one chunk per rules folder made the register load all of PIPs',
    // meetings' and attendance's rules for the few functions it uses). A page still loads each module once. Sets
    // under 3,000 bytes stay in the chunks that use them (a copy each): dozens of tiny files compress worse than the
    // copies cost (measured with `npm run bench:bundle`: 0 bytes, 3,000 and 8,000 tried; 3,000 was lightest).
    // PnPjs's features other than webs, lists, items and batching (src/data/sp/pnp: folders, files, security, …) are
    // split the same way: they come with the data modules that import them, not in the bundle every web part loads first.
    // maxAsyncRequests: webpack's default (30 files per chunk group) made it copy the access services and schools'
    // repository into both Site setup's data chunks once PnPjs's features were split too (+9.6 KB gzip): a web part
    // loading several chunk groups loads each module once only if every shared set may be its own file.
    // first-common: what two or more of the twelve first screens read, and a list of what nine or more read, in one
    // file every web part loads (why, the rule and the lists: tools/bundle/firstCommon.js; tests/bench/firstCommon.test.ts).
    // One file per first screen: every web part's `view-…` chunk (read from the sources, firstScreens.js) keeps every
    // module it needs (bar the entry and first-common) instead of sharing them through smaller files with the chunks
    // loaded later; those others still share theirs, and get their own copy of what they need from a view chunk.
    // Today: its view and the fifteen repositories its first screen reads (todayData.ts) in one file: 142.7 -> 122.3 KB
    // gzip first load (49 files -> 3), 73.0 -> 52.6 added after another. Then every view (session 12): one gzip stream
    // compresses better than three, and a file's own wrapper goes: Attendance adds 15.8 -> 14.8 KB after another, the
    // register 6.9 -> 6.5, learning logs 6.3 -> 6.0; the whole package +1.8 KB gzip of copies in later chunks (Today
    // opens the register, PIPs and Review meetings from their web parts' view chunks: TodayPlace.tsx).
    const screens = firstScreens(__dirname);
    const WHOLE_FIRST_SCREENS = viewChunks(screens);
    const splitChunks = (config.optimization && config.optimization.splitChunks) || {};
    const baseChunks = splitChunks.chunks || 'async';
    const inBase = (chunk) =>
      typeof baseChunks === 'function' ? baseChunks(chunk) : baseChunks === 'all' || (baseChunks === 'async' ? !chunk.canBeInitial() : chunk.canBeInitial());
    const shareable = (chunk) => !WHOLE_FIRST_SCREENS.has(chunk.name) && inBase(chunk);
    // Content hashes of 8 hex digits, not webpack's 20: the entry bundle every web part loads first carries each
    // chunk's name and hash (about 300 chunks), and random digits do not compress (-1.5 KB gzip on every first load).
    // Chunks are named, so the hash only tells one release's file from another's: 8 digits are enough for that.
    config.output = { ...config.output, hashDigestLength: 8 };
    config.optimization = {
      ...config.optimization,
      splitChunks: {
        ...splitChunks,
        chunks: shareable,
        maxAsyncRequests: 100,
        cacheGroups: {
          ...(splitChunks.cacheGroups || {}),
          firstCommon: { name: 'first-common', test: firstCommonModule(screens), chunks: 'async', priority: 30, enforce: true },
          shared: { test: /[\\/]lib[\\/](lists|data[\\/]sp|domain)[\\/]|[\\/]node_modules[\\/]@pnp[\\/]sp[\\/]/, chunks: (chunk) => shareable(chunk) && !chunk.canBeInitial(), minChunks: 2, priority: 20, minSize: 3000, minSizeReduction: 0, minRemainingSize: 0, reuseExistingChunk: true },
        },
      },
    };
    config.plugins.push(
      // Fluent's BaseButton gets a ContextualMenu that loads when a menu first opens (src/ui/fluent/contextualMenuOnDemand.tsx).
      new webpack.NormalModuleReplacementPlugin(/^\.\.\/\.\.\/ContextualMenu$/, (resource) => {
        if (/[\\/]@fluentui[\\/]react[\\/]lib[\\/]components[\\/]Button[\\/]BaseButton\.js$/.test(resource.contextInfo.issuer || '')) {
          resource.request = path.join(__dirname, 'lib', 'ui', 'fluent', 'contextualMenuOnDemand.js');
        }
      }),
      // release/bundle-graph.json: what each entry and chunk group loads (read by `npm run bench:bundle`).
      new BundleGraphPlugin(path.join(__dirname, 'release', 'bundle-graph.json')),
    );
    return config;
  },
});

build.initialize(require('gulp'));
