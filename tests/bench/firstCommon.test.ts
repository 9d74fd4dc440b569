/**
 * gulpfile.js's `first-common` chunk group is a hand-written list of modules (tools/bundle/firstCommon.js). A module
 * renamed or moved would silently drop out of it (and back into a copy per web part): this fails instead. Each entry
 * is matched, with the pattern the gulpfile gives webpack, against the paths webpack sees: lib/<path>.js for every
 * src/<path>.ts(x) (the build compiles src into lib, and webpack bundles lib), and the files of node_modules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, sep } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIRST_COMMON, KEPT_OUT, entryPattern, firstCommonTest, firstCommonModule } = require('../../tools/bundle/firstCommon') as {
  FIRST_COMMON: readonly string[];
  KEPT_OUT: readonly string[];
  entryPattern: (entry: string) => string;
  firstCommonTest: (entries?: readonly string[]) => RegExp;
  firstCommonModule: (screens: readonly Screen[]) => (module: FakeModule, context: { chunkGraph: FakeChunkGraph }) => boolean;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstScreens } = require('../../tools/bundle/firstScreens') as { firstScreens: (root: string) => Screen[] };

interface Screen {
  alias: string;
  bundle: string;
  firstChunkGroups: string[];
}
interface FakeModule {
  nameForCondition: () => string;
}
interface FakeChunkGraph {
  getModuleChunksIterable: (m: FakeModule) => Iterable<{ groupsIterable: Iterable<{ name: string }> }>;
}

const root = join(__dirname, '..', '..');

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)])) : [];

/** What webpack bundles of our own code: src/x/y.ts(x) compiled to lib/x/y.js (declaration files compile to nothing). */
const libModules = filesUnder(join(root, 'src'))
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => join(root, 'lib', relative(join(root, 'src'), f)).replace(/\.tsx?$/, '.js'));

/** The packages' files under the folders the list names (only those: node_modules is large). */
const packageFiles = (entries: readonly string[]): string[] =>
  entries.filter((e) => e.startsWith('node_modules/')).flatMap((e) => filesUnder(join(root, ...e.split('/').filter(Boolean))));

const unmatched = (entries: readonly string[], paths: readonly string[]): string[] =>
  entries.filter((entry) => {
    const pattern = new RegExp(entryPattern(entry));
    return !paths.some((p) => pattern.test(p));
  });

describe("gulpfile.js's first-common chunk group", () => {
  const paths = [...libModules, ...packageFiles(FIRST_COMMON)];

  it('names only modules that exist: each entry matches a module webpack bundles', () => {
    expect(libModules.length).toBeGreaterThan(100);
    expect(unmatched(FIRST_COMMON, paths)).toEqual([]);
    expect(unmatched(KEPT_OUT, libModules)).toEqual([]);
  });

  describe('takes in what the first screens of two or more web parts read', () => {
    const screens: Screen[] = [
      { alias: 'A', bundle: 'b', firstChunkGroups: ['view-a', 'data-x'] },
      { alias: 'B', bundle: 'b', firstChunkGroups: ['view-b', 'data-x'] },
      { alias: 'C', bundle: 'b', firstChunkGroups: ['view-c'] },
    ];
    const test = firstCommonModule(screens);
    const lib = (path: string): string => join(root, 'lib', ...path.split('/'));
    /** A module at `path`, in chunks that belong to the named chunk groups (one chunk per list). */
    const run = (path: string, ...chunks: string[][]): boolean =>
      test({ nameForCondition: () => path }, { chunkGraph: { getModuleChunksIterable: () => chunks.map((gs) => ({ groupsIterable: gs.map((name) => ({ name })) })) } });

    it('a module in two web parts’ view chunks, or in a data chunk two first screens name, is in', () => {
      expect(run(lib('domain/x/rule.js'), ['view-a'], ['view-c'])).toBe(true);
      expect(run(lib('domain/x/rule.js'), ['data-x'])).toBe(true);
    });

    it('a module one first screen reads, or that others load only on demand, is not', () => {
      expect(run(lib('domain/x/rule.js'), ['view-a'])).toBe(false);
      expect(run(lib('domain/x/rule.js'), ['view-a'], ['pips-form'], ['attendance-week'])).toBe(false);
      expect(run(lib('domain/x/rule.js'))).toBe(false);
    });

    it('the list is in whoever reads it; KEPT_OUT is out however many read it', () => {
      expect(run(lib('domain/pupils/pupil.js'))).toBe(true);
      expect(run(lib(`${KEPT_OUT[0].slice('lib/'.length)}.js`), ['view-a'], ['view-b'], ['view-c'])).toBe(false);
    });

    it('reads every web part’s first screen from the sources: twelve web parts, each with its view', () => {
      const real = firstScreens(root);
      expect(real).toHaveLength(12);
      for (const s of real) expect(s.firstChunkGroups.some((g) => g.startsWith('view-'))).toBe(true);
      expect(real.find((s) => s.alias === 'PipsWebPart')?.firstChunkGroups).toEqual(expect.arrayContaining(['view-pips', 'data-pips', 'data-pupils']));
    });
  });

  it('gives webpack a test that takes in each entry’s modules, whichever separator the path has', () => {
    const inGroup = firstCommonTest();
    for (const entry of FIRST_COMMON) {
      const pattern = new RegExp(entryPattern(entry));
      const matched = paths.filter((p) => pattern.test(p));
      expect(matched.filter((p) => !inGroup.test(p))).toEqual([]);
      expect(matched.filter((p) => !inGroup.test(p.split(sep).join('\\')))).toEqual([]);
    }
  });

  it('takes in no module the list does not name (a module is not caught by a longer or shorter name)', () => {
    const inGroup = firstCommonTest();
    const named = (p: string): boolean => FIRST_COMMON.some((e) => new RegExp(entryPattern(e)).test(p));
    expect(libModules.filter((p) => inGroup.test(p) !== named(p))).toEqual([]);
    expect(inGroup.test(join(root, 'lib', 'domain', 'pupils', 'pupilHistory.js'))).toBe(false);
    expect(inGroup.test(join(root, 'lib', 'domain', 'pupils', 'pupil.js'))).toBe(true);
  });

  it('would fail for an entry whose module was renamed, and for an entry of neither kind', () => {
    expect(unmatched([...FIRST_COMMON, 'lib/domain/settings/renamedAway', 'node_modules/no-such-package/'], paths)).toEqual([
      'lib/domain/settings/renamedAway',
      'node_modules/no-such-package/',
    ]);
    // A folder under lib/ would match no module (the pattern ends in `.js`): not a kind of entry.
    expect(() => entryPattern('lib/data/sp/confidential/')).toThrow(/neither/);
    expect(new Set(FIRST_COMMON).size).toBe(FIRST_COMMON.length);
  });

  it('is the list gulpfile.js gives the first-common cache group', () => {
    const gulpfile = readFileSync(join(root, 'gulpfile.js'), 'utf8');
    expect(gulpfile).toMatch(/require\('\.\/tools\/bundle\/firstCommon'\)/);
    expect(gulpfile).toMatch(/const screens = firstScreens\(__dirname\);/);
    expect(gulpfile).toMatch(/name: 'first-common', test: firstCommonModule\(screens\)/);
  });
});
