import type { Target, TargetProgress } from '../../../domain';
import type { ITargetRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { targetMapper } from './targetMapper';
import { SpTargetReads } from './TargetReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-targets-write`, loaded at the first write): the reads (TargetReads.ts) and the writes. */
export class SpTargetRepository extends SpTargetReads implements ITargetRepository {
  public async create(target: Target, pupilRef: string): Promise<Saved<Target>> {
    const values = writerOf(targetMapper).toValues(target);
    return addToPupilFolderOnce(this.sp, this.siteUrl, targetMapper, pupilRef, values, { what: 'save the target', thing: 'The target' });
  }

  public update(id: number, etag: string, target: Target): Promise<Saved<Target>> {
    return updateItem(this.sp, targetMapper, id, etag, target, 'save the target');
  }

  public async recordProgress(id: number, etag: string, progress: TargetProgress, close = false): Promise<Saved<Target>> {
    const current = await this.get(id);
    return this.update(id, etag, { ...current, progress: [...current.progress, progress], closed: current.closed || close });
  }
}
