/**
 * Convergent home-school access (issue 16): whatever happened before, a save, a repair or a check brings
 * SharePoint's permissions on a pupil's records back to the rule (src/domain/pupils/homeSchoolAccess.ts).
 *
 * The pupil item records which staff group its records were last shared with (PwSharedWithGroupId, written only
 * after every scope succeeded). When that differs from the group of the school that should see the pupil now,
 * access is applied again: on the next save (even when the stored home school already equals the new one), by
 * repairAccess, and the check lists the pupil until then. Applying needs Manage Permissions (Pathways Hub
 * Leadership or a site owner); without it, or when SharePoint is busy, the pupil stays saved and is reported as
 * not yet shared, with plain words saying who must act.
 */
import { PermissionKind } from '../pnp/security';
import { HOME_SCHOOL_SHARING_OPTIONS, londonToday, pupilSchema, sharedLetterKeys, schoolWithAccess, type HomeSchoolAccessRule, type HomeSchoolSharing, type Pupil } from '../../../domain';
import { LEADERSHIP_GROUP, LISTS, homeSchoolReads } from '../../../lists';
import { pupilsList } from '../../../lists/declared/pupils';
import { DataError } from '../../errors';
import type { AccessMismatch, HomeSchoolAccess, IHomeSchoolAccess, ReadResult, RepairAllOptions, RepairAllResult, Saved } from '../../ports';
import { restName } from '../fieldCodec';
import { readAll } from '../listReader';
import { pupilMapper } from '../mappers/pupilMapper';
import { createRecordMapper } from '../recordMapper';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import type { AccessFailure, PupilAccessService } from './PupilAccessService';
import type { RepairOutcome, RepairPoolOptions } from './repairAll';
import { SHARE_ACTION } from './shareAction';

/** The column that records the group a pupil's records were last shared with. */
export const SHARED_WITH_COLUMN = 'PwSharedWithGroupId';
/**
 * The column that records which of the sharing switches were on when the records were last shared
 * ('shared:' + the switches on, sorted; empty: never recorded, as for pupils shared before the sharing table, when
 * every list was shared). A change of the settings makes it differ, so the check lists the pupil and repair applies
 * the new table.
 */
export const SHARED_LISTS_COLUMN = 'PwSharedLists';
/** The action staff are told to use (the pupil record's button calls repairAccess). */
export { SHARE_ACTION };

export interface SchoolForAccess {
  readonly id: number;
  readonly name: string;
  readonly staffGroupId?: number;
}

export interface HomeSchoolAccessDeps {
  readonly sp: SPFI;
  readonly access: PupilAccessService;
  /** Every school the user can see (the Schools list is small). */
  readonly schools: () => Promise<readonly SchoolForAccess[]>;
  readonly rule: () => Promise<HomeSchoolAccessRule>;
  readonly now: () => Date;
}

/** A pupil as stored, with the group its records were last shared with. */
export interface StoredPupil {
  readonly pupil: Saved<Pupil>;
  readonly sharedWith?: number;
  /** The sharing switches the records were last shared under (SHARED_LISTS_COLUMN). */
  readonly sharedLists?: string;
}

/** What a plan needs of a pupil: who it is, and the school that should see its records (schoolWithAccess). */
type AccessPupil = Pick<Pupil, 'pupilRef' | 'firstName' | 'lastName' | 'homeSchoolId' | 'leavingDate'>;

interface Plan {
  readonly pupil: Saved<AccessPupil>;
  readonly sharedWith?: number;
  /** The school that should see the records now. */
  readonly school?: SchoolForAccess;
  /** That school's staff group (undefined: none should see, or the school has no group yet). */
  readonly wantGroup?: number;
  /** The school whose group the records are shared with now (if known). */
  readonly sharedSchool?: SchoolForAccess;
  readonly allGroups: readonly number[];
  /** The switches the records were last shared under, and those they should be shared under now. */
  readonly sharedLists?: string;
  readonly wantLists?: string;
  /** The pupil-folder lists (titles) the home school reads now. */
  readonly listTitles: ReadonlySet<string>;
  /** Which kinds of letter are filed where the school reads them (the rest in the PRU-only folder). */
  readonly letterKinds: HomeSchoolSharing['letterKinds'];
}

