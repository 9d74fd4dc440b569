/**
 * PnPjs adds most of its API to SPFI's objects as a side effect of a selective import ('@pnp/sp/folders' adds
 * web.getFolderByServerRelativePath, …). pnpSetup.ts imports only what every web part's first reads need (webs, lists,
 * items, batching); every other feature is imported by each module that calls it, through its small module in
 * src/data/sp/pnp/, so it arrives with that module's chunk (or, for a feature only a write or a download needs, loaded
 * then with `await loadPnpFiles()` from src/data/sp/pnp/onDemand.ts). TypeScript cannot see a missing one (an augmentation
 * imported anywhere is visible everywhere), and the tests would not either (tests/support/emulator.ts imports them
 * all): the page would fail with "… is not a function" only when that chunk happened to load first. This test reads
 * every source file and fails when a file calls a feature it does not import itself.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const FEATURES: Record<string, readonly RegExp[]> = {
  folders: [/\.getFolderByServerRelativePath\(/, /\.getFolderById\(/, /\.rootFolder\b/, /\bweb\.folders\b/],
  files: [/\.getFileByServerRelativePath\(/, /\.getFileById\(/, /\.getFileByUrl\(/, /\)\.files\./],
  security: [
    /\.roleAssignments\b/,
    /\b(web|\))\.roleDefinitions\b/,
    /\.(break|reset)RoleInheritance\(/,
    /[uU]serHasPermissions\(/,
    /\.hasPermissions\(/,
    /EffectivePermissions\(/,
    /\bfirstUniqueAncestorSecurableObject\b/,
  ],
  siteUsers: [/\.siteUsers\b/, /\.ensureUser\(/, /\.getUserById\(/, /\bweb\.currentUser\b/],
  siteGroups: [/\.siteGroups\b/, /\.associated(Owner|Member|Visitor)Group\b/, /\.createDefaultAssociatedGroups\(/],
  regionalSettings: [/\b(web|\))\.regionalSettings\b/],
  fields: [/\b(web|list|\))\.(available)?fields\.(select|filter|getBy\w+|add\w*|create\w*|top|orderBy|expand)\((?!\s*\()/, /\.fields\(\)/, /\.fields</],
  views: [/\.views\.(getBy\w+|add|select|filter|expand|top|orderBy)\(/, /\.views\(\)/, /\.defaultView\b/, /\.getView\(/],
  siteScripts: [/\.siteScripts\b/, /\.getSiteScript\(/],
};

const ROOT = join(__dirname, '..', '..', '..');
const SETUP = join(ROOT, 'src', 'data', 'sp', 'pnpSetup.ts');
/** The product, local mode's workbench and seeders, and the tools (the emulator is the server: it calls no PnPjs). */
const SCANNED = ['src', 'local', 'tools'].map((d) => join(ROOT, d));
const SERVER = join(ROOT, 'local', 'emulator');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === SERVER || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may name an API it does not call). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function missingFeatures(text: string): string[] {
  const body = code(text);
  return Object.entries(FEATURES)
    .filter(([, uses]) => uses.some((re) => re.test(body)))
    .filter(([feature]) => !new RegExp(`(from |import )'[\\w./]*/pnp/${feature}'`).test(body))
    .filter(([feature]) => !(new RegExp(`\\bawait (Promise\\.all\\(\\[[^\\]]*)?loadPnp${feature[0].toUpperCase()}${feature.slice(1)}\\(`).test(body) && /from '[\w./]*\/pnp\/onDemand'/.test(body)))
    .map(([feature]) => feature);
}

describe('PnPjs features are imported where they are used', () => {
  it('finds a call to a feature the file does not import (the check can fail)', () => {
    expect(missingFeatures("await sp.web.getFolderByServerRelativePath(root).files.addUsingPath(n, c);")).toEqual(['folders', 'files']);
    expect(missingFeatures("import './pnp/folders';\nimport './pnp/files';\nawait sp.web.getFolderByServerRelativePath(root).files.addUsingPath(n, c);")).toEqual([]);
    expect(missingFeatures("import { loadPnpFiles } from './pnp/onDemand';\nawait loadPnpFiles();\nawait sp.web.getFileByServerRelativePath(u).getBuffer();")).toEqual([]);
    expect(missingFeatures("import { loadPnpFiles } from './pnp/onDemand';\nawait sp.web.getFileByServerRelativePath(u).getBuffer();")).toEqual(['files']);
    expect(missingFeatures("const perms = await list.getCurrentUserEffectivePermissions();")).toEqual(['security']);
    expect(missingFeatures("// web.ensureUser finds them\nconst x = def.fields.filter((f) => f.indexed);")).toEqual([]);
    expect(missingFeatures("const f = await sp.web.lists.getByTitle(t).fields.select('InternalName')();")).toEqual(['fields']);
  });

  it('every file of src, local and tools imports, from src/data/sp/pnp, each PnPjs feature it calls', () => {
    const problems = SCANNED.flatMap(sourceFiles)
      .filter((path) => path !== SETUP)
      .map((path) => ({ file: relative(ROOT, path), missing: missingFeatures(readFileSync(path, 'utf8')) }))
      .filter((p) => p.missing.length > 0)
      .map((p) => `${p.file}: import ${p.missing.map((f) => `pnp/${f}`).join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('pnpSetup.ts, which every web part loads first, imports only what first reads need', () => {
    const imports = [...readFileSync(SETUP, 'utf8').matchAll(/^import '(@pnp\/sp\/[^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['@pnp/sp/webs', '@pnp/sp/lists', '@pnp/sp/items', '@pnp/sp/batching']);
  });

  it("package.json keeps src/data/sp/pnp's imports (webpack and esbuild drop an import of a module they think has no side effects)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { sideEffects: string[] };
    expect(pkg.sideEffects).toContain('**/data/sp/pnp/*');
  });
});
