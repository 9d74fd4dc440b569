/**
 * Confidential values left where a home school can read them: a record's columns whose values belong in its
 * confidential list (a list declaring `confidentialPartOf`: the pupil's safeguarding, health and family details, a
 * PIP's risk assessment) but that still hold a value on the record's own item. A site upgraded before the split keeps
 * those columns (retiredFields); the upgrade moves their values (migrations/confidentialSplit.ts), and anything
 * written there since (by hand, in SharePoint's own list form, or by a run that stopped) is found here. Repair runs
 * that upgrade again: it copies, reads back, then blanks, never overwriting a newer value.
 */
import type { ListDefinition } from '../../../../lists';
import { PAGE_SIZE } from '../../listReader';
import type { SPFI } from '../../pnpSetup';
import { isBlankValue } from '../migrations/catalogue';
import type { Migration } from '../migrations';
import type { SiteSnapshot } from '../siteSnapshot';
import type { HealthFinding } from './healthTypes';

/** Each confidential list's upgrade: the migration that moves the values into it (by the list's key). */
export type ConfidentialMoves = ReadonlyArray<{ readonly to: ListDefinition['key']; readonly migration: Migration }>;

export async function leftoverFindings(sp: SPFI, site: SiteSnapshot, lists: readonly ListDefinition[], moves: ConfidentialMoves): Promise<HealthFinding[]> {
  const out: HealthFinding[] = [];
  for (const to of lists) {
    const part = to.confidentialPartOf;
    const from = part ? lists.find((l) => l.key === part.list) : undefined;
    const state = from ? site.lists.get(from.key) : undefined;
    const move = moves.find((m) => m.to === to.key);
    if (!from || !state || !move) continue;
    const onSite = new Set(state.fields.map((f) => f.InternalName));
    const columns = (from.retiredFields ?? []).filter((r) => r.movedTo === to.key && onSite.has(r.internalName)).map((r) => r.internalName);
    if (columns.length === 0) continue;
    let holding = 0;
    const held = new Set<string>();
    for await (const page of sp.web.lists.getByTitle(state.info.Title).items.select('Id', ...columns).top(PAGE_SIZE)) {
      for (const raw of page as Record<string, unknown>[]) {
        const here = columns.filter((c) => !isBlankValue(raw[c]));
        if (here.length > 0) holding += 1;
        here.forEach((c) => held.add(c));
      }
    }
    if (holding === 0) continue;
    const names = columns.filter((c) => held.has(c)).map((c) => to.fields.find((f) => f.internalName === c)?.displayName ?? c);
    out.push({
      id: `leftover-${to.key}`,
      area: 'confidential',
      severity: 'problem',
      message:
        `${holding} item${holding === 1 ? '' : 's'} of “${from.title}” still hold${holding === 1 ? 's' : ''} values that belong in “${to.title}” ` +
        `(${names.join(', ')}): a home school that reads ${holding === 1 ? 'that item' : 'those items'} can read them. ` +
        'Repair moves them: each value is copied, read back, and only then removed from the item; nothing is lost.',
      repair: { kind: 'migration', id: move.migration.id },
    });
  }
  return out;
}
