'use strict';

const path = require('path');
const webpack = require('webpack');
const build = require('@microsoft/sp-build-web');
const { BundleGraphPlugin } = require('./tools/bundle/bundleGraphPlugin');

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
    // The list schema and data plumbing every repository's `data-…` chunk uses, in ONE chunk (`core-data`), and each
    // area of the rules (src/domain/<area>) in one chunk of its own that the views and repositories using it share:
    // a page loads each once, instead of a copy of each small module in every chunk that uses it.
    const splitChunks = (config.optimization && config.optimization.splitChunks) || {};
    config.optimization = {
      ...config.optimization,
      splitChunks: {
        ...splitChunks,
        cacheGroups: {
          ...(splitChunks.cacheGroups || {}),
          coreData: { test: /[\\/]lib[\\/](lists|data[\\/]sp)[\\/]/, chunks: 'async', minChunks: 2, name: 'core-data', priority: 20, enforce: true },
          domain: {
            test: /[\\/]lib[\\/]domain[\\/]/,
            chunks: 'async',
            minChunks: 2,
            name: (module) => `domain-${/[\\/]lib[\\/]domain[\\/]([\w-]+)/.exec(module.resource || '')[1]}`,
            priority: 20,
            enforce: true,
          },
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
