/**
 * Records that point nowhere, or to another pupil's record: every lookup declared in src/lists is followed. A
 * child record (a history entry, an amendment, a learning-log entry, a target, a PIP review…) whose pupil or parent
 * record was deleted, whose required lookup is empty, or whose parent record belongs to a different pupil is
 * reported naming the list, the item and what is wrong, with a link to the item. Nothing is ever deleted or
 * changed here: only a person can tell which record is right.
 *
 * SharePoint keeps a lookup's id when the item it points to is deleted (no relationship enforcement on these
 * columns), so a deleted parent shows as an id that no longer exists; an emptied lookup is reported too.
 */
import type { FieldDefinition, ListDefinition, ListKey } from '../../../../lists';
import { NO_METADATA, PAGE_SIZE } from '../../listReader';
import type { SPFI } from '../../pnpSetup';
import { runBatchedAtOnce, type BatchedJob } from '../../batchRetry';
import type { HealthFinding } from './healthTypes';

interface StoredRefs {
  readonly id: number;
  /** The ids each lookup column holds (empty: none). */
  readonly refs: ReadonlyMap<string, readonly number[]>;
}

const PUPIL = 'PwPupil';
const lookups = (list: ListDefinition): FieldDefinition[] => list.fields.filter((f) => (f.kind === 'Lookup' || f.kind === 'LookupMulti') && f.lookupList !== undefined);

function idsOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  const results = (value as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? results.filter((v): v is number => typeof v === 'number') : [];
}

function refsOf(list: ListDefinition, rows: readonly Record<string, unknown>[]): StoredRefs[] {
  const fields = lookups(list);
  return rows
    .filter((raw) => raw.FileSystemObjectType !== 1)
    .map((raw) => ({ id: Number(raw.Id), refs: new Map(fields.map((f) => [f.internalName, idsOf(raw[`${f.internalName}Id`])])) }));
}

/** One read of a list's ids and lookup ids: the PAGE_SIZE items after ID `after` (paging by ID never meets the threshold). */
function refsPage(list: ListDefinition, after: number): BatchedJob<Record<string, unknown>[]> {
  return (b) => {
    const items = b.web.lists.getByTitle(list.title).items.using(NO_METADATA).select('Id', 'FileSystemObjectType', ...lookups(list).map((f) => `${f.internalName}Id`)).top(PAGE_SIZE);
    return (after > 0 ? items.skip(after) : items)<Record<string, unknown>[]>();
  };
}

/**
 * Every item's id and lookup ids of each list, without metadata (no type, ETag or links: about 350 bytes an item with
 * them, 50 without; 4.3 MB for a year's attendance of 300 pupils), in one batch: a list's pages all at once, page k
 * the items after ID 5,000·k, as many as its item count asks (ids run at least that far). A list whose ids run further
 * (items deleted) is read on from its last page's last id. The first failure in the lists' order is the one thrown.
 */
async function readRefs(sp: SPFI, lists: readonly { readonly list: ListDefinition; readonly itemCount: number }[]): Promise<StoredRefs[][]> {
  const asked = lists.map(({ list, itemCount }) => Array.from({ length: Math.max(1, Math.ceil(itemCount / PAGE_SIZE)) }, (_, k) => ({ list, after: k * PAGE_SIZE })));
  const flat = asked.flat();
  const answers = await runBatchedAtOnce(sp, flat.map(({ list, after }) => refsPage(list, after)));
  let n = 0;
  const out: StoredRefs[][] = [];
  for (const pages of asked) {
    const byId = new Map<number, Record<string, unknown>>();
    let last: Record<string, unknown>[] = [];
    for (let k = 0; k < pages.length; k++) {
      const r = answers[n++];
      if (r.status === 'rejected') throw r.reason;
      last = r.value;
      for (const raw of last) byId.set(Number(raw.Id), raw);
    }
    const { list } = pages[0];
    while (last.length >= PAGE_SIZE) {
      const after = Math.max(...last.map((raw) => Number(raw.Id)));
      last = await refsPage(list, after)(sp);
      for (const raw of last) byId.set(Number(raw.Id), raw);
    }
    out.push(refsOf(list, [...byId.values()]));
  }
  return out;
}

/** The item's display form on the site. */
export const itemDisplayUrl = (siteUrl: string, list: ListDefinition, id: number): string => `${siteUrl.replace(/\/+$/, '')}/${list.url}/DispForm.aspx?ID=${id}`;

/** `present`: the declared lists the site has, with their item counts. */
export async function orphanFindings(sp: SPFI, siteUrl: string, lists: readonly ListDefinition[], present: ReadonlyMap<ListKey, { readonly ItemCount: number }>): Promise<HealthFinding[]> {
  const byKey = new Map(lists.filter((l) => present.has(l.key)).map((l) => [l.key, l] as const));
  const children = [...byKey.values()].filter((l) => lookups(l).some((f) => byKey.has(f.lookupList as ListKey)));
  const needed = new Set<ListKey>([...children.map((l) => l.key), ...children.flatMap((l) => lookups(l).map((f) => f.lookupList as ListKey))]);
  const stored = new Map<ListKey, Map<number, StoredRefs>>();
  // Every list in one batch (one round trip); the first failure in list order is the one reported.
  const reading = [...needed].flatMap((key) => {
    const list = byKey.get(key);
    return list ? [{ key, list, itemCount: present.get(key)?.ItemCount ?? 0 }] : [];
  });
  const refs = await readRefs(sp, reading);
  reading.forEach((r, i) => stored.set(r.key, new Map(refs[i].map((x) => [x.id, x]))));
  const out: HealthFinding[] = [];
  for (const list of children) {
    const items = stored.get(list.key) ?? new Map<number, StoredRefs>();
    for (const item of items.values()) {
      const pupilOf = item.refs.get(PUPIL)?.[0];
      const problems: string[] = [];
      for (const f of lookups(list)) {
        const target = byKey.get(f.lookupList as ListKey);
        const targets = stored.get(f.lookupList as ListKey);
        if (!target || !targets) continue;
        const ids = item.refs.get(f.internalName) ?? [];
        if (ids.length === 0 && f.required) problems.push(`its ${f.displayName.toLowerCase()} column (${f.internalName}) is empty`);
        for (const id of ids) {
          const parent = targets.get(id);
          if (!parent) {
            problems.push(`its ${f.displayName.toLowerCase()} (item ${id} of “${target.title}”, column ${f.internalName}) no longer exists: that record was deleted`);
            continue;
          }
          const parentPupil = parent.refs.get(PUPIL)?.[0];
          if (f.internalName !== PUPIL && pupilOf !== undefined && parentPupil !== undefined && parentPupil !== pupilOf)
            problems.push(`its ${f.displayName.toLowerCase()} (item ${id} of “${target.title}”, column ${f.internalName}) belongs to another pupil (pupil item ${parentPupil}, not ${pupilOf})`);
        }
      }
      if (problems.length === 0) continue;
      out.push({
        id: `records-${list.key}-${item.id}`,
        area: 'records',
        severity: 'problem',
        message: `“${list.title}”, item ${item.id}: ${problems.join('; ')}.`,
        how: 'Nothing has been deleted or changed. Open the item and point it to the right record, or, if it was entered by mistake, delete it yourself.',
        link: { href: itemDisplayUrl(siteUrl, list, item.id), text: `Open item ${item.id} of “${list.title}”` },
      });
    }
  }
  return out;
}
