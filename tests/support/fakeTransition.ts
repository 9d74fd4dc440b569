/** Transition plans in memory, with the same rules as the SharePoint repository. */
import { DataError } from '../../src/data/errors';
import type { ITransitionPlanRepository, ReadResult, Saved } from '../../src/data/ports';
import { isOpenPlan, londonToday, nextActionDue, transitionPlanIssues, transitionPlanSchema, type TransitionPlan } from '../../src/domain';

export class FakeTransitionPlans implements ITransitionPlanRepository {
  public readonly records: Saved<TransitionPlan>[];
  public readonly created: { plan: TransitionPlan; pupilRef: string }[] = [];

  public constructor(records: TransitionPlan[], private readonly now: () => Date) {
    this.records = records.map((r, i) => ({ ...r, actionDueOn: nextActionDue(r), id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async list(): Promise<ReadResult<Saved<TransitionPlan>>> {
    return { items: [...this.records], problems: [] };
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<TransitionPlan>>> {
    const items = this.records.filter((r) => r.pupilId === pupilId).sort((a, b) => Number(isOpenPlan(b)) - Number(isOpenPlan(a)) || (a.plannedOn < b.plannedOn ? 1 : -1));
    return { items, problems: [] };
  }

  public async actionsDue(day: string): Promise<ReadResult<Saved<TransitionPlan>>> {
    return { items: this.records.filter((r) => r.actionDueOn !== undefined && r.actionDueOn <= day && isOpenPlan(r)), problems: [] };
  }

  public async create(plan: Omit<TransitionPlan, 'actionDueOn'>, pupilRef: string): Promise<Saved<TransitionPlan>> {
    const record = this.checked({ ...plan, madeOn: plan.madeOn ?? londonToday(this.now()) });
    const saved = { ...record, id: this.records.length + 1, etag: '"1"' };
    this.records.push(saved);
    this.created.push({ plan: record, pupilRef });
    return saved;
  }

  public async update(id: number, etag: string, plan: Omit<TransitionPlan, 'actionDueOn'>): Promise<Saved<TransitionPlan>> {
    const i = this.records.findIndex((r) => r.id === id);
    if (i < 0) throw new DataError('not-found', 'The transition plan was not found.');
    if (this.records[i].etag !== etag) throw new DataError('conflict', 'Someone else changed the transition plan.');
    const record = this.checked({ ...plan, id });
    this.records[i] = { ...record, id, etag: `"${Number(etag.replace(/\D/g, '')) + 1}"` };
    return this.records[i];
  }

  private checked(plan: Omit<TransitionPlan, 'actionDueOn'>): TransitionPlan {
    const parsed = transitionPlanSchema.safeParse(plan);
    if (!parsed.success) throw new DataError('invalid-record', parsed.error.issues[0].message);
    const record = { ...parsed.data, actionDueOn: nextActionDue(parsed.data) };
    const issue = transitionPlanIssues(record, this.records, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The transition plan was not saved: ${issue}.`);
    return record;
  }
}
