import type { ItemRecord } from '../../store/types';
import { SpError, errors } from '../errors';
import type { ComparisonOp, FilterNode, Literal } from '../odata/filterAst';
import { parseIso } from '../values/siteTime';
import type { Column, ColumnContext } from './columns';
import { resolveColumn } from './columns';

export type Predicate = (item: ItemRecord) => boolean;

type Scalar = string | number | boolean;

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function noteError(col: Column): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field '${col.path}' of type 'Note' cannot be used in the query filter expression.`);
}

/** Converts a literal to the column's comparable form (lower-cased text, epoch ms, number, boolean). */
function literalFor(col: Column, lit: Literal, source: string): Scalar {
  switch (col.type) {
    case 'text':
      if (lit.kind === 'string') return lit.value.toLowerCase();
      if (lit.kind === 'number') return String(lit.value).toLowerCase();
      break;
    case 'number':
      if (lit.kind === 'number') return lit.value;
      if (lit.kind === 'string' && lit.value.trim() !== '' && Number.isFinite(Number(lit.value))) return Number(lit.value);
      break;
    case 'bool':
      if (lit.kind === 'bool') return lit.value;
      if (lit.kind === 'number' && (lit.value === 0 || lit.value === 1)) return lit.value === 1;
      break;
    case 'date':
      if (lit.kind === 'datetime' || lit.kind === 'string') {
        const ms = parseIso(lit.value);
        if (ms !== undefined) return ms;
      }
      break;
    case 'note':
      throw noteError(col);
  }
  throw errors.badExpression(source);
}

function valueFor(col: Column, v: unknown): Scalar | null {
  if (isEmpty(v)) return null;
  switch (col.type) {
    case 'text':
      return String(v).toLowerCase();
    case 'number':
      return typeof v === 'number' ? v : Number(v);
    case 'bool':
      return v === true || v === 1;
    case 'date':
      return typeof v === 'string' ? (parseIso(v) ?? null) : null;
    default:
      return null;
  }
}

function compare(op: ComparisonOp, a: Scalar, b: Scalar): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

function compileComparison(node: Extract<FilterNode, { type: 'cmp' }>, ctx: ColumnContext, source: string): Predicate {
  const col = resolveColumn(node.field, ctx);
  if (col.type === 'note') throw noteError(col);
  if (node.value.kind === 'null') {
    if (node.op !== 'eq' && node.op !== 'ne') throw errors.badExpression(source);
    const wantEmpty = node.op === 'eq';
    return (item) => isEmpty(col.get(item)) === wantEmpty;
  }
  const lit = literalFor(col, node.value, source);
  const op = node.op;
  if (col.multi) {
    return (item) => {
      const raw = col.get(item);
      const values = (Array.isArray(raw) ? raw : []).map((v) => valueFor(col, v)).filter((v): v is Scalar => v !== null);
      const any = values.some((v) => compare(op === 'ne' ? 'eq' : op, v, lit));
      return op === 'ne' ? !any : any;
    };
  }
  return (item) => {
    const v = valueFor(col, col.get(item));
    if (v === null) return op === 'ne';
    return compare(op, v, lit);
  };
}

function compileText(node: Extract<FilterNode, { type: 'startswith' | 'substringof' }>, ctx: ColumnContext, source: string): Predicate {
  const col = resolveColumn(node.field, ctx);
  if (col.type === 'note') throw noteError(col);
  if (col.type !== 'text') throw errors.badExpression(source);
  const needle = node.value.toLowerCase();
  const test = node.type === 'startswith' ? (s: string) => s.startsWith(needle) : (s: string) => s.includes(needle);
  return (item) => {
    const raw = col.get(item);
    const values = Array.isArray(raw) ? raw : [raw];
    const hit = values.some((v) => !isEmpty(v) && test(String(v).toLowerCase()));
    return hit === node.expect;
  };
}

/** Compiles a parsed $filter into a predicate over items; unknown columns and bad literals throw SharePoint's errors. */
export function compileFilter(node: FilterNode, ctx: ColumnContext, source: string): Predicate {
  switch (node.type) {
    case 'and': {
      const l = compileFilter(node.left, ctx, source);
      const r = compileFilter(node.right, ctx, source);
      return (i) => l(i) && r(i);
    }
    case 'or': {
      const l = compileFilter(node.left, ctx, source);
      const r = compileFilter(node.right, ctx, source);
      return (i) => l(i) || r(i);
    }
    case 'not': {
      const p = compileFilter(node.operand, ctx, source);
      return (i) => !p(i);
    }
    case 'cmp':
      return compileComparison(node, ctx, source);
    default:
      return compileText(node, ctx, source);
  }
}

/** Whether a clause can be served by an index: a comparison (not ne) on an indexed column. */
export function isIndexedClause(node: FilterNode, ctx: ColumnContext): boolean {
  if (node.type !== 'cmp' || node.op === 'ne') return false;
  return resolveColumn(node.field, ctx).indexed;
}

/**
 * An index over one column for `eq` lookups (the emulator's stand-in for SharePoint's column index): the key of an
 * item's value, and of a literal, are equal exactly when the `eq` comparison holds. Undefined when the column or
 * the literal cannot be indexed (multi-valued, null, Note).
 */
export function eqIndexKey(col: Column, item: ItemRecord): string | undefined {
  if (col.multi || col.type === 'note') return undefined;
  const v = valueFor(col, col.get(item));
  return v === null ? undefined : `${typeof v}:${String(v)}`;
}

export function eqLiteralKey(node: FilterNode, ctx: ColumnContext, source: string): { col: Column; key: string } | undefined {
  if (node.type !== 'cmp' || node.op !== 'eq' || node.value.kind === 'null') return undefined;
  const col = resolveColumn(node.field, ctx);
  if (col.multi || col.type === 'note' || !col.indexed) return undefined;
  const lit = literalFor(col, node.value, source);
  return { col, key: `${typeof lit}:${String(lit)}` };
}

/** Sort key comparison for $orderby: empty values first ascending, text case-insensitive. */
export function orderComparator(col: Column, descending: boolean): (a: ItemRecord, b: ItemRecord) => number {
  return (a, b) => {
    const va = valueFor(col, col.multi ? (col.get(a) as unknown[] | null)?.[0] : col.get(a));
    const vb = valueFor(col, col.multi ? (col.get(b) as unknown[] | null)?.[0] : col.get(b));
    let r = 0;
    if (va === null && vb !== null) r = -1;
    else if (va !== null && vb === null) r = 1;
    else if (va !== null && vb !== null) r = va < vb ? -1 : va > vb ? 1 : 0;
    return descending ? -r : r;
  };
}
