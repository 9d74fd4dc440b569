import type { Assessment, SupportPlan, SupportPlanInput } from '../../../domain';
import type { IAssessmentRepository, ISupportPlanRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { assessmentMapper, supportPlanMapper } from './sendMappers';
import { SpAssessmentReads, SpSupportPlanReads } from './SupportPlanReads';
import { writerOf } from '../recordWriter';

/**
 * APDR support plans, newest cycle first: the whole repository (`data-support-plans-write`, loaded at the first
 * write), the reads (SupportPlanReads.ts) and the writes. The plan is validated (review not before the cycle start …)
 * before any write.
 */
export class SpSupportPlanRepository extends SpSupportPlanReads implements ISupportPlanRepository {
  public async create(plan: SupportPlanInput, pupilRef: string): Promise<Saved<SupportPlan>> {
    const valid = supportPlanMapper.validate(plan);
    return addToPupilFolderOnce(this.sp, this.siteUrl, supportPlanMapper, pupilRef, writerOf(supportPlanMapper).toValues(valid), { what: 'save the support plan', thing: 'The support plan' });
  }

  public update(id: number, etag: string, plan: SupportPlanInput): Promise<Saved<SupportPlan>> {
    return updateItem(this.sp, supportPlanMapper, id, etag, supportPlanMapper.validate(plan), 'save the support plan');
  }
}

/** Assessments: the reads (SupportPlanReads.ts) and the add (`data-support-plans-write`). */
export class SpAssessmentRepository extends SpAssessmentReads implements IAssessmentRepository {
  public async add(assessment: Assessment, pupilRef: string): Promise<Saved<Assessment>> {
    const values = writerOf(assessmentMapper).toValues(assessment);
    return addToPupilFolderOnce(this.sp, this.siteUrl, assessmentMapper, pupilRef, values, { what: `record the ${assessment.kind.toLowerCase()}`, thing: `The ${assessment.kind.toLowerCase()}` });
  }
}
