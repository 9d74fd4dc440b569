/**
 * "Check this site": compares the site with the schema and the access design, and says in plain words what is not
 * right, with a repair where the product can make it right safely.
 *  - lists, columns, indexes, unique columns, views, groups, levels and grants (setup's own plan: Repair runs setup);
 *  - lists heading for the list view threshold (80% of it, Microsoft's own mark for indexing a large list) whose
 *    declared indexes are missing: their queries fail once past it;
 *  - pupils whose records are not shared as the rule says (IHomeSchoolAccess.findMismatches; Repair shares them);
 *  - confidential values left on records a home school reads (leftoverFindings; Repair runs their upgrade again);
 *  - home-school staff groups whose members are not exactly the school's named staff (Repair makes them so);
 *  - records whose pupil or parent record was deleted or belongs to another pupil (orphanFindings: named with a
 *    link, never deleted);
 *  - whether each Microsoft Graph permission is approved (one harmless call each);
 *  - the site's regional settings (English (United Kingdom), London time, 24-hour clock; Repair runs setup).
 * Reading needs a site owner (setup's own check): SetupPermissionError otherwise.
 *
 * In two round trips (more only for a list past 5,000 items): the schools and their named staff go with setup's
 * first reads (the site, its lists, groups and pages); once the lists are known, the checks start beside setup's
 * second reads (the lists' fields, views and grants): who can see each pupil, the school groups' members, the records'
 * lookups and the Graph probes. Only the confidential details left on records wait for the lists' fields.
 */
import { GRAPH_SCOPES_USED } from '../../../graph/graphScopes';
import type { GraphApi } from '../../../graph/graphApi';
import type { ListKey } from '../../../../lists';
import type { School, SchoolContact } from '../../../../domain';
import type { IHomeSchoolAccess, ISchoolRepository, ReadResult, Saved } from '../../../ports';
import { runBatchedAtOnce } from '../../batchRetry';
import type { SchoolGroupService } from '../../access/SchoolGroupService';
import type { SPFI } from '../../pnpSetup';
import { toDataError } from '../../spErrors';
import { SetupCancelledError, SiteSetup } from '../SiteSetup';
import { CURRENT_RELEASE, regionalDiffers, versionMessage, type SchemaRelease } from '../setupPlan';
import type { ListInfo, SiteSnapshot } from '../siteSnapshot';
import type { SetupPlan, SetupResult, SetupRunOptions } from '../setupTypes';
import type { SiteStatus } from '../siteStatus';
import { probe } from './graphProbes';
import type { HealthFinding, HealthReport, ISiteSetup } from './healthTypes';
import { schemaFindings } from './schemaFindings';
import { orphanFindings } from './orphanFindings';
import { leftoverFindings } from './leftoverFindings';
import { CONFIDENTIAL_MOVES } from '../migrations';
import { loadForWrites } from '../loadForWrites';
import '../../pnp/siteGroups';

export interface HealthCheckDeps {
  readonly sp: SPFI;
  readonly siteUrl: string;
  readonly pupilAccess: IHomeSchoolAccess;
  readonly schools: ISchoolRepository;
  /** Absent (e.g. from the command line, signed in to SharePoint only): the Graph permissions are not checked. */
  readonly graph?: GraphApi;
  /**
   * The school groups as the product keeps them (guest invitations included), loaded for a school group's Repair
   * only; default: without invitations.
   */
  readonly schoolGroups?: () => Promise<Pick<SchoolGroupService, 'ensureGroup' | 'syncMembers'>>;
  readonly release?: SchemaRelease;
  /** SharePoint's list view threshold (5,000 in SharePoint Online). */
  readonly threshold?: number;
  readonly now?: () => Date;
}

const LONDON = 'time zone “(UTC) Dublin, Edinburgh, Lisbon, London”';

type Kept<T> = Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: unknown }>;

/** A read started before it is known to be wanted: its failure is kept (never unhandled) until it is used, or dropped. */
function kept<T>(read: Promise<T>): Kept<T> {
  return read.then(
    (value) => ({ ok: true as const, value }),
    (reason: unknown) => ({ ok: false as const, reason }),
  );
}

