import { duplicateMessage, findDuplicatePupils, leadTutorName, type Pupil } from '../../domain';
import type { IPupilRepository, Saved, SavedPupil } from '../ports';
import { ConcurrencyError, DataError, DuplicatePupilError } from '../errors';
import { LEAD_TUTOR_PERSON, pupilMapper } from './mappers/pupilMapper';
import { ensurePeople } from './people/ensurePeople';
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
    const [, tutor] = await Promise.all([this.refuseDuplicates(pupil, undefined), this.leadTutorColumn(pupil)]);
    let created: Saved<Pupil>;
    try {
      const raw = await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.add({ ...payload, ...tutor?.payload });
      created = withTutor(pupilMapper.fromItem(raw as Record<string, unknown>), tutor);
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
    const [, tutor] = await Promise.all([this.refuseDuplicates(pupil, id), this.leadTutorColumn(pupil)]);
    let merged: { etag?: string | null };
    try {
      merged = (await this.sp.web.lists.getByTitle(pupilMapper.list.title).items.getById(id).update({ ...payload, ...tutor?.payload }, etag)) as { etag?: string | null };
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
      return { ...withTutor({ ...pupil, id, etag: merged.etag ?? etag }, tutor), access: { state: 'not-yet-shared', reason: 'busy', message } };
    }
    const outcome = await (await this.access()).homeSchool.converge(stored);
    return { ...stored.pupil, ...confidentialOf(pupil), etag: outcome.etag ?? stored.pupil.etag, access: outcome.access };
  }

  /**
   * The lead tutor's person column, written with the address it is made from (PwLeadTutor): the person found for the
   * address (ensureUser, sent at once beside the duplicate check's read, so the save takes no more round trips: one
   * request more, only when the address is new or changed or the column not yet filled), or empty where there is no
   * address or it names no one of the organisation (the register then shows the address, as before). Undefined: the
   * column already names this address's person, and is left as it is.
   */
  private async leadTutorColumn(pupil: Pupil): Promise<LeadTutorColumn | undefined> {
    const address = pupil.leadTutorEmail?.trim().toLowerCase() ?? '';
    if (address !== '' && leadTutorName(pupil) !== undefined) return undefined;
    const person = address === '' ? undefined : (await ensurePeople(this.sp, [address]).catch(() => undefined))?.found.get(address);
    return { payload: { [`${LEAD_TUTOR_PERSON}Id`]: person?.id ?? null }, ...(person ? { person: { name: person.name, email: person.email } } : {}) };
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

/** What a save writes to the lead tutor's person column, and the person it names (none: left empty). */
interface LeadTutorColumn {
  readonly payload: Record<string, number | null>;
  readonly person?: NonNullable<Pupil['leadTutorPerson']>;
}

/** The saved pupil with the person the save wrote (SharePoint's answer to a write does not expand it). */
function withTutor<P extends Pupil>(pupil: P, tutor: LeadTutorColumn | undefined): P {
  if (!tutor) return pupil;
  return { ...pupil, leadTutorPerson: tutor.person };
}
