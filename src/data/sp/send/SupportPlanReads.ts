import type { Assessment, SupportPlan } from '../../../domain';
import type { IAssessmentRepository, ISupportPlanRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll, readForPupils, readOne } from '../listReader';
import { assessmentMapper, supportPlanMapper } from './sendMappers';

const byDate =
  <T>(key: (t: T) => string, newestFirst: boolean) =>
  (a: T & { id: number }, b: T & { id: number }): number => {
    const c = key(a) === key(b) ? a.id - b.id : key(a) < key(b) ? -1 : 1;
    return newestFirst ? -c : c;
  };

/** The methods that write (the rest read). */
export type SupportPlanWrite = 'create' | 'update';
export type AssessmentWrite = 'add';

/**
 * The reads of support plans and assessments (`data-support-plans`, what a first screen loads); the writes
 * (SupportPlanRepository.ts, `data-support-plans-write`: validation, the exactly-once add, the item updater) extend
 * these classes and load at the first write.
 */
export class SpSupportPlanReads implements Omit<ISupportPlanRepository, SupportPlanWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<SupportPlan>>> {
    const r = await readAll(this.sp, supportPlanMapper, { what: "load the pupil's support plans", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byDate<SupportPlan>((p) => p.cycleStart, true)), problems: r.problems };
  }

  public forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<SupportPlan>>> {
    return readForPupils(this.sp, supportPlanMapper, pupilIds, "load the pupils' support plans");
  }

  public get(id: number): Promise<Saved<SupportPlan>> {
    return readOne(this.sp, supportPlanMapper, id, 'load the support plan');
  }
}

/** Assessments, oldest first (the reads; the add is in SupportPlanRepository.ts). */
export class SpAssessmentReads implements Omit<IAssessmentRepository, AssessmentWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Assessment>>> {
    const r = await readAll(this.sp, assessmentMapper, { what: "load the pupil's assessments", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byDate<Assessment>((a) => a.assessedOn, false)), problems: r.problems };
  }

  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<Assessment>>> {
    return readForPupils(this.sp, assessmentMapper, pupilIds, "load the pupils' assessments");
  }
}