async function used<T>(read: Kept<T>): Promise<T> {
  const r = await read;
  if (!r.ok) throw r.reason;
  return r.value;
}

type SchoolsRead = Kept<[ReadResult<Saved<School>>, ReadResult<Saved<SchoolContact>>]>;

/** A check's findings; its failure becomes a warning that it could not be made (the others go on). */
async function guarded(what: string, run: () => Promise<HealthFinding[]>): Promise<HealthFinding[]> {
  try {
    return await run();
  } catch (e) {
    return [{ id: `could-not-${what}`, area: 'version', severity: 'warning', message: `Could not check ${what}: ${toDataError(e, `check ${what}`).message}` }];
  }
}
const fmt = (n: number): string => n.toLocaleString('en-GB');

export class SiteHealthCheck implements ISiteSetup {
  private readonly release: SchemaRelease;
  private readonly setup: SiteSetup;

  public constructor(private readonly deps: HealthCheckDeps) {
    this.release = deps.release ?? CURRENT_RELEASE;
    this.setup = new SiteSetup(deps.sp, { release: this.release, siteUrl: deps.siteUrl, ...(deps.now ? { now: deps.now } : {}) });
  }

  /** Where the site stands (siteStatus.ts): one round trip, no plan. */
  public status(): Promise<SiteStatus> {
    return this.setup.status();
  }

  /** What setup would do (no write). */
  public plan(): Promise<SetupPlan & { readonly site: SiteSnapshot }> {
    return this.setup.plan();
  }

  /** Sets the site up or upgrades it (the same engine as npm run site -- setup). */
  public runSetup(options: SetupRunOptions = {}): Promise<SetupResult> {
    return this.setup.run(options);
  }

  public async check(): Promise<HealthReport> {
    // The schools and their named staff need no answer of the site's: asked with setup's first reads.
    const schools: SchoolsRead = kept(Promise.all([this.deps.schools.list(), this.deps.schools.contacts()]));
    let started: readonly Promise<HealthFinding[]>[] = [];
    const plan = await this.setup.plan({ onLists: (present) => (started = this.startChecks(present, schools)) });
    const findings: HealthFinding[] = schemaFindings(plan, this.release.lists);
    const summary = versionMessage(plan);
    if (plan.state === 'new' || plan.state === 'newer') return { state: plan.state, summary, findings };
    findings.push(...this.threshold(plan.site), ...this.regional(plan.site));
    // The confidential details left on records need the lists' fields (which retired columns the site still has).
    const leftovers = guarded('the confidential details', () =>
      leftoverFindings(this.deps.sp, plan.site, this.release.lists, CONFIDENTIAL_MOVES.filter((m) => this.release.migrations.some((r) => r.id === m.migration.id))),
    );
    const [pupilAccess, ...rest] = started;
    // Reported in this order whichever answers first.
    const outcomes = await Promise.all([pupilAccess ?? Promise.resolve([]), leftovers, ...rest]);
    for (const found of outcomes) findings.push(...found);
    return { state: plan.state, summary, findings };
  }

  /**
   * The checks that need only to know which lists the site has, started as soon as that is known (beside setup's
   * second reads), none waiting for another: who can see each pupil, the school groups, the records' lookups, Graph.
   * A site with none of the lists (not set up) is not checked further.
   */
  private startChecks(present: ReadonlyMap<ListKey, ListInfo>, schools: SchoolsRead): Promise<HealthFinding[]>[] {
    if (present.size === 0) return [];
    const has = (key: ListKey): boolean => present.has(key);
    return [
      guarded('who can see each pupil', () => (has('pupils') ? this.pupilAccess() : Promise.resolve([]))),
      guarded('the home-school staff groups', () => (has('schools') && has('schoolContacts') ? this.schoolGroups(schools) : Promise.resolve([]))),
      guarded('the records that point to other records', () => orphanFindings(this.deps.sp, this.deps.siteUrl, this.release.lists, present)),
      guarded('the Microsoft Graph permissions', () => this.graph()),
    ];
  }

