import { errors } from '../errors';

export interface OrderKey {
  readonly path: string;
  readonly descending: boolean;
}

export interface QueryOptions {
  /** Empty: no $select (all default properties). */
  readonly select: string[];
  readonly expand: string[];
  readonly filter?: string;
  readonly orderBy: OrderKey[];
  readonly top?: number;
  /** p_ID from $skiptoken=Paged=TRUE&p_ID=n. */
  readonly afterId?: number;
}

const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Reads the OData system query options; names are matched case-insensitively, as SharePoint does. */
export function readQueryOptions(query: URLSearchParams): QueryOptions {
  const get = (name: string): string | null => {
    for (const [k, v] of query) if (k.toLowerCase() === name) return v;
    return null;
  };
  const orderBy = list(get('$orderby')).map((part) => {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw errors.badExpression(part);
    return { path: m[1], descending: (m[2] ?? '').toLowerCase() === 'desc' };
  });
  const topRaw = get('$top');
  let top: number | undefined;
  if (topRaw !== null) {
    top = Number(topRaw);
    if (!Number.isInteger(top) || top < 0) throw errors.badExpression(`$top=${topRaw}`);
  }
  const skip = get('$skiptoken');
  let afterId: number | undefined;
  if (skip) {
    const params = new URLSearchParams(skip);
    const id = params.get('p_ID');
    if (id !== null && /^\d+$/.test(id)) afterId = Number(id);
  }
  const filter = get('$filter');
  return {
    select: list(get('$select')),
    expand: list(get('$expand')),
    ...(filter !== null && filter.trim() !== '' ? { filter } : {}),
    orderBy,
    ...(top !== undefined ? { top } : {}),
    ...(afterId !== undefined ? { afterId } : {}),
  };
}
