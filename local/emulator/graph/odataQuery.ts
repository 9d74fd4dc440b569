/** $select, $orderby, $top/$skip and @odata.nextLink paging for collection and entity responses. */
import { compileFilter, FilterError } from './odataFilter';

export { FilterError };

export function selectFields<T extends object>(entity: T, select: string | null): Record<string, unknown> {
  const source = entity as Record<string, unknown>;
  if (!select) return { ...source };
  const wanted = select.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' || key.startsWith('@odata') || wanted.includes(key.toLowerCase())) out[key] = value;
  }
  return out;
}

function pathValue(target: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = target;
  for (const segment of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[segment];
  }
  return cur;
}

export function orderBy<T extends Record<string, unknown>>(items: T[], orderby: string | null): T[] {
  if (!orderby) return items;
  const [field, dir] = orderby.trim().split(/\s+/);
  const path = field.split('/');
  const sign = dir?.toLowerCase() === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = pathValue(a, path);
    const y = pathValue(b, path);
    const xs = typeof x === 'string' ? x.toLowerCase() : (x as number);
    const ys = typeof y === 'string' ? y.toLowerCase() : (y as number);
    if (xs === ys) return 0;
    if (xs === undefined || xs === null) return 1;
    if (ys === undefined || ys === null) return -1;
    return xs < ys ? -sign : sign;
  });
}

export interface CollectionOptions {
  /** Page size Graph uses when $top is absent (10 for events, 100 for users). */
  defaultTop: number;
  maxTop: number;
  /** Absolute URL of the collection, used to build @odata.nextLink. */
  selfUrl: URL;
}

export type CollectionResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; code: string; message: string };

/** Applies $filter, $orderby, $top, $skip and $select to a collection of Graph representations. */
export function queryCollection(
  items: Record<string, unknown>[],
  query: URLSearchParams,
  context: string,
  options: CollectionOptions,
): CollectionResult {
  let rows = items;
  const filter = query.get('$filter');
  if (filter) {
    try {
      const predicate = compileFilter(filter);
      rows = rows.filter(predicate);
    } catch (e) {
      if (e instanceof FilterError) return { ok: false, code: 'BadRequest', message: `Invalid filter clause: ${e.message}` };
      throw e;
    }
  }
  rows = orderBy(rows, query.get('$orderby'));
  const topText = query.get('$top');
  const skipText = query.get('$skip');
  const top = topText === null ? options.defaultTop : Number(topText);
  const skip = skipText === null ? 0 : Number(skipText);
  if (!Number.isInteger(top) || top < 1 || top > options.maxTop) {
    return { ok: false, code: 'BadRequest', message: `Invalid page size specified: '${topText ?? ''}'. Must be between 1 and ${options.maxTop} inclusive.` };
  }
  if (!Number.isInteger(skip) || skip < 0) return { ok: false, code: 'BadRequest', message: `Invalid $skip value '${skipText ?? ''}'.` };
  const page = rows.slice(skip, skip + top).map((r) => selectFields(r, query.get('$select')));
  const body: Record<string, unknown> = { '@odata.context': context, value: page };
  if (skip + top < rows.length) {
    const next = new URL(options.selfUrl.toString());
    next.searchParams.set('$top', String(top));
    next.searchParams.set('$skip', String(skip + top));
    body['@odata.nextLink'] = next.toString();
  }
  return { ok: true, body };
}
