import { isOpenPlan, type TransitionPlan } from '../../../domain';
import type { ITransitionPlanRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll } from '../listReader';
import { transitionPlanMapper } from './transitionMappers';

const openFirstThenNewest = (a: Saved<TransitionPlan>, b: Saved<TransitionPlan>): number => {
  const open = Number(isOpenPlan(b)) - Number(isOpenPlan(a));
  if (open !== 0) return open;
  return a.plannedOn < b.plannedOn ? 1 : a.plannedOn > b.plannedOn ? -1 : b.id - a.id;
};

/** The methods that write (the rest read). */
export type TransitionPlanWrite = 'create' | 'update';

/**
 * Exit and transition plans, in each pupil's folder (the home school reads them through the folder's permissions).
 * The next date due is set from the steps and the review whatever the caller sent, and a new plan is dated the day it is made; a second open plan, a step
 * ticked off ahead and a completion with steps not done are refused here, so no screen can save them.
 *
 * These are the reads (`data-transition-plans`, what a first screen loads); the writes (TransitionPlanRepository.ts, `data-transition-plans-write`) extend this class,
 * loaded at the first write.
 */
export class SpTransitionPlanReads implements Omit<ITransitionPlanRepository, TransitionPlanWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly now: () => Date = () => new Date(),
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
}
