import { londonToday, nextActionDue, transitionPlanIssues, type TransitionPlan } from '../../../domain';
import { DataError } from '../../errors';
import type { ITransitionPlanRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { transitionPlanMapper } from './transitionMappers';
import { SpTransitionPlanReads } from './TransitionPlanReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-transition-plans-write`, loaded at the first write): the reads (TransitionPlanReads.ts) and the writes. */
export class SpTransitionPlanRepository extends SpTransitionPlanReads implements ITransitionPlanRepository {
  public async create(plan: Omit<TransitionPlan, 'actionDueOn'>, pupilRef: string): Promise<Saved<TransitionPlan>> {
    const record = await this.checked({ ...plan, madeOn: plan.madeOn ?? londonToday(this.now()) });
    return addToPupilFolderOnce(this.sp, this.siteUrl, transitionPlanMapper, pupilRef, writerOf(transitionPlanMapper).toValues(record), { what: 'save the transition plan', thing: 'The transition plan' });
  }

  public async update(id: number, etag: string, plan: Omit<TransitionPlan, 'actionDueOn'>): Promise<Saved<TransitionPlan>> {
    const record = await this.checked({ ...plan, id });
    return updateItem(this.sp, transitionPlanMapper, id, etag, record, 'save the transition plan');
  }

  private async checked(plan: Omit<TransitionPlan, 'actionDueOn'>): Promise<TransitionPlan> {
    const parsed = transitionPlanMapper.validate({ ...plan, actionDueOn: undefined });
    const record: TransitionPlan = { ...parsed, actionDueOn: nextActionDue(parsed) };
    const others = (await this.forPupil(record.pupilId)).items;
    const issue = transitionPlanIssues(record, others, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The transition plan was not saved: ${issue}.`);
    return record;
  }
}
