import type { AccessMismatch, HomeSchoolAccess, IHomeSchoolAccess, ReadResult } from '../../src/data/ports';

/** Home-school access for component tests: every pupil shared unless a test sets another state. */
export class FakeHomeSchoolAccess implements IHomeSchoolAccess {
  public readonly states = new Map<number, HomeSchoolAccess>();
  public readonly repaired: number[] = [];

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
}
