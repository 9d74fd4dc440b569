/**
 * The pupil's safeguarding, health and family contact columns move from the pupil item (which the home school reads)
 * to Pathways Pupil Confidential (the PRU's only), because SharePoint has no column-level security (docs/sharing.md).
 * Sites set up before the split still have those columns on Pathways Pupils (setup never drops a column): for each
 * pupil holding a value in one, this copies the values to the pupil's confidential item, reads the item back, and
 * only when every value is there blanks the columns on the pupil item (text empty, yes/no No).
 *
 * Never loses a value, and is resumable: a run stopped after the copy finds the item on the next run and blanks the
 * columns then; a value already in the confidential item (written by the product since) is never overwritten, only
 * empty ones are filled. A pupil whose old columns are all empty is skipped (reads only). Values are copied as
 * stored, damaged ones included (the record's reader reports those; nothing is dropped on the way).
 */
import { DataError } from '../../../errors';
import { listByKey } from '../../../../lists';
import { PAGE_SIZE } from '../../listReader';
import { confidentialKeyOf } from '../../mappers/pupilConfidentialMapper';
import type { SPFI } from '../../pnpSetup';
import { toDataError } from '../../spErrors';
import type { Migration, MigrationProgress } from './migrationTypes';

const PUPILS = listByKey('pupils').title;
const CONFIDENTIAL = listByKey('pupilConfidential');
const BOOLEAN_COLUMNS = new Set(CONFIDENTIAL.fields.filter((f) => f.kind === 'Boolean').map((f) => f.internalName));
/** The columns retired from Pathways Pupils into the confidential list (src/lists: pupils' retiredFields). */
const COLUMNS: readonly string[] = (listByKey('pupils').retiredFields ?? []).filter((r) => r.movedTo === 'pupilConfidential').map((r) => r.internalName);

type Raw = Record<string, unknown>;
const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '' || v === false;
const blankOf = (column: string): boolean | null => (BOOLEAN_COLUMNS.has(column) ? false : null);

/** The confidential columns the site's Pupils list still has (none on a site set up after the split). */
async function oldColumns(sp: SPFI): Promise<string[]> {
  const fields = await sp.web.lists.getByTitle(PUPILS).fields.select('InternalName')<{ InternalName: string }[]>();
  const present = new Set(fields.map((f) => f.InternalName));
  return COLUMNS.filter((c) => present.has(c));
}

async function confidentialItem(sp: SPFI, pupilId: number, columns: readonly string[]): Promise<Raw | undefined> {
  const rows = await sp.web.lists
    .getByTitle(CONFIDENTIAL.title)
    .items.select('Id', ...columns)
    .filter(`PwPupilKey eq '${confidentialKeyOf(pupilId)}'`)
    .top(2)<Raw[]>();
  return rows[0];
}

/** Copies one pupil's values, checks them, then blanks the pupil item's columns. */
async function movePupil(sp: SPFI, pupil: Raw, columns: readonly string[]): Promise<void> {
  const pupilId = Number(pupil.Id);
  const held = columns.filter((c) => !isBlank(pupil[c]));
  const list = sp.web.lists.getByTitle(CONFIDENTIAL.title);
  const existing = await confidentialItem(sp, pupilId, columns);
  // Only empty places are filled: a value the product wrote there since is newer than the pupil item's.
  const copy: Raw = {};
  for (const c of held) if (existing === undefined || isBlank(existing[c])) copy[c] = pupil[c];
  if (existing === undefined) await list.items.add({ PwPupilId: pupilId, PwPupilKey: confidentialKeyOf(pupilId), ...copy });
  else if (Object.keys(copy).length > 0) await list.items.getById(Number(existing.Id)).update(copy, '*');

  const check = await confidentialItem(sp, pupilId, columns);
  const missing = held.filter((c) => check === undefined || isBlank(check[c]) || (c in copy && check[c] !== copy[c]));
  if (missing.length > 0)
    throw new DataError('unknown', `The confidential details of pupil ${String(pupil.PwPupilRef ?? pupilId)} could not be checked after copying (${missing.join(', ')}); nothing was removed from the pupil’s record. Run the upgrade again.`);
  await sp.web.lists
    .getByTitle(PUPILS)
    .items.getById(pupilId)
    .update(Object.fromEntries(held.map((c) => [c, blankOf(c)])), '*');
}

async function run(sp: SPFI, progress: MigrationProgress): Promise<void> {
  const columns = await oldColumns(sp);
  if (columns.length === 0) return;
  const holding: Raw[] = [];
  for await (const page of sp.web.lists.getByTitle(PUPILS).items.select('Id', 'PwPupilRef', ...columns).top(PAGE_SIZE)) {
    for (const raw of page as Raw[]) if (columns.some((c) => !isBlank(raw[c]))) holding.push(raw);
  }
  const unfinished: string[] = [];
  let lastError: DataError | undefined;
  for (const [i, pupil] of holding.entries()) {
    progress(i, holding.length, 'pupils');
    try {
      await movePupil(sp, pupil, columns);
    } catch (e) {
      lastError = e instanceof DataError ? e : toDataError(e, 'move the confidential details');
      unfinished.push(String(pupil.PwPupilRef ?? pupil.Id));
    }
  }
  progress(holding.length, holding.length, 'pupils');
  if (unfinished.length > 0) {
    throw new DataError(
      lastError?.kind === 'throttled' || lastError?.kind === 'network' ? 'throttled' : 'unknown',
      `The confidential details of ${unfinished.length} pupil${unfinished.length === 1 ? '' : 's'} (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ' …' : ''}) are still on the pupil record, which their home school reads (${lastError?.message ?? 'no reason given'}). Nothing was lost. Run the upgrade again.`,
    );
  }
}

export const pupilConfidentialSplit: Migration = {
  id: 'v2-pupil-confidential-split',
  description: 'Moving each pupil’s safeguarding, health and family contact details to a list their home school cannot read',
  run: (sp, progress) => run(sp, progress),
};
