/**
 * A repository split into reads and writes (dataModules: `x` and `xWrite`) keeps its write code out of the read
 * chunk a first screen loads (issue 18): the reads module, followed through its static imports, reaches neither the
 * whole repository nor the code only writes run (the exactly-once add, the folder writer, the item updater, the
 * field payloads, the mappers' write half), and neither does any module a web part's first screen reads (`firstData`);
 * the letters' and schools' reads load none of PnPjs's folder, file, security or site-group code.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { closure, SRC } from '../support/importClosure';

/** Code only writes run: the exactly-once add, the folder writer, the item updater, the mappers' write half and the field payloads. */
const WRITE_CODE = ['data/sp/exactlyOnce.ts', 'data/sp/folderWriter.ts', 'data/sp/itemUpdater.ts', 'data/sp/recordWriter.ts', 'data/sp/fieldWriter.ts', 'data/sp/pips/pipWriters.ts'];

/** name → module path (relative to src/) of each entry of dataModules.ts. */
function dataModules(): Map<string, string> {
  const text = readFileSync(join(SRC, 'composition', 'dataModules.ts'), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\s*(\w+): \(\) => import\(\/\* webpackChunkName: '[\w-]+' \*\/ '([^']+)'\)/gm)) out.set(m[1], join('composition', m[2]).replace(/\\/g, '/'));
  return out;
}

/** Every data module a web part names in its `firstData` (what its first screen reads). */
function firstData(): Set<string> {
  const dir = join(SRC, 'webparts');
  const names = new Set<string>();
  for (const part of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, part)).filter((f) => f.endsWith('WebPart.ts'))) {
      const list = /firstData: readonly DataModule\[\] = \[([^\]]*)\]/.exec(readFileSync(join(dir, part, file), 'utf8'));
      for (const m of list?.[1].matchAll(/'(\w+)'/g) ?? []) names.add(m[1]);
    }
  }
  return names;
}

const modules = dataModules();
const split = [...modules.keys()].filter((name) => modules.has(`${name}Write`));

describe('the read chunks of the repositories split into reads and writes', () => {
  it('finds the split repositories, among them support plans, schools and letters', () => {
    expect(split).toEqual(expect.arrayContaining(['pupils', 'attendance', 'pips', 'targets', 'supportPlans', 'schools', 'letters', 'laReturns']));
  });

  it.each(split)('%s: its reads do not import its writes or the write-only code', (name) => {
    const reads = closure(`${modules.get(name)}.ts`);
    const whole = `${modules.get(`${name}Write`)!}.ts`;
    expect(reads.size).toBeGreaterThan(1);
    expect(reads).toContain('data/sp/listReader.ts');
    expect([...reads]).not.toContain(whole);
    for (const file of WRITE_CODE) expect([...reads]).not.toContain(file);
  });

  it.each([...firstData()])("%s, which a first screen reads, imports none of the write code", (name) => {
    expect(modules.has(name)).toBe(true);
    const reads = closure(`${modules.get(name)!}.ts`);
    for (const file of WRITE_CODE) expect([...reads]).not.toContain(file);
  });

  it('names the first screens\' data modules (the walk above is not empty)', () => {
    expect([...firstData()]).toEqual(expect.arrayContaining(['pupils', 'settings', 'userAccess', 'leadershipReports', 'schools', 'supportPlans']));
  });

  it("Today's first screen, whose chunk holds the reads it makes (todayData.ts), imports none of the write code", () => {
    const today = closure('webparts/today/components/todayData.ts');
    expect(today).toContain('data/sp/pips/LaReturnReads.ts');
    expect(today).not.toContain('data/sp/pips/LaReturnRepository.ts');
    expect(today).toContain('data/sp/send/SupportPlanReads.ts');
    for (const file of WRITE_CODE) expect([...today]).not.toContain(file);
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
