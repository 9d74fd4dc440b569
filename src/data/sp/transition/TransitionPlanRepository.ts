import { isOpenPlan, londonToday, nextActionDue, transitionPlanIssues, type TransitionPlan } from '../../../domain';
import { DataError } from '../../errors';
import type { ITransitionPlanRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll } from '../listReader';
import { transitionPlanMapper } from './transitionMappers';

const openFirstThenNewest = (a: Saved<TransitionPlan>, b: Saved<TransitionPlan>): number => {
  const open = Number(isOpenPlan(b)) - Number(isOpenPlan(a));
  if (open !== 0) return open;
  return a.plannedOn < b.plannedOn ? 1 : a.plannedOn > b.plannedOn ? -1 : b.id - a.id;
};

/**
 * Exit and transition plans, in each pupil's folder (the home school reads them through the folder's permissions).
 * The next date due is set from the steps and the review whatever the caller sent, and a new plan is dated the day it is made; a second open plan, a step
 * ticked off ahead and a completion with steps not done are refused here, so no screen can save them.
 */
export class SpTransitionPlanRepository implements ITransitionPlanRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  public async list(): Promise<ReadResult<Saved<TransitionPlan>>> {
    const r = await readAll(this.sp, transitionPlanMapper, { what: 'load the transition plans' });
    return { items: r.items.sort(openFirstThenNewest), problems: r.problems };
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<TransitionPlan>>> {
    const r = await readAll(this.sp, transitionPlanMapper, { what: "load the pupil's transition plans", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(openFirstThenNewest), problems: r.problems };
  }

  public async actionsDue(day: string): Promise<ReadResult<Saved<TransitionPlan>>> {
    const r = await readAll(this.sp, transitionPlanMapper, { what: 'load the transition plans with steps due', filter: `PwActionDue le '${day}'` });
    return { items: r.items.filter((p) => isOpenPlan(p) && p.actionDueOn !== undefined).sort((a, b) => (a.actionDueOn! < b.actionDueOn! ? -1 : 1)), problems: r.problems };
  }

  public async create(plan: Omit<TransitionPlan, 'actionDueOn'>, pupilRef: string): Promise<Saved<TransitionPlan>> {
    const record = await this.checked({ ...plan, madeOn: plan.madeOn ?? londonToday(this.now()) });
    return addToPupilFolderOnce(this.sp, this.siteUrl, transitionPlanMapper, pupilRef, transitionPlanMapper.toValues(record), { what: 'save the transition plan', thing: 'The transition plan' });
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
