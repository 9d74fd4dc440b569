/** In-memory support plans, assessments, pupil history and user access for component tests (validating like the repositories). */
import type { IAssessmentRepository, IPupilHistoryRepository, IPupilRepository, ISupportPlanRepository, IUserAccess, PupilRights, ReadResult, Saved, UserPermission } from '../../src/data/ports';
import { DataError, RecordValidationError } from '../../src/data/errors';
import {
  assessmentSchema,
  pupilChangeSchema,
  pupilSchema,
  supportPlanSchema,
  type Assessment,
  type Pupil,
  type PupilChange,
  type SupportPlan,
  type SupportPlanInput,
} from '../../src/domain';
import type { ZodType, ZodTypeDef } from 'zod';

const saved = <T>(value: T, id: number): Saved<T> => ({ ...value, id, etag: `"${id},1"` });
const ok = <T>(items: T[]): ReadResult<T> => ({ items, problems: [] });

function check<T>(list: string, schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RecordValidationError(list, undefined, issue.path.join('.') || 'record', issue.message);
}

export class FakeSupportPlans implements ISupportPlanRepository {
  public readonly records: Saved<SupportPlan>[];
  private nextId = 500;
  public constructor(plans: SupportPlanInput[] = []) {
    this.records = plans.map((p, i) => saved(supportPlanSchema.parse(p), p.id ?? i + 1));
  }
  public async forPupil(pupilId: number): Promise<ReadResult<Saved<SupportPlan>>> {
    return ok(this.records.filter((p) => p.pupilId === pupilId).sort((a, b) => (a.cycleStart < b.cycleStart ? 1 : -1)));
  }
  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<SupportPlan>>> {
    return ok(this.records.filter((p) => pupilIds.includes(p.pupilId)));
  }
  public async get(id: number): Promise<Saved<SupportPlan>> {
    const p = this.records.find((r) => r.id === id);
    if (!p) throw new DataError('not-found', 'The support plan was not found.', 404);
    return p;
  }
  public async create(plan: SupportPlanInput): Promise<Saved<SupportPlan>> {
    const s = saved(check('Pathways Support Plans', supportPlanSchema, plan), this.nextId++);
    this.records.push(s);
    return s;
  }
  public async update(id: number, _etag: string, plan: SupportPlanInput): Promise<Saved<SupportPlan>> {
    const s = saved(check('Pathways Support Plans', supportPlanSchema, plan), id);
    this.records[this.records.findIndex((r) => r.id === id)] = s;
    return s;
  }
}

export class FakeAssessments implements IAssessmentRepository {
  public readonly records: Saved<Assessment>[];
  private nextId = 500;
  public constructor(assessments: Assessment[] = []) {
    this.records = assessments.map((a, i) => saved(a, a.id ?? i + 1));
  }
  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Assessment>>> {
    return ok(this.records.filter((a) => a.pupilId === pupilId));
  }
  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<Assessment>>> {
    return ok(this.records.filter((a) => pupilIds.includes(a.pupilId)));
  }
  public async add(assessment: Assessment): Promise<Saved<Assessment>> {
    const s = saved(check('Pathways Assessments', assessmentSchema, assessment), this.nextId++);
    this.records.push(s);
    return s;
  }
}

export class FakePupilHistory implements IPupilHistoryRepository {
  public readonly records: Saved<PupilChange>[] = [];
  public constructor(private readonly pupils: IPupilRepository) {}
  public async forPupil(pupilId: number): Promise<ReadResult<Saved<PupilChange>>> {
    return ok(this.records.filter((c) => c.pupilId === pupilId).reverse());
  }
  public async add(change: PupilChange): Promise<Saved<PupilChange>> {
    const s = saved(check('Pathways Pupil History', pupilChangeSchema, change), this.records.length + 1);
    this.records.push(s);
    return s;
  }
  public async saveWithHistory(before: Saved<Pupil>, after: Pupil, changes: readonly PupilChange[]): Promise<Saved<Pupil>> {
    check('Pathways Pupils', pupilSchema, after);
    changes.forEach((c) => check('Pathways Pupil History', pupilChangeSchema, c));
    for (const c of changes) await this.add(c);
    return this.pupils.update(before.id, before.etag, after);
  }
}

export class FakeUserAccess implements IUserAccess {
  /** PRU staff may enrol, edit, change settings and manage schools unless told otherwise. */
  public constructor(
    private readonly pruStaff: boolean,
    private readonly rights: PupilRights = { canAdd: pruStaff, canEdit: pruStaff },
    private readonly permissions: readonly UserPermission[] = pruStaff ? ['edit-settings', 'manage-schools', 'record-ehc-requests'] : [],
  ) {}
  public async isPruStaff(): Promise<boolean> {
    return this.pruStaff;
  }
  public async pupilRights(): Promise<PupilRights> {
    return this.rights;
  }
  public async can(permission: UserPermission): Promise<boolean> {
    return this.permissions.includes(permission);
  }
}