  /** Puts one finding right. Returns what was done, in words. */
  public async repair(finding: HealthFinding, options: SetupRunOptions = {}): Promise<string> {
    const r = finding.repair;
    if (!r) throw new Error('This finding has no repair: see how to put it right.');
    switch (r.kind) {
      case 'setup': {
        const result = await this.setup.run(options);
        return `Setup made ${result.writes} change${result.writes === 1 ? '' : 's'}.`;
      }
      case 'migration': {
        const migration = this.release.migrations.find((m) => m.id === r.id);
        if (!migration) throw new Error(`No data migration '${r.id}' is registered.`);
        await migration.run(
          this.deps.sp,
          (done, of, what) => {
            if (options.signal?.aborted) throw new SetupCancelledError();
            options.onProgress?.({ step: 1, of: 1, label: migration.description, detail: `${done} of ${of} ${what}` });
          },
          { siteUrl: this.deps.siteUrl, now: this.deps.now ?? ((): Date => new Date()) },
        );
        return `${migration.description}: done. Check the site again to see that nothing is left.`;
      }
      case 'pupil-access': {
        const access = await this.deps.pupilAccess.repairAccess(r.pupilId);
        return access.state === 'shared' ? 'The pupil’s records are now shared as the rule says.' : access.message ?? 'The records are not shared yet.';
      }
      case 'school-group': {
        const groups = this.deps.schoolGroups ? await this.deps.schoolGroups() : new (await loadForWrites(() => import(/* webpackChunkName: 'data-school-groups' */ '../../access/SchoolGroupService'))).SchoolGroupService(this.deps.sp);
        const school = await this.deps.schools.get(r.schoolId);
        const groupId = await groups.ensureGroup(school);
        const { added, removed } = await groups.syncMembers(groupId, (await this.deps.schools.contacts(r.schoolId)).items);
        return `The staff group of ${school.name} now holds exactly its named staff (${added.length} added, ${removed.length} removed).`;
      }
    }
  }

  private threshold(site: SiteSnapshot): HealthFinding[] {
    const limit = this.deps.threshold ?? 5000;
    const out: HealthFinding[] = [];
    for (const def of this.release.lists) {
      const state = site.lists.get(def.key);
      if (!state || state.info.ItemCount < limit * 0.8) continue;
      const missing = def.fields.filter((f) => (f.indexed || f.unique) && !state.fields.find((x) => x.InternalName === f.internalName)?.Indexed);
      if (missing.length === 0) continue;
      const past = state.info.ItemCount > limit;
      out.push({
        id: `threshold-${def.key}`,
        area: 'threshold',
        severity: 'problem',
        message:
          `“${def.title}” holds ${fmt(state.info.ItemCount)} items, ${past ? 'past' : 'close to'} SharePoint’s list view threshold of ${fmt(limit)}, ` +
          `and ${missing.map((f) => f.displayName).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not indexed: Pathways Hub’s queries on ${missing.length === 1 ? 'it' : 'them'} ${past ? 'fail' : 'will fail past the threshold'}. ` +
          'Repair adds the indexes (SharePoint may refuse to index a list already far past the threshold: repair it now).',
        repair: { kind: 'setup' },
      });
    }
    return out;
  }

  private async pupilAccess(): Promise<HealthFinding[]> {
    const { items, problems } = await this.deps.pupilAccess.findMismatches();
    const out: HealthFinding[] = items.map((m) => ({
      id: `pupil-${m.pupilId}`,
      area: 'pupil-access' as const,
      severity: 'problem' as const,
      message: `${m.name} (${m.pupilRef}): ${m.access.message ?? 'the records are not shared as the rule says.'}`,
      ...(m.access.reason === 'no-staff-group' ? { how: 'Add the school’s named staff on the Schools page, then repair.' } : {}),
      repair: { kind: 'pupil-access' as const, pupilId: m.pupilId },
    }));
    problems.forEach((p, i) => out.push({ id: `pupil-problem-${i}`, area: 'pupil-access', severity: 'warning', message: `A pupil record could not be read, so who can see it was not checked: ${p.message}` }));
    return out;
  }