const withShared = { ...pupilMapper, select: [...pupilMapper.select, SHARED_WITH_COLUMN, SHARED_LISTS_COLUMN] };

/**
 * The check's read of every pupil (Site setup's first view): only what a plan needs and the sharing markers, about
 * a seventh of a whole pupil item, and without metadata (nothing here is written back; a repair reads its pupil again).
 */
const accessFields = { pupilRef: 'PwPupilRef', firstName: 'PwFirstName', lastName: 'PwLastName', homeSchoolId: 'PwHomeSchool', leavingDate: 'PwLeavingDate' } as const;
const accessMapper = createRecordMapper<AccessPupil>({
  list: pupilsList,
  schema: pupilSchema.innerType().pick({ pupilRef: true, firstName: true, lastName: true, homeSchoolId: true, leavingDate: true }),
  fields: accessFields,
});
const accessSelect = [
  'Id',
  'FileSystemObjectType',
  ...pupilsList.fields.filter((f) => (Object.values(accessFields) as string[]).includes(f.internalName)).map(restName),
  SHARED_WITH_COLUMN,
  SHARED_LISTS_COLUMN,
];
const groupOf = (raw: Record<string, unknown>): number | undefined => {
  const v = raw[SHARED_WITH_COLUMN];
  return typeof v === 'number' && v > 0 ? v : undefined;
};
const listsOf = (raw: Record<string, unknown>): string | undefined => {
  const v = raw[SHARED_LISTS_COLUMN];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/**
 * The marker of a set of sharing settings: 'shared:' and the switches on, then ';letters:' and the letter kinds
 * filed where the school reads them (sorted keys): a change of either makes the pupil's records differ from it.
 */
export function sharingMarker(sharing: HomeSchoolSharing): string {
  return `shared:${HOME_SCHOOL_SHARING_OPTIONS.filter((k) => sharing[k]).join(',')};letters:${sharedLetterKeys(sharing.letterKinds).join(',')}`;
}

/** The pupil-folder lists (titles) the home school reads with these switches. */
function sharedListTitles(sharing: HomeSchoolSharing): Set<string> {
  return new Set(LISTS.filter((l) => l.security === 'pupil-folder' && homeSchoolReads(l.key, sharing)).map((l) => l.title));
}

export class HomeSchoolAccessService implements IHomeSchoolAccess {
  private canManage?: Promise<boolean>;

  public constructor(private readonly deps: HomeSchoolAccessDeps) {}

  /** Reads one pupil with the group its records were last shared with. */
  public async read(pupilId: number): Promise<StoredPupil> {
    let raw: Record<string, unknown>;
    try {
      raw = await this.deps.sp.web.lists.getByTitle(pupilMapper.list.title).items.getById(pupilId).select(...withShared.select).expand(...(pupilMapper.expand ?? []))();
    } catch (e) {
      throw toDataError(e, 'load the pupil');
    }
    return { pupil: pupilMapper.fromItem(raw), sharedWith: groupOf(raw), sharedLists: listsOf(raw) };
  }

  public async status(pupilId: number): Promise<HomeSchoolAccess> {
    const stored = await this.read(pupilId);
    const plan = await this.plan(stored);
    return matches(plan) ? shared(plan) : notYet(plan, plan.school && plan.wantGroup === undefined ? 'no-staff-group' : 'pending');
  }

  public async repairAccess(pupilId: number): Promise<HomeSchoolAccess> {
    return (await this.converge(await this.read(pupilId))).access;
  }

  public async findMismatches(): Promise<ReadResult<AccessMismatch>> {
    const sharedWith = new Map<number, number | undefined>();
    const sharedLists = new Map<number, string | undefined>();
    // The pupils, the schools and the rule read together (none needs another's answer).
    const [read, context] = await Promise.all([
      readAll(
      this.deps.sp,
      {
        ...accessMapper,
        select: accessSelect,
        fromItem: (raw) => {
          const pupil = accessMapper.fromItem(raw);
          sharedWith.set(pupil.id, groupOf(raw));
          sharedLists.set(pupil.id, listsOf(raw));
          return pupil;
        },
      },
      { what: 'check who can see each pupil', noMetadata: true },
      ),
      this.context(),
    ]);
    const items: AccessMismatch[] = [];
    for (const pupil of read.items) {
      const plan = this.planWith({ pupil, sharedWith: sharedWith.get(pupil.id), sharedLists: sharedLists.get(pupil.id) }, context);
      if (matches(plan)) continue;
      const access = notYet(plan, plan.school && plan.wantGroup === undefined ? 'no-staff-group' : 'pending');
      items.push({ pupilId: pupil.id, pupilRef: pupil.pupilRef, name: fullName(pupil), access });
    }
    return { items, problems: read.problems };
  }

  /**
   * Makes the pupil's access match the rule. Never throws: the pupil is already stored, so every failure is
   * reported in the result. Returns the pupil's new ETag when the marker column was written.
   */
  public async converge(
    stored: StoredPupil,
    folders?: ReadonlyMap<string, number>,
    options: { readonly force?: boolean } = {},
  ): Promise<{ access: HomeSchoolAccess; etag?: string }> {
    let plan: Plan;
    try {
      plan = await this.plan(stored);
    } catch (e) {
      const error = toDataError(e, 'load the schools');
      const name = fullName(stored.pupil);
      const message = `${name} is saved, but the home schools could not be loaded (${error.message}), so who can see ${stored.pupil.firstName}’s records was not checked. Choose “${SHARE_ACTION}” on ${stored.pupil.firstName}’s record in a few minutes.`;
      return { access: { state: 'not-yet-shared', reason: reasonOf([{ what: 'load the schools', error }]), message } };
    }
    return this.convergePlan(plan, folders, options);
  }

  /**
   * Every pupil out of date (or the ones named) brought to the rule, a few at a time (repairAll.ts): the schools and
   * the settings read once; each pupil read again when its turn comes and skipped if already up to date.
   */
  public async repairAll(options: RepairAllOptions & RepairPoolOptions = {}): Promise<RepairAllResult> {
    const found = await this.findMismatches();
    const wanted = options.pupilIds === undefined ? undefined : new Set(options.pupilIds);
    const targets = found.items.filter((m) => wanted === undefined || wanted.has(m.pupilId));
    const upToDateAlready = wanted === undefined ? 0 : wanted.size - targets.length;
    const context = await this.context();
    // The pool (repairAll.ts) loads with the press: checking who can see each pupil, a first screen's read, needs none of it.
    const { repairPool } = await import(/* webpackChunkName: 'access-repair-all' */ './repairAll');
    const result = await repairPool(
      targets.map((m) => ({ pupilId: m.pupilId, pupilRef: m.pupilRef, name: m.name })),
      async (target): Promise<RepairOutcome> => {
        let stored: StoredPupil;
        try {
          stored = await this.read(target.pupilId);
        } catch (e) {
          const error = toDataError(e, `load ${target.name}`);
          return { kind: 'failed', reason: reasonOf([{ what: 'load the pupil', error }]), message: error.message };
        }
        const plan = this.planWith(stored, context);
        if (matches(plan)) return { kind: 'up-to-date' };
        const { access, error } = await this.convergePlan(plan);
        if (access.state === 'shared') return { kind: 'updated' };
        const reason = access.reason ?? 'failed';
        return { kind: 'failed', reason, message: bulkReason(plan, reason, error) };
      },
      options,
    );
    return { of: targets.length + upToDateAlready, ...result, alreadyUpToDate: result.alreadyUpToDate + upToDateAlready, problems: found.problems };
  }

  private async convergePlan(
    plan: Plan,
    folders?: ReadonlyMap<string, number>,
    options: { readonly force?: boolean } = {},
  ): Promise<{ access: HomeSchoolAccess; etag?: string; error?: DataError }> {
    // force: apply again even when the marker matches (a pupil-folder list added by an upgrade has new folders).
    if (matches(plan) && options.force !== true) return { access: shared(plan) };
    if (plan.school && plan.wantGroup === undefined && plan.sharedWith === undefined) return { access: notYet(plan, 'no-staff-group') };
    if (!(await this.userCanManagePermissions())) return { access: notYet(plan, 'needs-leadership') };
    let failures: readonly AccessFailure[];
    try {
      const result = await this.deps.access.apply({
        pupilItemId: plan.pupil.id,
        pupilRef: plan.pupil.pupilRef,
        grantGroupId: plan.wantGroup,
        schoolGroupIds: plan.allGroups,
        folders,
        sharedLists: plan.listTitles,
      });
      failures = result.failures;
    } catch (e) {
      failures = [{ what: 'secure the pupil’s folders', error: toDataError(e, 'secure the pupil’s folders') }];
    }
    if (failures.length === 0) {
      // The letters filed under an earlier setting of their kind moved where the school can (or cannot) read them.
      try {
        await this.deps.access.refileLetters(plan.pupil, plan.letterKinds);
      } catch (e) {
        failures = [{ what: 'file the pupil’s letters by kind', error: toDataError(e, 'file the pupil’s letters by kind') }];
      }
    }
    if (failures.length > 0) return { access: notYet(plan, reasonOf(failures), failures[0].error), error: failures[0].error };
    let etag: string | undefined;
    try {
      const written = await this.deps.sp.web.lists
        .getByTitle(pupilMapper.list.title)
        .items.getById(plan.pupil.id)
        .update({ [SHARED_WITH_COLUMN]: plan.wantGroup ?? null, [SHARED_LISTS_COLUMN]: plan.wantLists ?? null }, '*');
      etag = (written as { etag?: string | null }).etag ?? undefined;
    } catch {
      // Access is right; only the record of it was not written. The check lists the pupil until a repair writes it.
      const message = `${fullName(plan.pupil)} is saved and the sharing was applied, but SharePoint was too busy to record it. Choose “${SHARE_ACTION}” on ${plan.pupil.firstName}’s record in a few minutes to record it.`;
      return { access: { state: 'not-yet-shared', ...(plan.school ? { schoolId: plan.school.id } : {}), reason: 'busy', message } };
    }
    const done = { ...plan, sharedWith: plan.wantGroup, sharedLists: plan.wantLists };
    return { access: plan.school && plan.wantGroup === undefined ? notYet(done, 'no-staff-group') : shared(done), etag };
  }

  private async userCanManagePermissions(): Promise<boolean> {
    if (!this.canManage) {
      this.canManage = this.deps.sp.web.lists
        .getByTitle(pupilsList.title)
        .currentUserHasPermissions(PermissionKind.ManagePermissions)
        .catch(() => {
          this.canManage = undefined;
          return true; // unknown: try, and let SharePoint's answer decide
        });
    }
    return this.canManage;
  }

  private async context(): Promise<{ schools: readonly SchoolForAccess[]; rule: HomeSchoolAccessRule; today: string }> {
    const [schools, rule] = await Promise.all([this.deps.schools(), this.deps.rule()]);
    return { schools, rule, today: londonToday(this.deps.now()) };
  }

  private async plan(stored: StoredPupil): Promise<Plan> {
    return this.planWith(stored, await this.context());
  }

  private planWith(stored: { readonly pupil: Saved<AccessPupil>; readonly sharedWith?: number; readonly sharedLists?: string }, context: { schools: readonly SchoolForAccess[]; rule: HomeSchoolAccessRule; today: string }): Plan {
    const schoolId = schoolWithAccess(stored.pupil, context.today, context.rule);
    const school = schoolId === undefined ? undefined : context.schools.find((s) => s.id === schoolId) ?? { id: schoolId, name: 'the home school' };
    const groups = context.schools.map((s) => s.staffGroupId).filter((g): g is number => g !== undefined);
    const sharing = context.rule.homeSchoolSharing;
    return {
      pupil: stored.pupil,
      sharedWith: stored.sharedWith,
      sharedLists: stored.sharedLists,
      wantLists: school?.staffGroupId === undefined ? undefined : sharingMarker(sharing),
      listTitles: sharedListTitles(sharing),
      letterKinds: sharing.letterKinds,
      school,
      wantGroup: school?.staffGroupId,
      sharedSchool: stored.sharedWith === undefined ? undefined : context.schools.find((s) => s.staffGroupId === stored.sharedWith),
      allGroups: stored.sharedWith === undefined || groups.includes(stored.sharedWith) ? groups : [...groups, stored.sharedWith],
    };
  }
}

const matches = (plan: Plan): boolean =>
  plan.wantGroup === plan.sharedWith && !(plan.school && plan.wantGroup === undefined) && (plan.wantGroup === undefined || plan.wantLists === plan.sharedLists);

/** Why one pupil of "apply to all" was not updated, in a few words beside their name. */
function bulkReason(plan: Plan, reason: NonNullable<HomeSchoolAccess['reason']>, error?: DataError): string {
  switch (reason) {
    case 'busy':
      return 'SharePoint was too busy and asked Pathways Hub to wait; nothing is lost.';
    case 'needs-leadership':
      return `only a member of ${LEADERSHIP_GROUP.title} or a site owner can change who sees a pupil’s records.`;
    case 'no-staff-group':
      return `${plan.school?.name ?? 'the home school'} has no staff group yet: add the school’s named staff on the Schools page.`;
    default:
      return error?.message ?? 'SharePoint did not let the sharing finish.';
  }
}

function reasonOf(failures: readonly AccessFailure[]): NonNullable<HomeSchoolAccess['reason']> {
  if (failures.some((f) => f.error.kind === 'throttled' || f.error.kind === 'network')) return 'busy';
  if (failures.some((f) => f.error.kind === 'access-denied')) return 'needs-leadership';
  return 'failed';
}

const fullName = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;

function shared(plan: Plan): HomeSchoolAccess {
  return { state: 'shared', ...(plan.school ? { schoolId: plan.school.id } : {}) };
}

/** What is not as it should be, in words: "not yet shared with Oakfield Academy", "Elmwood can still see them". */
function whatIsWrong(plan: Plan): string {
  const first = plan.pupil.firstName;
  const stillSees = plan.sharedWith !== undefined && plan.sharedWith !== plan.wantGroup ? plan.sharedSchool?.name ?? 'a previous home school' : undefined;
  if (plan.school && stillSees === undefined && plan.wantGroup !== undefined && plan.wantGroup === plan.sharedWith) {
    return `what ${plan.school.name} can read of ${first}’s records does not follow the sharing settings yet`;
  }
  if (plan.school) {
    const notShared = `${first}’s records are not yet shared with ${plan.school.name}`;
    return stillSees ? `${notShared}, and ${stillSees} can still see them` : notShared;
  }
  return `${stillSees ?? 'a school'} can still see ${first}’s records although it should no longer`;
}

function notYet(plan: Plan, reason: NonNullable<HomeSchoolAccess['reason']>, error?: DataError): HomeSchoolAccess {
  const name = fullName(plan.pupil);
  const wrong = whatIsWrong(plan);
  const leadership = `a member of ${LEADERSHIP_GROUP.title} or a site owner`;
  const messages: Record<NonNullable<HomeSchoolAccess['reason']>, string> = {
    'needs-leadership': `${name} is saved, but ${wrong}: only ${leadership} can change who sees a pupil’s records. Ask one of them to open ${plan.pupil.firstName}’s record and choose “${SHARE_ACTION}”.`,
    busy: `${name} is saved, but SharePoint is busy, so ${wrong}. Nothing is lost: choose “${SHARE_ACTION}” on ${plan.pupil.firstName}’s record in a few minutes to finish.`,
    'no-staff-group': `${name} is saved, but ${plan.school?.name ?? 'the home school'} has no staff group yet, so nobody there can see ${plan.pupil.firstName}’s records. Add the school’s named staff on the Schools page, then choose “${SHARE_ACTION}”.`,
    pending: `${wrong}. ${leadership.charAt(0).toUpperCase()}${leadership.slice(1)} can put it right with “${SHARE_ACTION}” on ${plan.pupil.firstName}’s record.`,
    failed: `${name} is saved, but SharePoint did not let the sharing finish (${error?.message ?? 'no reason given'}), so ${wrong}. ${leadership.charAt(0).toUpperCase()}${leadership.slice(1)} can try “${SHARE_ACTION}” on ${plan.pupil.firstName}’s record.`,
  };
  return { state: 'not-yet-shared', ...(plan.school ? { schoolId: plan.school.id } : {}), reason, message: messages[reason] };
}
