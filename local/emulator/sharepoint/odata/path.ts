/** One segment of a REST path: 'getByTitle('X')' → { name: 'getByTitle', lower: 'getbytitle', args: "'X'" }. */
export interface Segment {
  readonly name: string;
  readonly lower: string;
  readonly args?: string;
}

export type ArgValue = string | number | boolean | null;

export interface Args {
  readonly positional: ArgValue[];
  readonly named: Map<string, ArgValue>;
}

/** Splits on '/' outside quotes and parentheses, then percent-decodes each segment. */
export function splitSegments(rawPath: string): Segment[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const c of rawPath) {
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth += 1;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    if (c === '/' && !quoted && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += c;
  }
  if (current) parts.push(current);
  return parts.map((p) => {
    let text = p;
    try {
      text = decodeURIComponent(p);
    } catch {
      // keep the raw text
    }
    const open = text.indexOf('(');
    if (open > 0 && text.endsWith(')')) {
      const name = text.slice(0, open);
      return { name, lower: name.toLowerCase(), args: text.slice(open + 1, -1) };
    }
    return { name: text, lower: text.toLowerCase() };
  });
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') out.push(current);
  return out.map((s) => s.trim());
}

/** Parses a literal: 'text' (with '' escapes), guid'…', numbers, true/false/null, @alias (from the query string). */
export function parseArgValue(raw: string, query: URLSearchParams): ArgValue {
  const v = raw.trim();
  if (v.startsWith('@')) {
    const aliased = query.get(v);
    return aliased === null ? null : parseArgValue(aliased, query);
  }
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(v);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  if (/^null$/i.test(v)) return null;
  return v;
}

export function parseArgs(args: string | undefined, query: URLSearchParams): Args {
  const positional: ArgValue[] = [];
  const named = new Map<string, ArgValue>();
  if (!args) return { positional, named };
  for (const part of splitTopLevel(args)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*)$/.exec(part);
    if (m) named.set(m[1].toLowerCase(), parseArgValue(m[2], query));
    else positional.push(parseArgValue(part, query));
  }
  return { positional, named };
}

/** A named argument, or the positional one at index. */
export function argOf(args: Args, name: string, index = 0): ArgValue | undefined {
  return args.named.has(name.toLowerCase()) ? args.named.get(name.toLowerCase()) : args.positional[index];
}
