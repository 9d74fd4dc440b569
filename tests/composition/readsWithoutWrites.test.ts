/**
 * A repository split into reads and writes (dataModules: `x` and `xWrite`) keeps its write code out of the read
 * chunk a first screen loads (issue 18): the reads module, followed through its static imports, reaches neither the
 * whole repository nor the code only writes run (the exactly-once add, the folder writer, the item updater, the
 * field payloads), and the letters' and schools' reads none of PnPjs's folder, file, security or site-group code.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { closure, SRC } from '../support/importClosure';

const WRITE_CODE = ['data/sp/exactlyOnce.ts', 'data/sp/folderWriter.ts', 'data/sp/itemUpdater.ts'];

/** name → module path (relative to src/) of each entry of dataModules.ts. */
function dataModules(): Map<string, string> {
  const text = readFileSync(join(SRC, 'composition', 'dataModules.ts'), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\s*(\w+): \(\) => import\(\/\* webpackChunkName: '[\w-]+' \*\/ '([^']+)'\)/gm)) out.set(m[1], join('composition', m[2]).replace(/\\/g, '/'));
  return out;
}

const modules = dataModules();
const split = [...modules.keys()].filter((name) => modules.has(`${name}Write`));

describe('the read chunks of the repositories split into reads and writes', () => {
  it('finds the split repositories, among them support plans, schools and letters', () => {
    expect(split).toEqual(expect.arrayContaining(['pupils', 'attendance', 'pips', 'targets', 'supportPlans', 'schools', 'letters']));
  });

  it.each(split)('%s: its reads do not import its writes or the write-only code', (name) => {
    const reads = closure(`${modules.get(name)}.ts`);
    const whole = `${modules.get(`${name}Write`)!}.ts`;
    expect(reads.size).toBeGreaterThan(1);
    expect(reads).toContain('data/sp/listReader.ts');
    expect([...reads]).not.toContain(whole);
    for (const file of WRITE_CODE) expect([...reads]).not.toContain(file);
  });

  it("reads letters without PnPjs's folders, files or security and without the letters' folder code", () => {
    const reads = closure('data/sp/pips/LetterReads.ts');
    for (const file of ['data/sp/pnp/folders.ts', 'data/sp/pnp/files.ts', 'data/sp/pnp/security.ts', 'data/sp/pips/letterFolders.ts']) expect(reads).not.toContain(file);
  });

  it("reads schools without the site groups' PnPjs code or the staff groups", () => {
    const reads = closure('data/sp/SchoolReads.ts');
    for (const file of ['data/sp/pnp/siteGroups.ts', 'data/sp/access/SchoolGroupService.ts', 'composition/onDemand/schoolData.ts']) expect(reads).not.toContain(file);
  });
});
