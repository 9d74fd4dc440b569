/**
 * Moves a record's confidential columns from the item the home school reads to the list that holds its confidential
 * part (a list declaring `confidentialPartOf` in src/lists: Pathways Pupil Confidential, Pathways PIP Confidential),
 * because SharePoint has no column-level security (docs/sharing.md). Sites set up before the split still have those
 * columns on the record's list (setup never drops a column; they are its retiredFields): for each item holding a
 * value in one, this copies the values to the item's confidential record, reads it back, and only when every value
 * is there blanks the columns on the item (text empty, yes/no No).
 *
 * Never loses a value, and is resumable: a run stopped after the copy finds the record on the next run and blanks the
 * columns then; a value already in the confidential record (written by the product since) is never overwritten, only
 * empty ones are filled. An item whose old columns are all empty is skipped (reads only). Values are copied as
 * stored, damaged ones included (the record's reader reports those; nothing is dropped on the way). Setup's check
 * reports values left behind (health/leftoverFindings.ts), and its Repair runs the migration again.
 */
import { DataError } from '../../../errors';
import { listByKey, type ListKey } from '../../../../lists';
import { confidentialKey } from '../../confidential/confidentialKey';
import { PAGE_SIZE } from '../../listReader';
import type { SPFI } from '../../pnpSetup';
import { toDataError } from '../../spErrors';
import type { Migration, MigrationProgress } from './migrationTypes';
import { isBlankValue } from './catalogue';
import '../../pnp/fields';

type Raw = Record<string, unknown>;

export interface ConfidentialSplitOptions {
  readonly id: string;
  readonly description: string;
  /** The confidential list (it declares confidentialPartOf). */
  readonly to: ListKey;
  /** What one item is, for messages and progress: 'pupil' / 'pupils'. */
  readonly one: string;
  readonly many: string;
  /** What moves, for messages ('safeguarding, health and family contact details'). */
  readonly what: string;
  /** Where it stays until moved, for messages ('on the pupil record, which their home school reads'). */
  readonly where: string;
  /** Columns of the item read to name it in messages and to fill the confidential record's lookups. */
  readonly itemColumns: readonly string[];
  /** How to name an item in messages. */
  readonly name: (item: Raw) => string;
  /** The confidential record's lookups besides its key (the REST names: { PwPupilId: … }). */
  readonly lookups: (item: Raw) => Raw;
}

/** The confidential list's declaration and the columns retired from the record's list into it. */
export function confidentialColumns(to: ListKey): { from: string; toTitle: string; key: string; columns: string[]; booleans: Set<string> } {
  const def = listByKey(to);
  const part = def.confidentialPartOf;
  if (!part) throw new Error(`${def.title} does not declare whose confidential part it holds.`);
  const from = listByKey(part.list);
  return {
    from: from.title,
    toTitle: def.title,
    key: part.key,
    columns: (from.retiredFields ?? []).filter((r) => r.movedTo === to).map((r) => r.internalName),
    booleans: new Set(def.fields.filter((f) => f.kind === 'Boolean').map((f) => f.internalName)),
  };
}

export function confidentialSplit(o: ConfidentialSplitOptions): Migration {
  const { from, toTitle, key, columns: COLUMNS, booleans } = confidentialColumns(o.to);
  const blankOf = (column: string): boolean | null => (booleans.has(column) ? false : null);

  /** The confidential columns the site's list still has (none on a site set up after the split). */
  async function oldColumns(sp: SPFI): Promise<string[]> {
    const fields = await sp.web.lists.getByTitle(from).fields.select('InternalName')<{ InternalName: string }[]>();
    const present = new Set(fields.map((f) => f.InternalName));
    return COLUMNS.filter((c) => present.has(c));
  }

  async function confidentialItem(sp: SPFI, ownerId: number, columns: readonly string[]): Promise<Raw | undefined> {
    const rows = await sp.web.lists
      .getByTitle(toTitle)
      .items.select('Id', ...columns)
      .filter(`${key} eq '${confidentialKey(ownerId)}'`)
      .top(2)<Raw[]>();
    return rows[0];
  }

  /** Copies one item's values, checks them, then blanks the item's columns. */
  async function moveItem(sp: SPFI, item: Raw, columns: readonly string[]): Promise<void> {
    const id = Number(item.Id);
    const held = columns.filter((c) => !isBlankValue(item[c]));
    const list = sp.web.lists.getByTitle(toTitle);
    const existing = await confidentialItem(sp, id, columns);
    // Only empty places are filled: a value the product wrote there since is newer than the item's.
    const copy: Raw = {};
    for (const c of held) if (existing === undefined || isBlankValue(existing[c])) copy[c] = item[c];
    if (existing === undefined) await list.items.add({ ...o.lookups(item), [key]: confidentialKey(id), ...copy });
    else if (Object.keys(copy).length > 0) await list.items.getById(Number(existing.Id)).update(copy, '*');

    const check = await confidentialItem(sp, id, columns);
    const missing = held.filter((c) => check === undefined || isBlankValue(check[c]) || (c in copy && check[c] !== copy[c]));
    if (missing.length > 0)
      throw new DataError('unknown', `The ${o.what} of ${o.one} ${o.name(item)} could not be checked after copying (${missing.join(', ')}); nothing was removed from the ${o.one}’s record. Run the upgrade again.`);
    await sp.web.lists
      .getByTitle(from)
      .items.getById(id)
      .update(Object.fromEntries(held.map((c) => [c, blankOf(c)])), '*');
  }

  async function run(sp: SPFI, progress: MigrationProgress): Promise<void> {
    const columns = await oldColumns(sp);
    if (columns.length === 0) return;
    const holding: Raw[] = [];
    for await (const page of sp.web.lists.getByTitle(from).items.select('Id', ...o.itemColumns, ...columns).top(PAGE_SIZE)) {
      for (const raw of page as Raw[]) if (columns.some((c) => !isBlankValue(raw[c]))) holding.push(raw);
    }
    const unfinished: string[] = [];
    let lastError: DataError | undefined;
    for (const [i, item] of holding.entries()) {
      progress(i, holding.length, o.many);
      try {
        await moveItem(sp, item, columns);
      } catch (e) {
        lastError = e instanceof DataError ? e : toDataError(e, `move the ${o.what}`);
        unfinished.push(o.name(item));
      }
    }
    progress(holding.length, holding.length, o.many);
    if (unfinished.length > 0) {
      throw new DataError(
        lastError?.kind === 'throttled' || lastError?.kind === 'network' ? 'throttled' : 'unknown',
        `The ${o.what} of ${unfinished.length} ${unfinished.length === 1 ? o.one : o.many} (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ' …' : ''}) are still ${o.where} (${lastError?.message ?? 'no reason given'}). Nothing was lost. Run the upgrade again.`,
      );
    }
  }

  return { id: o.id, description: o.description, run: (sp, progress) => run(sp, progress) };
}
