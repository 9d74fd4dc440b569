import type { AccessMismatch, HomeSchoolAccess, IHomeSchoolAccess, ReadResult, RepairAllFailure, RepairAllOptions, RepairAllResult } from '../../src/data/ports';

/** Home-school access for component tests: every pupil shared unless a test sets another state. */
export class FakeHomeSchoolAccess implements IHomeSchoolAccess {
  public readonly states = new Map<number, HomeSchoolAccess>();
  public readonly repaired: number[] = [];
  /** Pupils whose repair fails (with this reason) until a test deletes them from here. */
  public readonly failing = new Map<number, RepairAllFailure['reason']>();
  /** Each pupil of repairAll waits for this (a test can hold it to see the progress, or to cancel mid-way). */
  public pause: () => Promise<void> = () => Promise.resolve();

  public async status(pupilId: number): Promise<HomeSchoolAccess> {
    return this.states.get(pupilId) ?? { state: 'shared' };
  }

  public async repairAccess(pupilId: number): Promise<HomeSchoolAccess> {
    this.repaired.push(pupilId);
    this.states.delete(pupilId);
    return { state: 'shared' };
  }

  public async findMismatches(): Promise<ReadResult<AccessMismatch>> {
    const items = Array.from(this.states.entries())
      .filter(([, a]) => a.state === 'not-yet-shared')
      .map(([pupilId, access]) => ({ pupilId, pupilRef: `P${pupilId}`, name: `Pupil ${pupilId}`, access }));
    return { items, problems: [] };
  }

  /** One pupil at a time, in order, with the progress, Cancel between pupils and the failures the test set. */
  public async repairAll(options: RepairAllOptions = {}): Promise<RepairAllResult> {
    const all = (await this.findMismatches()).items;
    const targets = options.pupilIds ? all.filter((m) => options.pupilIds?.includes(m.pupilId)) : all;
    const failures: RepairAllFailure[] = [];
    let updated = 0;
    let done = 0;
    for (const t of targets) {
      if (options.signal?.aborted) break;
      options.onProgress?.({ done, of: targets.length, current: t.name });
      await this.pause();
      const reason = this.failing.get(t.pupilId);
      if (reason) failures.push({ pupilId: t.pupilId, pupilRef: t.pupilRef, name: t.name, reason, message: reason === 'busy' ? 'SharePoint was too busy and asked Pathways Hub to wait; nothing is lost.' : 'SharePoint refused.' });
      else {
        await this.repairAccess(t.pupilId);
        updated += 1;
      }
      done += 1;
      options.onProgress?.({ done, of: targets.length, current: t.name });
    }
    return { of: targets.length, updated, alreadyUpToDate: 0, failures, notStarted: targets.length - done, cancelled: options.signal?.aborted === true, problems: [] };
  }
}
