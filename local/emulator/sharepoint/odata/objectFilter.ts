import type { FilterNode, Literal } from './filterAst';
import { parseFilter } from './filterParser';
import { errors } from '../errors';

const literal = (v: Literal): unknown => (v.kind === 'null' ? null : v.value);

function compare(a: unknown, op: string, b: unknown): boolean {
  const x = typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() : a;
  const y = typeof a === 'string' && typeof b === 'string' ? b.toLowerCase() : b;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    default: {
      if (typeof x !== typeof y || x === null || y === null) return false;
      const [p, q] = [x as number | string, y as number | string];
      return op === 'gt' ? p > q : op === 'ge' ? p >= q : op === 'lt' ? p < q : p <= q;
    }
  }
}

function matches(node: FilterNode, obj: Record<string, unknown>): boolean {
  switch (node.type) {
    case 'and':
      return matches(node.left, obj) && matches(node.right, obj);
    case 'or':
      return matches(node.left, obj) || matches(node.right, obj);
    case 'not':
      return !matches(node.operand, obj);
    case 'cmp': {
      const key = Object.keys(obj).find((k) => k.toLowerCase() === node.field.toLowerCase());
      if (key === undefined) throw errors.noProperty(node.field);
      return compare(obj[key], node.op, literal(node.value));
    }
    default: {
      const key = Object.keys(obj).find((k) => k.toLowerCase() === node.field.toLowerCase());
      if (key === undefined) throw errors.noProperty(node.field);
      const v = String(obj[key] ?? '').toLowerCase();
      const hit = node.type === 'startswith' ? v.startsWith(node.value.toLowerCase()) : v.includes(node.value.toLowerCase());
      return hit === node.expect;
    }
  }
}

/**
 * $filter over a collection of plain entities (lists, groups …): the properties of each entity, compared as
 * SharePoint does for them (eq/ne/gt/ge/lt/le, and/or/not, startswith, substringof). An unknown property is 400.
 */
export function filterEntities<T extends Record<string, unknown>>(rows: readonly T[], filter: string | null): T[] {
  if (!filter || filter.trim() === '') return [...rows];
  const node = parseFilter(filter);
  return rows.filter((r) => matches(node, r));
}
