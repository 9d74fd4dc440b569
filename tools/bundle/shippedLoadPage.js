/* The page side of `npm run package:load` (tools/bundle/shippedLoad.ts), run in headless Chromium after React's and
 * ReactDOM's UMD builds. It stands in for SharePoint's module loader: an AMD `define` for the shipped entry bundle,
 * the SPFx modules the entry asks for as small stand-ins (only what the classes use before they render), and
 * webpack's own runtime (reached through its JSONP array) to load chunks by id and evaluate modules. */
'use strict';
(function () {
  var defined = [];
  // Only the shipped entry calls define: React and ReactDOM are loaded (as globals) before this script.
  window.define = function (deps, factory) {
    defined.push({ deps: deps, factory: factory });
  };
  window.define.amd = {};

  var problems = [];
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + describe(e.reason));
  });

  function describe(e) {
    if (e instanceof Error) {
      var text = e.name + ': ' + e.message.replace(/\s*\n\s*/g, ' ');
      // webpack's require of an id no loaded chunk registered: `__webpack_modules__[id]` is undefined.
      if (/^TypeError: [\w$]+\[[\w$]+\] is not a function$/.test(text)) text += " (likely webpack's require of a module that none of the chunks loaded holds)";
      return text;
    }
    if (e && typeof e === 'object' && e.type) return 'event ' + e.type + (e.target && e.target.src ? ' for ' + e.target.src : '');
    return String(e);
  }

  function withTimeout(promise, ms, what) {
    return new Promise(function (resolve, reject) {
      var t = setTimeout(function () {
        reject(new Error(what + ' did not settle within ' + ms / 1000 + ' s'));
      }, ms);
      promise.then(
        function (v) {
          clearTimeout(t);
          resolve(v);
        },
        function (e) {
          clearTimeout(t);
          reject(e);
        },
      );
    });
  }

  /** A SharePoint theme's colour, to see the web part apply the site's theme to its element. */
  var THEME_PRIMARY = '#8a2be2';
  /** Not a site address: the real openPathwaysSite says so without a request, and the web part shows SiteProblem. */
  var NOT_A_SITE = 'not-a-site-address';

  /**
   * SPFx's base class as far as PathwaysWebPart uses it: its context (a SharePoint page outside Teams: no Teams SDK;
   * a theme; a Graph client factory whose client is never used before a site is found; the loading indicator), its
   * element, its properties (the site address set to one that is not) and onInit.
   */
  class BaseClientSideWebPart {
    constructor() {
      var element = document.createElement('div');
      document.body.appendChild(element);
      var loading = [];
      this.__stub = { element: element, loading: loading, properties: { pathwaysSiteUrl: NOT_A_SITE } };
      this.__stub.context = {
        sdks: {},
        serviceScope: {
          consume: function (key) {
            if (key !== spfx['@microsoft/sp-component-base'].ThemeProvider.serviceKey) throw new Error('consume() of a service this check does not provide');
            return {
              tryGetTheme: function () {
                return { palette: { themePrimary: THEME_PRIMARY } };
              },
            };
          },
        },
        statusRenderer: {
          displayLoadingIndicator: function (el, text) {
            loading.push('shown: ' + text);
          },
          clearLoadingIndicator: function () {
            loading.push('cleared');
          },
        },
        msGraphClientFactory: {
          getClient: function () {
            return Promise.resolve({});
          },
        },
        aadHttpClientFactory: {
          getClient: function () {
            return Promise.reject(new Error('no AadHttpClient in this check'));
          },
        },
        pageContext: {
          web: { absoluteUrl: location.origin + '/sites/pathways' },
          user: { email: 'check@example.org', displayName: 'Shipped package check', isExternalGuestUser: false },
        },
      };
    }
    get context() {
      return this.__stub.context;
    }
    get domElement() {
      return this.__stub.element;
    }
    get properties() {
      return this.__stub.properties;
    }
    onInit() {
      return Promise.resolve();
    }
  }
  var spfx = {
    'react': window.React,
    'react-dom': window.ReactDOM,
    '@microsoft/sp-core-library': {
      Version: {
        parse: function (v) {
          return { version: String(v) };
        },
      },
    },
    '@microsoft/sp-webpart-base': { BaseClientSideWebPart: BaseClientSideWebPart },
    '@microsoft/sp-property-pane': {
      PropertyPaneTextField: function (targetProperty, properties) {
        return { type: 'TextField', targetProperty: targetProperty, properties: properties };
      },
    },
    '@microsoft/sp-http': { AadHttpClient: { configurations: { v1: {} } } },
    '@microsoft/sp-component-base': { ThemeProvider: { serviceKey: {} } },
  };

  var state = { exports: undefined, require: undefined };

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () {
        resolve();
      };
      s.onerror = function () {
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(s);
    });
  }

  /** Loads the entry like SharePoint's loader (a script tag, so webpack's public path is the script's folder). */
  async function loadEntry(src) {
    await addScript(src);
    if (defined.length !== 1) throw new Error('the entry called define ' + defined.length + ' times (expected once)');
    var d = defined[0];
    var missing = d.deps.filter(function (x) {
      return !(x in spfx);
    });
    if (missing.length > 0) throw new Error('the entry asks for modules this check does not provide: ' + missing.join(', '));
    state.exports = d.factory.apply(
      undefined,
      d.deps.map(function (x) {
        return spfx[x];
      }),
    );
    // webpack's JSONP runtime calls a chunk's third member with its require function: a chunk of nothing but that.
    var jsonp = Object.keys(self).filter(function (k) {
      return k.indexOf('webpackJsonp') === 0 || k.indexOf('webpackChunk') === 0;
    });
    if (jsonp.length !== 1) throw new Error('expected one webpack chunk array on the page, found ' + jsonp.length);
    self[jsonp[0]].push([
      ['shipped-load-probe'],
      {},
      function (r) {
        state.require = r;
      },
    ]);
    if (!state.require) throw new Error("webpack's runtime did not answer the probe chunk");
    return { deps: d.deps, exportNames: Object.keys(state.exports || {}).sort(), jsonp: jsonp[0] };
  }

  /** The entry's `dataModules` (src/composition/dataModules.ts): the exported object whose members are all the loaders named. */
  function findDataModules(names) {
    var r = state.require;
    var found = [];
    Object.keys(r.m).forEach(function (id) {
      var source = String(r.m[id]);
      if (
        !names.every(function (n) {
          return source.indexOf(n) >= 0;
        })
      )
        return;
      var mod = r(id);
      Object.keys(mod).forEach(function (k) {
        var v = mod[k];
        if (
          v &&
          typeof v === 'object' &&
          names.every(function (n) {
            return typeof v[n] === 'function';
          }) &&
          Object.keys(v).length === names.length
        )
          found.push(v);
      });
    });
    if (found.length !== 1) throw new Error('expected one dataModules object in the entry, found ' + found.length);
    return found[0];
  }

  /**
   * One web part's first screen: the class from the entry's export, constructed; its property pane and data version
   * (the SPFx members it uses); its `firstData` modules through the real dataModules loaders (as preloadData) and its
   * `loadContent()` together; the content function called once (a React element, not rendered). Then another
   * instance started as SharePoint starts it (onInit, render, onDispose) with a site address that is not one: it must
   * show why, in the site's theme, with no request made (no site is found, so nothing is read).
   */
  async function firstScreen(exportName, dataNames, timeoutMs) {
    try {
      return await firstScreenOf(exportName, dataNames, timeoutMs);
    } catch (e) {
      throw new Error(describe(e));
    }
  }

  async function firstScreenOf(exportName, dataNames, timeoutMs) {
    var exp = state.exports[exportName];
    if (!exp || typeof exp.default !== 'function') throw new Error('the entry exports no class as ' + exportName + '.default');
    var Cls = exp.default;
    var wp = new Cls();
    if (!(wp instanceof BaseClientSideWebPart)) throw new Error('the class does not extend BaseClientSideWebPart');
    if (typeof wp.loadContent !== 'function') throw new Error('the class has no loadContent()');
    var pane = wp.getPropertyPaneConfiguration();
    if (!pane || !Array.isArray(pane.pages) || pane.pages.length === 0) throw new Error('getPropertyPaneConfiguration() gave no pages');
    var version = wp.dataVersion;
    if (!version || !version.version) throw new Error('dataVersion gave no version');
    var firstData = Array.isArray(wp.firstData) ? wp.firstData.slice() : undefined;
    if (!firstData) throw new Error('the instance has no firstData array');
    var data = firstData.length > 0 ? findDataModules(dataNames) : undefined;
    var results = await withTimeout(
      Promise.all(
        [wp.loadContent()].concat(
          firstData.map(function (n) {
            if (!data[n]) throw new Error('firstData names ' + n + ', which dataModules does not have');
            return data[n]();
          }),
        ),
      ),
      timeoutMs,
      'loadContent() and the firstData loaders',
    );
    var content = results[0];
    if (typeof content !== 'function') throw new Error('loadContent() resolved to ' + typeof content + ', not a function');
    var element = content();
    if (!window.React.isValidElement(element)) throw new Error('the content function did not return a React element');

    // Then as SharePoint starts a web part: a second instance's real onInit() (the theme, the loading indicator,
    // preloadData, loadContent and the search for the site, which finds the address is not one) and render().
    var shown = new Cls();
    await withTimeout(shown.onInit(), timeoutMs, 'onInit()');
    shown.render();
    var text = shown.domElement.textContent || '';
    if (text.indexOf('could not load its screens') >= 0) throw new Error('after onInit(), render() says: ' + text);
    if (text.indexOf('Pathways Hub cannot open its site') < 0 || text.indexOf(NOT_A_SITE) < 0) {
      throw new Error('after onInit() with a site address that is not one, render() did not show why (it shows "' + text.slice(0, 200) + '")');
    }
    if (shown.domElement.style.getPropertyValue('--pw-themePrimary') !== THEME_PRIMARY) throw new Error("onInit() did not apply the site's theme to the web part's element");
    var loading = shown.__stub.loading.join(', ');
    if (loading !== 'shown: Pathways Hub, cleared') throw new Error('the loading indicator went: ' + loading);
    shown.onDispose();
    if (shown.domElement.childNodes.length !== 0) throw new Error('onDispose() left content in the web part\'s element');
    return { firstData: firstData, problems: problems.slice() };
  }

  /** Every dataModules loader (the real functions the services call), one after another. */
  async function dataLoaders(names, timeoutMs) {
    var data = findDataModules(names);
    var failed = [];
    for (var i = 0; i < names.length; i++) {
      try {
        var mod = await withTimeout(data[names[i]](), timeoutMs, 'dataModules.' + names[i] + '()');
        if (!mod || typeof mod !== 'object' || Object.keys(mod).length === 0) failed.push(names[i] + ': resolved to no exports');
      } catch (e) {
        failed.push(names[i] + ': ' + describe(e));
      }
    }
    return { failed: failed, problems: problems.slice() };
  }

  /** Runs webpack's loaders in order (each: load its chunks by id, then evaluate its module), as clicks would. */
  async function runLoaders(steps, timeoutMs) {
    var r = state.require;
    for (var i = 0; i < steps.length; i++) {
      var s = steps[i];
      var what = 'loader ' + s.chunkIds.join('+') + ' → module ' + s.moduleId;
      try {
        await withTimeout(Promise.all(s.chunkIds.map(r.e)), timeoutMs, what);
        if (!r.m[s.moduleId]) throw new Error('module ' + s.moduleId + ' is in none of the chunks loaded');
        var mod = r(s.moduleId);
        if (!mod || typeof mod !== 'object') throw new Error('module ' + s.moduleId + ' gave no exports');
      } catch (e) {
        return { failedAt: i, error: what + ': ' + describe(e), problems: problems.slice() };
      }
    }
    return { failedAt: -1, problems: problems.slice() };
  }

  /**
   * Every chunk id webpack's runtime knows, with its file: the ids are the keys of the maps in its `r.u` (chunk id to
   * file name: `e=>"chunk."+({57:"learning-logs-offline",…}[e]||e)+"_"+{57:"59e57dd2",…}[e]+".js"`).
   */
  function chunkFiles() {
    var u = state.require.u;
    var ids = {};
    var maps = String(u).match(/\{[^{}]*\}/g) || [];
    maps.forEach(function (m) {
      (m.match(/[{,]\s*"?([0-9][0-9.e]*)"?\s*:/g) || []).forEach(function (k) {
        ids[Number(k.replace(/[{,\s":]/g, ''))] = true;
      });
    });
    var list = Object.keys(ids)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      });
    if (list.length === 0) throw new Error("could not read the chunk ids from webpack's runtime (r.u): " + String(u).slice(0, 200));
    return list.map(function (id) {
      return { id: id, file: u(id) };
    });
  }

  /**
   * Every chunk by id, one after another (noting which file brought each module), then every module evaluated:
   * proves each chunk id is registered by the file webpack loads for it, and no module throws when evaluated in the
   * browser. (A file that holds another chunk's modules too registers both ids: that other chunk's own file is then
   * not fetched here; tools/bundle/shippedLoad.ts loads such files in a fresh page.)
   */
  async function everything(ids, timeoutMs) {
    var r = state.require;
    var fileOfModule = {};
    var failedChunks = [];
    for (var i = 0; i < ids.length; i++) {
      var known = {};
      Object.keys(r.m).forEach(function (k) {
        known[k] = true;
      });
      try {
        // Resolves once a loaded file has registered this chunk id (webpack rejects a file that does not).
        await withTimeout(r.e(ids[i]), timeoutMs, 'chunk ' + ids[i]);
      } catch (e) {
        failedChunks.push(r.u(ids[i]) + ': ' + describe(e));
      }
      Object.keys(r.m).forEach(function (k) {
        if (!known[k]) fileOfModule[k] = r.u(ids[i]);
      });
    }
    var failedModules = [];
    var modules = Object.keys(r.m);
    modules.forEach(function (id) {
      try {
        r(id);
      } catch (e) {
        failedModules.push('module ' + id + ' (' + (fileOfModule[id] || 'the entry') + '): ' + describe(e));
      }
    });
    return { modules: modules.length, failedChunks: failedChunks, failedModules: failedModules, problems: problems.slice() };
  }

  /** One chunk by id, first in the page (so its own file is fetched), its modules not evaluated. */
  async function loadChunk(id, timeoutMs) {
    await withTimeout(state.require.e(id), timeoutMs, 'chunk ' + id);
    return { problems: problems.slice() };
  }

  window.shippedLoad = {
    loadChunk: loadChunk,
    loadEntry: loadEntry,
    firstScreen: firstScreen,
    dataLoaders: dataLoaders,
    runLoaders: runLoaders,
    chunkFiles: chunkFiles,
    everything: everything,
  };
})();
