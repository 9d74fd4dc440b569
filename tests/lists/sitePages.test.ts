/** The declared site pages name real web parts: each id is a manifest's id, with its own title. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SITE_PAGES, WEB_PARTS, pageFileName } from '../../src/lists';

const ROOT = join(__dirname, '../../src/webparts');

function manifests(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of readdirSync(ROOT)) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.manifest.json'))) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const m = JSON.parse(text) as { id: string; preconfiguredEntries?: { title: { default: string } }[] };
      out.set(m.id, m.preconfiguredEntries?.[0]?.title.default ?? '');
    }
  }
  return out;
}

describe('site pages declaration', () => {
  it('places only web parts of this solution, by their manifest id and title', () => {
    const known = manifests();
    for (const wp of Object.values(WEB_PARTS)) expect({ id: wp.id, title: known.get(wp.id) }).toEqual({ id: wp.id, title: wp.title });
  });

  it('names each page once, without spaces, and gives exactly one page to the home schools', () => {
    const names = SITE_PAGES.map((p) => pageFileName(p).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[a-z0-9-]+\.aspx$/.test(n))).toBe(true);
    expect(SITE_PAGES.filter((p) => p.access === 'homeSchools').map((p) => p.key)).toEqual(['homeSchool']);
  });
});
