import { duplicateMessage, findDuplicatePupils, type Pupil } from '../../domain';
import type { IPupilRepository, ReadResult, Saved } from '../ports';
import { ConcurrencyError, DataError, DuplicatePupilError } from '../errors';
import type { SPFI } from './pnpSetup';
import { pupilMapper } from './mappers/pupilMapper';
import { readAll, readOne } from './listReader';
import { toDataError } from './spErrors';
import type { PupilAccessService } from './access/PupilAccessService';

/** Finds the staff group of a home school (undefined when the school has none yet). */
export type SchoolGroupLookup = (schoolId: number) => Promise<number | undefined>;

export class SpPupilRepository implements IPupilRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly access: PupilAccessService,
    private readonly groupOfSchool: SchoolGroupLookup,
  ) {}

  public list(): Promise<ReadResult<Saved<Pupil>>> {
    return readAll(this.sp, pupilMapper, { what: 'load the pupils', orderBy: { field: 'Title', ascending: true } });
  }

  public get(id: number): Promise<Saved<Pupil>> {
    return readOne(this.sp, pupilMapper, id, 'load the pupil');
  }

  public async create(pupil: Pupil): Promise<Saved<Pupil>> {
    const payload = pupilMapper.toPayload(pupil);
    await this.refuseDuplicates(pupil, undefined);
    let created: Saved<Pupil>;
    try {
      const raw = await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.add(payload);
      created = pupilMapper.fromItem(raw as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add ${pupil.firstName} ${pupil.lastName}`);
    }
    await this.secure(created, undefined);
    return this.get(created.id);
  }

  public async update(id: number, etag: string, pupil: Pupil): Promise<Saved<Pupil>> {
    const before = await this.get(id);
    const payload = pupilMapper.toPayload(pupil);
    await this.refuseDuplicates(pupil, id);
    try {
      await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.getById(id).update(payload, etag);
    } catch (e) {
      const err = toDataError(e, `save ${pupil.firstName} ${pupil.lastName}`);
      if (err.kind === 'conflict') throw new ConcurrencyError(pupilMapper.list.title, id);
      throw err;
    }
    const after = await this.get(id);
    if (before.homeSchoolId !== after.homeSchoolId || before.leavingDate !== after.leavingDate) {
      await this.secure(after, before.homeSchoolId);
    }
    return after;
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

  /** Grants the home school's staff Read on the pupil's records, and removes a previous school's access. */
  private async secure(pupil: Saved<Pupil>, previousSchoolId: number | undefined): Promise<void> {
    const onRoll = pupil.leavingDate === undefined;
    const grant = onRoll && pupil.homeSchoolId !== undefined ? await this.groupOfSchool(pupil.homeSchoolId) : undefined;
    const revoke: number[] = [];
    if (previousSchoolId !== undefined) {
      const old = await this.groupOfSchool(previousSchoolId);
      if (old !== undefined) revoke.push(old);
    }
    if (!onRoll && pupil.homeSchoolId !== undefined) {
      const current = await this.groupOfSchool(pupil.homeSchoolId);
      if (current !== undefined) revoke.push(current);
    }
    const result = await this.access.apply({ pupilItemId: pupil.id, pupilRef: pupil.pupilRef, grantGroupId: grant, revokeGroupIds: revoke });
    if (result.failures.length > 0) {
      throw new DataError(
        'unknown',
        `${pupil.firstName} ${pupil.lastName} was saved, but access for the home school could not be fully updated ` +
          `(${result.failures.length} of ${result.scopes} places). Open the pupil and save again to retry. First problem: ${result.failures[0]}`,
      );
    }
  }
}
