/**
 * Schema version 3 added PwLeadTutorPerson to the Pupils list: the lead tutor as a person column, so the tutor's name
 * is read with the pupil ($expand) instead of being looked up by address afterwards (docs/architecture.md, "Round
 * trips and bytes per view"). The pupil's save writes it from PwLeadTutor; pupils saved before it have it empty.
 * This fills it from the stored addresses: each distinct address resolved once (ensureUser, in one batch), then each
 * pupil's column written (batches of up to 100 writes, sent at once). An address that names no one of the
 * organisation (a typing error, someone who has left) is left empty and reported in the step's progress; the register
 * shows that pupil's address, as before. It never fails the run; a write SharePoint did not take does (run again).
 *
 * Idempotent: a pupil whose column already names the person of its address is only read, so a second run writes
 * nothing; a run stopped half-way is finished by the next.
 */
import { DataError } from '../../../errors';
import { pupilsList } from '../../../../lists/declared/pupils';
import { MAX_PARTS_PER_CALL, runBatchedAtOnce } from '../../batchRetry';
import { PAGE_SIZE } from '../../listReader';
import { LEAD_TUTOR_PERSON } from '../../mappers/pupilMapper';
import { ensurePeople } from '../../people/ensurePeople';
import type { SPFI } from '../../pnpSetup';
import { toDataError } from '../../spErrors';
import type { Migration, MigrationProgress } from './migrationTypes';
import { MIGRATION_INFO } from './catalogue';

interface Row {
  readonly id: number;
  readonly address: string;
}

/** The pupils with a lead tutor address their person column does not (yet) name, paged by ID. */
async function pupilsToFill(sp: SPFI): Promise<Row[]> {
  const rows: Row[] = [];
  const items = sp.web.lists
    .getByTitle(pupilsList.title)
    .items.select('Id', 'FileSystemObjectType', 'PwLeadTutor', `${LEAD_TUTOR_PERSON}/EMail`)
    .expand(LEAD_TUTOR_PERSON)
    .top(PAGE_SIZE);
  for await (const page of items) {
    for (const raw of page as Record<string, unknown>[]) {
      if (raw.FileSystemObjectType === 1) continue;
      const address = typeof raw.PwLeadTutor === 'string' ? raw.PwLeadTutor.trim().toLowerCase() : '';
      const person = raw[LEAD_TUTOR_PERSON] as { EMail?: unknown } | null | undefined;
      const named = typeof person?.EMail === 'string' ? person.EMail.trim().toLowerCase() : '';
      if (address.includes('@') && named !== address) rows.push({ id: Number(raw.Id), address });
    }
  }
  return rows;
}

/** "a@x and b@y", "a@x, b@y, c@z and 2 more". */
function listed(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 3);
  const more = addresses.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

async function run(sp: SPFI, progress: MigrationProgress): Promise<void> {
  const rows = await pupilsToFill(sp);
  progress(0, rows.length, 'pupils');
  if (rows.length === 0) return;
  const { found: people, notAnswered } = await ensurePeople(
    sp,
    rows.map((r) => r.address),
  );
  if (notAnswered.length > 0)
    throw new DataError('throttled', `SharePoint did not say who ${listed(notAnswered)} ${notAnswered.length === 1 ? 'is' : 'are'} (it may be busy). Run the upgrade again.`);
  const unresolved = Array.from(new Set(rows.map((r) => r.address).filter((a) => !people.has(a)))).sort();
  const writes = rows.filter((r) => people.has(r.address));
  const items = (batched: SPFI) => batched.web.lists.getByTitle(pupilsList.title).items;
  const results = await runBatchedAtOnce(
    sp,
    writes.map((r) => (batched: SPFI) => items(batched).getById(r.id).update({ [`${LEAD_TUTOR_PERSON}Id`]: people.get(r.address)?.id }, '*')),
    { partsPerCall: MAX_PARTS_PER_CALL },
  );
  const failed = results.filter((r) => r.status === 'rejected');
  const note =
    unresolved.length === 0
      ? 'pupils'
      : `pupils; no person of the organisation has the lead tutor address${unresolved.length === 1 ? '' : 'es'} ${listed(unresolved)}: ` +
        `left empty for ${rows.length - writes.length} pupil${rows.length - writes.length === 1 ? '' : 's'}, whose address is shown instead of a name`;
  progress(rows.length - failed.length, rows.length, note);
  if (failed.length > 0) {
    const first = failed[0] as PromiseRejectedResult;
    throw new DataError(
      'throttled',
      `The lead tutor of ${failed.length} pupil${failed.length === 1 ? '' : 's'} could not be recorded as a person yet (${toDataError(first.reason, 'record the lead tutor').message}). Run the upgrade again.`,
    );
  }
}

export const leadTutorPerson: Migration = { ...MIGRATION_INFO.leadTutorPerson, run };
