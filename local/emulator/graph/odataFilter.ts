/**
 * A small OData $filter evaluator over Graph JSON representations: comparisons (eq ne gt ge lt le) on
 * property paths ('start/dateTime'), and/or/not, parentheses, startswith/endswith/contains. String
 * comparisons are case-insensitive, as they are for Graph's directory and mailbox properties.
 */

export class FilterError extends Error {}

type Token = { kind: 'str' | 'num' | 'word' | 'punct'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterError('Unterminated string literal');
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += input[i++];
      }
      tokens.push({ kind: 'str', text });
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else {
      const m = /^[A-Za-z0-9_./:@$+-]+/.exec(input.slice(i));
      if (!m) throw new FilterError(`Unexpected character '${c}'`);
      const text = m[0];
      tokens.push({ kind: /^-?\d+(\.\d+)?$/.test(text) ? 'num' : 'word', text });
      i += text.length;
    }
  }
  return tokens;
}

type Value = string | number | boolean | null | undefined;
type Node =
  | { type: 'literal'; value: Value }
  | { type: 'path'; path: string[] }
  | { type: 'compare'; op: string; left: Node; right: Node }
  | { type: 'logic'; op: 'and' | 'or'; left: Node; right: Node }
  | { type: 'not'; operand: Node }
  | { type: 'call'; name: string; args: Node[] };

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith', 'contains']);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.or();
    if (this.pos < this.tokens.length) throw new FilterError(`Unexpected '${this.tokens[this.pos].text}'`);
    return node;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t && t.kind === 'word' ? t.text.toLowerCase() : undefined;
  }

  private expect(text: string): void {
    const t = this.tokens[this.pos];
    if (!t || t.text !== text) throw new FilterError(`Expected '${text}'`);
    this.pos++;
  }

  private or(): Node {
    let left = this.and();
    while (this.peekWord() === 'or') {
      this.pos++;
      left = { type: 'logic', op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.unary();
    while (this.peekWord() === 'and') {
      this.pos++;
      left = { type: 'logic', op: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.peekWord() === 'not') {
      this.pos++;
      return { type: 'not', operand: this.unary() };
    }
    const left = this.operand();
    const op = this.peekWord();
    if (op && COMPARISONS.has(op)) {
      this.pos++;
      return { type: 'compare', op, left, right: this.operand() };
    }
    return left;
  }

  private operand(): Node {
    const t = this.tokens[this.pos];
    if (!t) throw new FilterError('Unexpected end of filter');
    this.pos++;
    if (t.kind === 'punct' && t.text === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (t.kind === 'str') return { type: 'literal', value: t.text };
    if (t.kind === 'num') return { type: 'literal', value: Number(t.text) };
    if (t.kind === 'word') {
      const lower = t.text.toLowerCase();
      if (lower === 'true' || lower === 'false') return { type: 'literal', value: lower === 'true' };
      if (lower === 'null') return { type: 'literal', value: null };
      const next = this.tokens[this.pos];
      if (next && next.text === '(') {
        if (!FUNCTIONS.has(lower)) throw new FilterError(`Unsupported function '${t.text}'`);
        this.pos++;
        const args: Node[] = [this.or()];
        while (this.tokens[this.pos]?.text === ',') {
          this.pos++;
          args.push(this.or());
        }
        this.expect(')');
        return { type: 'call', name: lower, args };
      }
      if (/^\d{4}-\d{2}-\d{2}T/.test(t.text)) return { type: 'literal', value: t.text };
      return { type: 'path', path: t.text.split('/') };
    }
    throw new FilterError(`Unexpected '${t.text}'`);
  }
}

function resolvePath(target: unknown, path: string[]): Value {
  let current: unknown = target;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    const record = current as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  if (current === null || ['string', 'number', 'boolean'].includes(typeof current)) return current as Value;
  return undefined;
}

function normalise(v: Value): Value {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(op: string, a: Value, b: Value): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (op === 'eq') return x === y || (x === undefined && y === null);
  if (op === 'ne') return !(x === y || (x === undefined && y === null));
  if (x === null || x === undefined || y === null || y === undefined) return false;
  switch (op) {
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    default:
      return x <= y;
  }
}

function evaluate(node: Node, target: unknown): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'path':
      return resolvePath(target, node.path);
    case 'compare':
      return compare(node.op, evaluate(node.left, target), evaluate(node.right, target));
    case 'logic': {
      const l = evaluate(node.left, target) === true;
      return node.op === 'and' ? l && evaluate(node.right, target) === true : l || evaluate(node.right, target) === true;
    }
    case 'not':
      return evaluate(node.operand, target) !== true;
    case 'call': {
      if (node.args.length !== 2) throw new FilterError(`${node.name} takes two arguments`);
      const [hay, needle] = node.args.map((a) => evaluate(a, target));
      if (typeof hay !== 'string' || typeof needle !== 'string') return false;
      const h = hay.toLowerCase();
      const n = needle.toLowerCase();
      if (node.name === 'startswith') return h.startsWith(n);
      if (node.name === 'endswith') return h.endsWith(n);
      return h.includes(n);
    }
  }
}

/** Compiles a $filter into a predicate; throws FilterError for text it cannot parse. */
export function compileFilter(filter: string): (target: unknown) => boolean {
  const ast = new Parser(tokenize(filter)).parse();
  if (ast.type === 'path' || ast.type === 'literal') throw new FilterError('The filter is not a boolean expression');
  return (target) => evaluate(ast, target) === true;
}