  private async schoolGroups(schoolsRead: SchoolsRead): Promise<HealthFinding[]> {
    const [schools, contacts] = await used(schoolsRead);
    const out: HealthFinding[] = [];
    // Every group's members in one batch; the first failure in the schools' order is the one reported.
    const withGroup = schools.items.filter((school) => school.staffGroupId !== undefined);
    const members = await runBatchedAtOnce(
      this.deps.sp,
      withGroup.map((school) => (b) => b.web.siteGroups.getById(school.staffGroupId as number).users.select('Email')<{ Email: string }[]>()),
    );
    const read = schools.items.map((school): PromiseSettledResult<{ Email: string }[]> => {
      const i = withGroup.indexOf(school);
      return i < 0 ? { status: 'fulfilled', value: [] } : members[i];
    });
    for (const [i, school] of schools.items.entries()) {
      const named = contacts.items.filter((c) => c.schoolId === school.id).map((c) => c.email.toLowerCase());
      if (school.staffGroupId === undefined) {
        if (named.length) out.push({ id: `school-${school.id}`, area: 'school-groups', severity: 'problem', message: `${school.name} has named staff but no staff group, so none of them can see its pupils.`, repair: { kind: 'school-group', schoolId: school.id } });
        continue;
      }
      const answer = read[i];
      if (answer.status === 'rejected') throw answer.reason;
      const members = answer.value.map((u) => u.Email.toLowerCase());
      const extra = members.filter((m) => m && !named.includes(m));
      const lacking = named.filter((n) => !members.includes(n));
      if (extra.length === 0 && lacking.length === 0) continue;
      const parts = [
        ...(lacking.length ? [`${lacking.join(', ')} ${lacking.length === 1 ? 'is a named contact but is' : 'are named contacts but are'} not in it`] : []),
        ...(extra.length ? [`${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} in it but not among the named staff, and can see the school’s pupils`] : []),
      ];
      out.push({ id: `school-${school.id}`, area: 'school-groups', severity: 'problem', message: `The staff group of ${school.name} differs from its named staff: ${parts.join('; ')}.`, repair: { kind: 'school-group', schoolId: school.id } });
    }
    return out;
  }

  private async graph(): Promise<HealthFinding[]> {
    const graph = this.deps.graph;
    if (!graph) {
      return [{ id: 'graph-not-checked', area: 'graph', severity: 'info', message: 'The Microsoft Graph permissions were not checked here (no Graph sign-in). Check this site from the Site setup page to test them.' }];
    }
    const out: HealthFinding[] = [];
    const results = await Promise.all(GRAPH_SCOPES_USED.map(({ scope }) => probe(graph, scope)));
    for (const [i, { scope, why }] of GRAPH_SCOPES_USED.entries()) {
      const result = results[i];
      if (result === 'approved') continue;
      out.push(
        result === 'not-approved'
          ? {
              id: `graph-${scope}`,
              area: 'graph',
              severity: 'problem',
              message: `The administrator has not approved the Microsoft Graph permission ${scope}. ${why}`,
              how: 'A SharePoint administrator approves it in the SharePoint admin centre: Advanced, API access, the pending request from Pathways Hub.',
            }
          : { id: `graph-${scope}`, area: 'graph', severity: 'warning', message: `Could not tell whether ${scope} is approved: ${result.unknown}` },
      );
    }
    return out;
  }

  /** From the snapshot setup read (no further request); Repair runs setup, which sets them. */
  private regional(site: SiteSnapshot): HealthFinding[] {
    const wrong = regionalDiffers(site);
    if (wrong.length === 0) return [];
    return [
      {
        id: 'regional',
        area: 'regional',
        severity: 'warning',
        message: `The site’s regional settings are not English (United Kingdom), London time and the 24-hour clock: ${wrong.join('; ')}. Pathways Hub works in them, but SharePoint’s own pages and list views will show dates the American way or in the wrong time.`,
        how: `Repair sets them (as a site owner). Or a site owner sets them in Settings, Site information, View all site settings, Regional settings: locale English (United Kingdom), ${LONDON}, 24-hour time; then Save.`,
        repair: { kind: 'setup' },
      },
    ];
  }
}

