import { duplicateMessage, findDuplicatePupils, type Pupil } from '../../domain';
import type { IPupilRepository, ReadResult, Saved, SavedPupil } from '../ports';
import { ConcurrencyError, DuplicatePupilError } from '../errors';
import type { SPFI } from './pnpSetup';
import { pupilMapper } from './mappers/pupilMapper';
import { readAll, readOne } from './listReader';
import { toDataError } from './spErrors';
import type { PupilAccessService } from './access/PupilAccessService';
import { SHARE_ACTION, type HomeSchoolAccessService } from './access/HomeSchoolAccessService';

export class SpPupilRepository implements IPupilRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly access: PupilAccessService,
    private readonly homeAccess: HomeSchoolAccessService,
  ) {}

  public list(): Promise<ReadResult<Saved<Pupil>>> {
    // Paged by ID and sorted here: pupils are kept to their 25th birthday, so the list passes 5,000 items, and a
    // sort on Title (not indexed) would then meet the list view threshold.
    return readAll(this.sp, pupilMapper, { what: 'load the pupils', sortBy: (p) => `${p.lastName}, ${p.firstName}` });
  }

  public get(id: number): Promise<Saved<Pupil>> {
    return readOne(this.sp, pupilMapper, id, 'load the pupil');
  }

  /** Adds the pupil, makes its folders and shares them with the home school; access problems are reported, not thrown. */
  public async create(pupil: Pupil): Promise<SavedPupil> {
    const payload = pupilMapper.toPayload(pupil);
    await this.refuseDuplicates(pupil, undefined);
    let created: Saved<Pupil>;
    try {
      const raw = await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.add(payload);
      created = pupilMapper.fromItem(raw as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add ${pupil.firstName} ${pupil.lastName}`);
    }
    let folders: ReadonlyMap<string, number>;
    try {
      folders = await this.access.ensureFolders(created.pupilRef);
    } catch (e) {
      const err = toDataError(e, 'create the pupil’s folders');
      const message =
        `${created.firstName} ${created.lastName} is saved, but their folders could not all be made (${err.message}), so their ` +
        `records cannot be added or shared yet. Choose “${SHARE_ACTION}” on ${created.firstName}’s record in a few minutes to finish.`;
      return { ...created, access: { state: 'not-yet-shared', reason: err.kind === 'throttled' || err.kind === 'network' ? 'busy' : 'failed', message } };
    }
    const outcome = await this.homeAccess.converge({ pupil: created }, folders);
    return { ...created, etag: outcome.etag ?? created.etag, access: outcome.access };
  }

  /** Saves guarded by the ETag, then makes home-school access match the rule; access problems are reported, not thrown. */
  public async update(id: number, etag: string, pupil: Pupil): Promise<SavedPupil> {
    const payload = pupilMapper.toPayload(pupil);
    await this.refuseDuplicates(pupil, id);
    let merged: { etag?: string | null };
    try {
      merged = (await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.getById(id).update(payload, etag)) as { etag?: string | null };
    } catch (e) {
      const err = toDataError(e, `save ${pupil.firstName} ${pupil.lastName}`);
      if (err.kind === 'conflict') throw new ConcurrencyError(pupilMapper.list.title, id);
      throw err;
    }
    let stored;
    try {
      stored = await this.homeAccess.read(id);
    } catch (e) {
      const err = toDataError(e, 'load the pupil again');
      const message =
        `${pupil.firstName} ${pupil.lastName} is saved, but SharePoint could not be asked again (${err.message}), so who can see ` +
        `${pupil.firstName}’s records was not checked. Choose “${SHARE_ACTION}” on ${pupil.firstName}’s record in a few minutes.`;
      return { ...pupil, id, etag: merged.etag ?? etag, access: { state: 'not-yet-shared', reason: 'busy', message } };
    }
    const outcome = await this.homeAccess.converge(stored);
    return { ...stored.pupil, etag: outcome.etag ?? stored.pupil.etag, access: outcome.access };
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
