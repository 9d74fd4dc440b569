import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_DEMO_SEED, DEFAULT_DEMO_TODAY, generateDemoData } from '../../../local/demo/generateDemoData';
import { createRng, forkRng } from '../../../local/demo/random';

describe('demo data: determinism', () => {
  it('gives byte-identical output for the same seed', () => {
    const a = JSON.stringify(generateDemoData({ seed: 7 }));
    const b = JSON.stringify(generateDemoData({ seed: 7 }));
    expect(a).toBe(b);
  });

  it('uses the default seed and today when none are given', () => {
    const d = generateDemoData();
    expect(d.seed).toBe(DEFAULT_DEMO_SEED);
    expect(d.today).toBe(DEFAULT_DEMO_TODAY);
    expect(JSON.stringify(d)).toBe(JSON.stringify(generateDemoData({ seed: DEFAULT_DEMO_SEED, today: '2026-11-20' })));
  });

  it('differs for a different seed', () => {
    const a = generateDemoData({ seed: 1 });
    const b = generateDemoData({ seed: 2 });
    expect(JSON.stringify(a.pupils)).not.toBe(JSON.stringify(b.pupils));
    expect(JSON.stringify(a.attendanceMarks)).not.toBe(JSON.stringify(b.attendanceMarks));
  });

  it('rejects a bad today or seed', () => {
    expect(() => generateDemoData({ today: '20/11/2026' })).toThrow(/ISO date/);
    expect(() => generateDemoData({ seed: 1.5 })).toThrow(/whole number/);
  });

  it('has a repeatable PRNG with independent forks', () => {
    const a = createRng(123);
    const b = createRng(123);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    xs.forEach((x) => expect(x >= 0 && x < 1).toBe(true));
    expect(forkRng(123, 'pupils').next()).not.toBe(forkRng(123, 'registers').next());
    const r = createRng(5);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 6);
      expect(n >= 3 && n <= 6).toBe(true);
    }
  });

  it('never reads the clock or Math.random', () => {
    const dir = join(__dirname, '../../../local/demo');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect({ f, random: /Math\.random/.test(text), now: /Date\.now|new Date\(\)/.test(text) }).toEqual({ f, random: false, now: false });
    }
  });
});
