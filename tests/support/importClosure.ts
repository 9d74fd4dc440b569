/**
 * What a module brings into its chunk, followed through the source as webpack follows it (static imports, side-effect imports too, not
 * `import type`, not `import()`; a name imported from the domain's index from the module that defines it, as webpack
 * does for a package without side effects). Paths are relative to src/, with forward slashes. Used by
 * tests/webparts/today/firstLoadImports.test.ts and tests/composition/readsWithoutWrites.test.ts.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join, normalize, relative } from 'path';

export const SRC = join(__dirname, '..', '..', 'src');

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f));
}

const texts = new Map<string, string>();
function source(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    texts.set(file, text);
  }
  return text;
}

/** The module that defines `name`, following `export *` and `export { … } from` (webpack's side-effect-free re-exports). */
function definer(file: string, name: string): string | undefined {
  const text = source(file);
  if (new RegExp(`export\\s+(declare\\s+)?(const|let|function|class|enum|async function|abstract class)\\s+${name}\\b`).test(text)) return file;
  for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const part of m[1].split(',')) {
      const [orig, alias] = part.trim().split(/\s+as\s+/);
      const target = resolve(file, m[2]);
      if ((alias ?? orig) === name && target) return definer(target, orig);
    }
  }
  for (const m of text.matchAll(/export\s*\*\s*from\s*'([^']+)'/g)) {
    const target = resolve(file, m[1]);
    const found = target && definer(target, name);
    if (found) return found;
  }
  return undefined;
}

function imports(file: string): string[] {
  const out: string[] = [];
  for (const m of source(file).matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/g)) {
    const [, typeOnly, what, spec] = m;
    const target = resolve(file, spec);
    if (typeOnly || !target) continue;
    const braces = /\{([^}]*)\}/.exec(what);
    const names = braces ? braces[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')) : [];
    const onlyTypes = braces !== null && names.length === 0 && !/^\s*\w+\s*,/.test(what) && !what.includes('*');
    if (onlyTypes) continue;
    if (/[\\/]index\.tsx?$/.test(target) && names.length > 0 && !what.includes('*')) {
      for (const n of names) out.push(definer(target, n.split(/\s+as\s+/)[0]) ?? target);
    } else out.push(target);
  }
  // Imports for their side effects (PnPjs's features: `import '../pnp/files';`).
  for (const m of source(file).matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g)) {
    const target = resolve(file, m[1]);
    if (target) out.push(target);
  }
  return out;
}

export function closure(...entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(SRC, e));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...imports(file));
  }
  return new Set([...seen].map((f) => relative(SRC, f).replace(/\\/g, '/')));
}
