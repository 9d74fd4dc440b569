/** Every web part manifest names a real Fluent UI (MDL2) icon for the toolbox, and a description of its own. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const iconDir = join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'lib');

/** The icon names the MDL2 icon font defines ('ReadingMode': '\uE736' …). */
function mdl2IconNames(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(iconDir).filter((f) => /^fabric-icons(-\d+)?\.js$/.test(f))) {
    for (const m of readFileSync(join(iconDir, file), 'utf8').matchAll(/'?([A-Za-z0-9]+)'?:\s*'\\u[0-9A-Fa-f]{4}'/g)) names.add(m[1]);
  }
  return names;
}

interface Manifest {
  readonly alias: string;
  readonly preconfiguredEntries: { readonly officeFabricIconFontName?: string; readonly description: { readonly default: string } }[];
}

const manifests: Manifest[] = readdirSync(join(root, 'src', 'webparts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, 'src', 'webparts', d.name)).filter((f) => f.endsWith('.manifest.json')).map((f) => join(root, 'src', 'webparts', d.name, f)))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Manifest);

test('the MDL2 icon names are read', () => {
  expect(mdl2IconNames().has('ReadingMode')).toBe(true);
  expect(manifests.length).toBeGreaterThanOrEqual(7);
});

test.each(manifests.map((m) => [m.alias, m] as const))('%s names a real toolbox icon', (_alias, manifest) => {
  const icons = mdl2IconNames();
  for (const entry of manifest.preconfiguredEntries) {
    expect(icons.has(entry.officeFabricIconFontName ?? '')).toBe(true);
    expect(entry.description.default.length).toBeGreaterThan(10);
  }
});
