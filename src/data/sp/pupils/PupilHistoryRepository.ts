import type { Pupil, PupilChange } from '../../../domain';
import type { IPupilHistoryRepository, IPupilRepository, ReadResult, Saved } from '../../ports';
import { DataError } from '../../errors';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { readAll } from '../listReader';
import { pupilMapper } from '../mappers/pupilMapper';
import { pupilHistoryMapper } from './pupilHistoryMapper';
import { writerOf } from '../recordWriter';

const newestFirst = (a: Saved<PupilChange>, b: Saved<PupilChange>): number => (a.effective === b.effective ? b.id - a.id : a.effective < b.effective ? 1 : -1);

/**
 * The pupil's change history. `saveWithHistory` validates the pupil and every change first, writes the changes,
 * then the pupil (ETag-guarded, which also moves home-school access); if the pupil was not saved the changes
 * just written are removed again, so history never records a change that did not happen, and never loses one that
 * did (an access problem after the save is reported on the saved pupil, not thrown).
 */
export class SpPupilHistoryRepository implements IPupilHistoryRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly pupils: IPupilRepository,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<PupilChange>>> {
    const r = await readAll(this.sp, pupilHistoryMapper, { what: "load the pupil's history", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(newestFirst), problems: r.problems };
  }

  public async add(change: PupilChange, pupilRef: string): Promise<Saved<PupilChange>> {
    const values = writerOf(pupilHistoryMapper).toValues(change);
    return addToPupilFolderOnce(this.sp, this.siteUrl, pupilHistoryMapper, pupilRef, values, { what: `record the change of ${change.kind.toLowerCase()}`, thing: `The change of ${change.kind.toLowerCase()}` });
  }

  private async pupilWasSaved(before: Saved<Pupil>, e: unknown): Promise<boolean> {
    if (e instanceof DataError && (e.kind === 'conflict' || e.kind === 'invalid-record' || e.kind === 'access-denied')) return false;
    try {
      return (await this.pupils.get(before.id)).etag !== before.etag;
    } catch {
      return true; // cannot tell: keep the history (a duplicate note is better than a lost one)
    }
  }

  public async saveWithHistory(before: Saved<Pupil>, after: Pupil, changes: readonly PupilChange[]): Promise<Saved<Pupil>> {
    pupilMapper.validate(after);
    changes.forEach((c) => pupilHistoryMapper.validate(c));
    const written: number[] = [];
    try {
      for (const c of changes) {
        try {
          written.push((await this.add(c, before.pupilRef)).id);
        } catch (e) {
          // A history entry stored but not read back is not the pupil's change saved: say what is true. Trying
          // again finds the entry by its key rather than recording it twice.
          if (e instanceof DataError && e.kind === 'saved-unconfirmed')
            throw new DataError('unknown-outcome', `The pupil's record was not changed: SharePoint stopped answering part-way. Try again in a minute; nothing will be recorded twice.`);
          throw e;
        }
      }
      return await this.pupils.update(before.id, before.etag, after);
    } catch (e) {
      // The history of a change that was stored is never removed: when the outcome is unknown (the answer was lost),
      // ask SharePoint whether the pupil changed before undoing anything.
      if (await this.pupilWasSaved(before, e)) throw e;
      const items = this.sp.web.lists.getByTitle(pupilHistoryMapper.list.title).items;
      const undone = await Promise.all(written.map((id) => items.getById(id).delete().then(() => true, () => false)));
      if (undone.includes(false))
        throw new DataError('unknown', `${e instanceof Error ? e.message : String(e)} The history entries already written could not all be removed: check the pupil's history.`);
      throw e;
    }
  }
}
