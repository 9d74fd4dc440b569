import type { ItemRecord, ListSchema } from '../../store/types';
import type { SpContext } from '../context';
import { errors } from '../errors';
import { firstAndClause } from '../odata/filterAst';
import { FilterSyntaxError } from '../odata/filterLexer';
import { parseFilter } from '../odata/filterParser';
import type { QueryOptions } from '../odata/queryOptions';
import type { Permissions } from '../permissions';
import type { ColumnContext } from './columns';
import { resolveColumn } from './columns';
import { compileFilter, eqIndexKey, eqLiteralKey, isIndexedClause, orderComparator, type Predicate } from './filterEval';
import type { FilterNode } from '../odata/filterAst';

/** SharePoint's page size when no $top is given, and the largest $top it honours. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_TOP = 5000;

export interface ItemsPage {
  readonly rows: ItemRecord[];
  /** p_ID for the next page's $skiptoken, when there is one. */
  readonly nextAfterId?: number;
}

export function columnContext(ctx: SpContext, schema: ListSchema): ColumnContext {
  return {
    schema,
    lookupSchema: (id) => ctx.catalog.byId(id),
    lookupItem: (listId, id) => ctx.items.get(listId, id),
    user: (id) => ctx.directory.findBySpId(id),
    fileRef: (i) => ctx.fileRef(i),
  };
}

/**
 * A sort SharePoint can serve from an index on a list above the threshold: ID, or an indexed column of its own
 * (text, number, date, choice, yes/no). Sorting on anything else must scan the whole list first, so SharePoint
 * refuses it whatever the filter (sp-dev-docs#6826: `$orderby=Modified desc` over a large list fails with
 * SPQueryThrottledException; Microsoft's support, microsoft-365-community#766: people and lookup columns fail as
 * a sort even when indexed). Lookup, person and projected columns are therefore never treated as sortable here.
 */
function sortableAboveThreshold(path: string, cc: ColumnContext): boolean {
  if (path.toLowerCase() === 'id') return true;
  if (path.includes('/')) return false;
  const f = cc.schema.byName.get(path.toLowerCase());
  return f !== undefined && f.indexed && f.kind !== 'Lookup' && f.kind !== 'LookupMulti' && f.kind !== 'User';
}

/**
 * The items an indexed `eq` first clause can match, from a column index kept until the next write (so weekly
 * queries over a 250,000-item list do not scan it); undefined when the clause cannot use one. A superset of the
 * matches in ID order: the caller still applies the whole filter.
 */
function indexCandidates(ctx: SpContext, cc: ColumnContext, all: readonly ItemRecord[], first: FilterNode, source: string): readonly ItemRecord[] | undefined {
  const lookup = eqLiteralKey(first, cc, source);
  if (!lookup) return undefined;
  const index = ctx.items.memo(`eq|${cc.schema.list.id}|${lookup.col.path.toLowerCase()}`, () => {
    const map = new Map<string, ItemRecord[]>();
    for (const item of all) {
      const key = eqIndexKey(lookup.col, item);
      if (key === undefined) continue;
      const bucket = map.get(key);
      if (bucket) bucket.push(item);
      else map.set(key, [item]);
    }
    return map;
  });
  return index.get(lookup.key) ?? [];
}

/**
 * Runs an items query: $filter, security trimming, $orderby, $skiptoken paging, $top, and the list view
 * threshold rule (a list above the threshold needs an indexed first AND-clause matching no more than the
 * threshold, counted BEFORE security trimming as SharePoint counts the rows it must scan; or, without $filter,
 * paging by ID with $top no larger than the threshold; and any $orderby on ID or an indexed column of its own).
 */
export function queryItems(ctx: SpContext, perms: Permissions, schema: ListSchema, q: QueryOptions): ItemsPage {
  const cc = columnContext(ctx, schema);
  const all = ctx.items.all(schema.list.id);
  const threshold = ctx.site.viewThreshold;
  const pageSize = Math.min(q.top ?? DEFAULT_PAGE_SIZE, MAX_TOP);

  if (all.length > threshold && q.orderBy.some((k) => !sortableAboveThreshold(k.path, cc))) throw errors.thresholdExceeded();
  let predicate: Predicate | undefined;
  let candidates: readonly ItemRecord[] = all;
  if (q.filter !== undefined) {
    let ast;
    try {
      ast = parseFilter(q.filter);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw errors.badExpression(q.filter);
      throw e;
    }
    predicate = compileFilter(ast, cc, q.filter);
    const first = firstAndClause(ast);
    candidates = indexCandidates(ctx, cc, all, first, q.filter) ?? all;
    if (all.length > threshold) {
      if (!isIndexedClause(first, cc)) throw errors.thresholdExceeded();
      const firstPredicate = compileFilter(first, cc, q.filter);
      let matches = 0;
      // Every matching row counts, seen or not: trimming happens after the index scan.
      for (const i of candidates) if (firstPredicate(i) && ++matches > threshold) throw errors.thresholdExceeded();
    }
  } else if (all.length > threshold) {
    const byIdOnly = q.orderBy.length === 0 || (q.orderBy.length === 1 && q.orderBy[0].path.toLowerCase() === 'id');
    if (!byIdOnly || pageSize > threshold) throw errors.thresholdExceeded();
  }

  const comparators = q.orderBy.map((k) => orderComparator(resolveColumn(k.path, cc), k.descending));
  let rows = candidates.filter((i) => (!predicate || predicate(i)) && perms.canReadItem(schema, i));
  if (comparators.length > 0) {
    rows = [...rows].sort((a, b) => {
      for (const c of comparators) {
        const r = c(a, b);
        if (r !== 0) return r;
      }
      return a.id - b.id;
    });
  }
  if (q.afterId !== undefined) {
    const idOnly = q.orderBy.length === 0 || (q.orderBy.length === 1 && q.orderBy[0].path.toLowerCase() === 'id');
    if (idOnly) {
      const desc = q.orderBy[0]?.descending ?? false;
      const after = q.afterId;
      rows = rows.filter((i) => (desc ? i.id < after : i.id > after));
    } else {
      const at = rows.findIndex((i) => i.id === q.afterId);
      rows = at >= 0 ? rows.slice(at + 1) : [];
    }
  }
  const page = rows.slice(0, pageSize);
  const more = rows.length > page.length && page.length > 0;
  return { rows: page, ...(more ? { nextAfterId: page[page.length - 1].id } : {}) };
}
