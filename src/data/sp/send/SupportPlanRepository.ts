import type { Assessment, SupportPlan, SupportPlanInput } from '../../../domain';
import type { IAssessmentRepository, ISupportPlanRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll, readForPupils, readOne } from '../listReader';
import { assessmentMapper, supportPlanMapper } from './sendMappers';

const byDate =
  <T>(key: (t: T) => string, newestFirst: boolean) =>
  (a: T & { id: number }, b: T & { id: number }): number => {
    const c = key(a) === key(b) ? a.id - b.id : key(a) < key(b) ? -1 : 1;
    return newestFirst ? -c : c;
  };

/** APDR support plans, newest cycle first. The plan is validated (review not before the cycle start …) before any write. */
export class SpSupportPlanRepository implements ISupportPlanRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
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

  public async create(plan: SupportPlanInput, pupilRef: string): Promise<Saved<SupportPlan>> {
    const valid = supportPlanMapper.validate(plan);
    return addToPupilFolderOnce(this.sp, this.siteUrl, supportPlanMapper, pupilRef, supportPlanMapper.toValues(valid), { what: 'save the support plan', thing: 'The support plan' });
  }

  public update(id: number, etag: string, plan: SupportPlanInput): Promise<Saved<SupportPlan>> {
    return updateItem(this.sp, supportPlanMapper, id, etag, supportPlanMapper.validate(plan), 'save the support plan');
  }
}

export class SpAssessmentRepository implements IAssessmentRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Assessment>>> {
    const r = await readAll(this.sp, assessmentMapper, { what: "load the pupil's assessments", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byDate<Assessment>((a) => a.assessedOn, false)), problems: r.problems };
  }

  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<Assessment>>> {
    return readForPupils(this.sp, assessmentMapper, pupilIds, "load the pupils' assessments");
  }

  public async add(assessment: Assessment, pupilRef: string): Promise<Saved<Assessment>> {
    const values = assessmentMapper.toValues(assessment);
    return addToPupilFolderOnce(this.sp, this.siteUrl, assessmentMapper, pupilRef, values, { what: `record the ${assessment.kind.toLowerCase()}`, thing: `The ${assessment.kind.toLowerCase()}` });
  }
}
