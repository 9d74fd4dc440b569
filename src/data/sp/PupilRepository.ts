import { duplicateMessage, findDuplicatePupils, type Pupil } from '../../domain';
import type { IPupilRepository, Saved, SavedPupil } from '../ports';
import { ConcurrencyError, DataError, DuplicatePupilError } from '../errors';
import { pupilMapper } from './mappers/pupilMapper';
import { toDataError } from './spErrors';
import { SHARE_ACTION } from './access/shareAction';
import { confidentialOf } from './mappers/pupilConfidentialMapper';
import { SpPupilReads } from './PupilReads';
import { writerOf } from './recordWriter';

/** The whole pupil repository (`data-pupils-write`, loaded at the first write): the reads (PupilReads.ts) and the writes. */
export class SpPupilRepository extends SpPupilReads implements IPupilRepository {
  /** Adds the pupil, makes its folders and shares them with the home school; access problems are reported, not thrown. */
  public async create(pupil: Pupil): Promise<SavedPupil> {
    const payload = writerOf(pupilMapper).toPayload(pupil);
    await this.refuseDuplicates(pupil, undefined);
    let created: Saved<Pupil>;
    try {
      const raw = await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.add(payload);
      created = pupilMapper.fromItem(raw as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add ${pupil.firstName} ${pupil.lastName}`);
    }
    await this.saveConfidential(created.id, pupil);
    created = { ...created, ...confidentialOf(pupil) };
    let folders: ReadonlyMap<string, number>;
    try {
      folders = await (await this.access()).folders.ensureFolders(created.pupilRef);
    } catch (e) {
      const err = toDataError(e, 'create the pupil’s folders');
      const message =
        `${created.firstName} ${created.lastName} is saved, but their folders could not all be made (${err.message}), so their ` +
        `records cannot be added or shared yet. Choose “${SHARE_ACTION}” on ${created.firstName}’s record in a few minutes to finish.`;
      return { ...created, access: { state: 'not-yet-shared', reason: err.kind === 'throttled' || err.kind === 'network' ? 'busy' : 'failed', message } };
    }
    const outcome = await (await this.access()).homeSchool.converge({ pupil: created }, folders);
    return { ...created, etag: outcome.etag ?? created.etag, access: outcome.access };
  }

  /** Saves guarded by the ETag, then makes home-school access match the rule; access problems are reported, not thrown. */
  public async update(id: number, etag: string, pupil: Pupil): Promise<SavedPupil> {
    const payload = writerOf(pupilMapper).toPayload(pupil);
    await this.refuseDuplicates(pupil, id);
    let merged: { etag?: string | null };
    try {
      merged = (await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.getById(id).update(payload, etag)) as { etag?: string | null };
    } catch (e) {
      const err = toDataError(e, `save ${pupil.firstName} ${pupil.lastName}`);
      if (err.kind === 'conflict') throw new ConcurrencyError(pupilMapper.list.title, id);
      throw err;
    }
    await this.saveConfidential(id, pupil);
    let stored;
    try {
      stored = await (await this.access()).homeSchool.read(id);
    } catch (e) {
      const err = toDataError(e, 'load the pupil again');
      const message =
        `${pupil.firstName} ${pupil.lastName} is saved, but SharePoint could not be asked again (${err.message}), so who can see ` +
        `${pupil.firstName}’s records was not checked. Choose “${SHARE_ACTION}” on ${pupil.firstName}’s record in a few minutes.`;
      return { ...pupil, id, etag: merged.etag ?? etag, access: { state: 'not-yet-shared', reason: 'busy', message } };
    }
    const outcome = await (await this.access()).homeSchool.converge(stored);
    return { ...stored.pupil, ...confidentialOf(pupil), etag: outcome.etag ?? stored.pupil.etag, access: outcome.access };
  }

  /** Saves the confidential part once the pupil item is saved; a failure says what is saved and what is not. */
  private async saveConfidential(id: number, pupil: Pupil): Promise<void> {
    try {
      await this.confidential.save(id, confidentialOf(pupil), writerOf);
    } catch (e) {
      const err = toDataError(e, 'save the confidential details');
      throw new DataError(
        err.kind,
        `${pupil.firstName} ${pupil.lastName} is saved, but their safeguarding, health and family contact details were not (${err.message}). ` +
          `Open ${pupil.firstName}’s record, check those details and save again.`,
        err.status,
      );
    }
  }

  /**
   * Refuses a record that would duplicate a pupil already on the register (same reference, UPN, or name and date
   * of birth), before anything is written. PRU staff, who enrol pupils, can read every pupil item.
   */
  private async refuseDuplicates(pupil: Pupil, id: number | undefined): Promise<void> {
    const existing = await this.list();
    const duplicates = findDuplicatePupils({ ...pupil, id }, existing.items);
    if (duplicates.length > 0) throw new DuplicatePupilError(duplicateMessage(duplicates), duplicates);
  }
}
