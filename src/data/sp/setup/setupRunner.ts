/**
 * Carries out a setup plan through PnPjs: one step at a time, checking for cancellation before every write, and
 * learning the ids it needs (new groups, levels, lists) as it goes. A step interrupted half-way is simply planned
 * again by the next run, which reads the site afresh: every write here is one SharePoint accepts twice or that the
 * plan leaves out once done.
 */
import {
  LEADERSHIP_LEVEL,
  REGIONAL_SETTINGS,
  SCHEMA_VERSION_KEY,
  SITE_GROUPS,
  SITE_PAGES_FOLDER,
  maskOf,
  folderKey,
  legacyKey,
  pageFileName,
  siteGroup,
  sitePage,
  type AccessLevel,
  type ListDefinition,
  type ListKey,
  type ListViewDefinition,
  type PrincipalKey,
  type SchemaVersionRecord,
  type PageWebPartDefinition,
  type SitePageDefinition,
  type SitePageKey,
} from '../../../lists';
import { fieldSchemaXml } from '../../../lists/fieldSchemaXml';
import { DataError } from '../../errors';
import type { ClientsideWebpart } from '@pnp/sp/clientside-pages';
import { loadClientsidePages, type SPFI } from '../pnpSetup';
import { runBatched } from '../batchRetry';
import { forgetSiteRegional } from '../siteRegional';
import { toDataError } from '../spErrors';
import { CURRENT_RELEASE, leafOf, principalIdOf, roleDefIdOf, viewQueryOf, type SchemaRelease } from './setupPlan';
import type { SiteSnapshot } from './siteSnapshot';
import type { SetupAction, SetupProgress, SetupStep } from './setupTypes';
import { SetupCancelledError } from './setupCancelled';
import '../pnp/fields';
import '../pnp/files';
import '../pnp/security';
import '../pnp/siteGroups';
import '../pnp/siteScripts';
import '../pnp/views';

/** Items read per page, and written per batch, when a unique column is filled. */
const FILL_PAGE_SIZE = 5000;
const FILL_BATCH = 100;

interface EmptyRow {
  readonly Id: number;
  readonly folder: boolean;
  readonly fileRef: string;
}

/** AddFieldOptions.AddFieldInternalNameHint: use the schema's Name as the internal name, not its DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;
const LIST_TEMPLATE = { genericList: 100, documentLibrary: 101 } as const;
/** SiteScriptActionOutcome.Failure (PnPjs site-scripts): the action did not complete. */
const ACTION_FAILED = 1;
/** Order of the Leadership level among the site's levels (after the built-in ones). */
const LEVEL_ORDER = 180;

export { SetupCancelledError };

/** Ids learned while running (a new list's id, a new group's id …), over what the snapshot knew. */
interface Known {
  listIds: Map<ListKey, string>;
  groupIds: Map<PrincipalKey, number>;
  roleDefIds: Map<AccessLevel, number>;
  /** Page item ids in Site Pages, by page. */
  pageIds: Map<SitePageKey, number>;
}

export interface RunnerOptions {
  readonly release?: SchemaRelease;
  readonly signal?: AbortSignal;
  /** "Now" for data migrations (default: the clock). */
  readonly now?: () => Date;
}

export class SetupRunner {
  private writes = 0;
  private readonly known: Known;
  private readonly lists: readonly ListDefinition[];
  private readonly release: SchemaRelease;
  private readonly signal?: AbortSignal;
  /** The site's version record as written so far (migrations are recorded one by one as they finish). */
  private record: { itemId?: number; version: number; migrations: string[] };
  private progress?: (p: SetupProgress) => void;
  private current?: SetupProgress;

  public constructor(
    private readonly sp: SPFI,
    private readonly site: SiteSnapshot,
    private readonly options: RunnerOptions = {},
  ) {
    this.release = options.release ?? CURRENT_RELEASE;
    this.lists = this.release.lists;
    this.signal = options.signal;
    const v = site.schemaVersion;
    // A site with Pathways lists and no record was set up before versions were recorded: version 1.
    this.record = { ...(v ? { itemId: v.itemId } : {}), version: v?.version ?? 1, migrations: [...(v?.migrations ?? [])] };
    const listIds = new Map<ListKey, string>();
    site.lists.forEach((state, key) => listIds.set(key, state.info.Id));
    const groupIds = new Map<PrincipalKey, number>();
    for (const key of ['owners', ...SITE_GROUPS.map((g) => g.key)] as PrincipalKey[]) {
      const id = principalIdOf(site, key);
      if (id !== undefined) groupIds.set(key, id);
    }
    const roleDefIds = new Map<AccessLevel, number>();
    for (const level of ['read', 'contribute', 'leadership', 'fullControl'] as AccessLevel[]) {
      const id = roleDefIdOf(site, level);
      if (id !== undefined) roleDefIds.set(level, id);
    }
    const pageIds = new Map<SitePageKey, number>();
    for (const def of this.release.pages ?? []) {
      const info = site.sitePages?.pages.get(pageFileName(def).toLowerCase());
      if (info) pageIds.set(def.key, info.Id);
    }
    this.known = { listIds, groupIds, roleDefIds, pageIds };
  }

  public get writeCount(): number {
    return this.writes;
  }

  public async runSteps(steps: readonly SetupStep[], onProgress?: (p: SetupProgress) => void): Promise<number> {
    let done = 0;
    this.progress = onProgress;
    for (const [i, step] of steps.entries()) {
      this.checkCancelled();
      this.current = { step: i + 1, of: steps.length, label: step.label };
      onProgress?.(this.current);
      for (const action of step.actions) await this.run(action);
      done += 1;
    }
    return done;
  }

  private checkCancelled(): void {
    if (this.signal?.aborted) throw new SetupCancelledError();
  }

  /** Every write goes through here: cancellation is honoured before it, and it is counted. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    this.checkCancelled();
    this.writes += 1;
    return work();
  }

  private def(key: ListKey): ListDefinition {
    const d = this.lists.find((l) => l.key === key);
    if (!d) throw new Error(`No list '${key}' is declared.`);
    return d;
  }

  private listId(key: ListKey): string {
    const id = this.known.listIds.get(key);
    if (!id) throw new Error(`The list ${this.def(key).title} does not exist yet.`);
    return id;
  }

  private list(key: ListKey): ReturnType<SPFI['web']['lists']['getById']> {
    return this.sp.web.lists.getById(this.listId(key));
  }

  private principal(key: PrincipalKey): number {
    const id = this.known.groupIds.get(key);
    if (id === undefined) throw new Error(`The group for '${key}' does not exist yet.`);
    return id;
  }

  private async roleDef(level: AccessLevel): Promise<number> {
    const known = this.known.roleDefIds.get(level);
    if (known !== undefined) return known;
    if (level !== 'leadership') throw new Error(`This site has no built-in ${level} permission level.`);
    const found = await this.sp.web.roleDefinitions.getByName(LEADERSHIP_LEVEL.name).select('Id')<{ Id: number }>();
    this.known.roleDefIds.set(level, found.Id);
    return found.Id;
  }

  private async run(a: SetupAction): Promise<void> {
    switch (a.kind) {
      case 'createLeadershipLevel': {
        const mask = maskOf(LEADERSHIP_LEVEL.permissions);
        const created = await this.write(() =>
          this.sp.web.roleDefinitions.add(LEADERSHIP_LEVEL.name, LEADERSHIP_LEVEL.description, LEVEL_ORDER, { High: Number(mask.High), Low: Number(mask.Low) }),
        );
        this.known.roleDefIds.set('leadership', Number((created.data as { Id: number }).Id));
        return;
      }
      case 'updateLeadershipLevel': {
        const mask = maskOf(LEADERSHIP_LEVEL.permissions);
        await this.write(() => this.sp.web.roleDefinitions.getById(a.roleDefId).update({ BasePermissions: { High: Number(mask.High), Low: Number(mask.Low) } }));
        return;
      }
      case 'createGroup': {
        const g = siteGroup(a.group);
        const created = await this.write(() =>
          this.sp.web.siteGroups.add({
            Title: g.title,
            Description: g.description,
            OnlyAllowMembersViewMembership: g.onlyMembersViewMembership,
            AllowMembersEditMembership: false,
            AllowRequestToJoinLeave: false,
          }),
        );
        this.known.groupIds.set(a.group, Number((created as { Id: number }).Id));
        return;
      }
      case 'updateGroupVisibility': {
        const g = siteGroup(a.group);
        await this.write(() => this.sp.web.siteGroups.getById(this.principal(a.group)).update({ OnlyAllowMembersViewMembership: g.onlyMembersViewMembership }));
        return;
      }
      case 'updateGroupDescription':
        await this.write(() => this.sp.web.siteGroups.getById(this.principal(a.group)).update({ Description: siteGroup(a.group).description }));
        return;
      case 'setGroupOwner':
        await this.write(() => this.sp.web.siteGroups.getById(this.principal(a.group)).setUserAsOwner(this.principal('owners')));
        return;
      case 'grantWeb': {
        const rid = await this.roleDef(a.level);
        await this.write(() => this.sp.web.roleAssignments.add(this.principal(a.principal), rid));
        return;
      }
      case 'revokeWeb':
        await this.write(() => this.sp.web.roleAssignments.remove(this.principal(a.principal), a.roleDefId));
        return;
      case 'createList':
        return this.createList(a.list);
      case 'updateList':
        await this.write(() => this.list(a.list).update(a.changes));
        return;
      case 'addField':
        await this.write(() =>
          this.list(a.list).fields.createFieldAsXml({
            SchemaXml: fieldSchemaXml(a.field, { lookupListRef: (key) => `{${this.listId(key)}}` }).join(''),
            Options: ADD_FIELD_INTERNAL_NAME_HINT,
          }),
        );
        return;
      case 'updateField':
        await this.write(() => this.list(a.list).fields.getByInternalNameOrTitle(a.internalName).update(a.changes, 'SP.Field'));
        return;
      case 'fillUniqueKeys':
        return this.fillUniqueKeys(a.list, a.internalName);
      case 'addView':
        return this.addView(a.list, a.view);
      case 'updateView': {
        const view = this.list(a.list).views.getById(a.viewId);
        if (Object.keys(a.props).length) await this.write(() => view.update(a.props));
        if (a.fields) await this.setViewFields(view, a.view);
        return;
      }
      case 'breakListInheritance':
        await this.write(() => this.list(a.list).breakRoleInheritance(false, false));
        return;
      case 'grantList': {
        const rid = await this.roleDef(a.level);
        await this.write(() => this.list(a.list).roleAssignments.add(this.principal(a.principal), rid));
        return;
      }
      case 'revokeList': {
        const principal = a.principal;
        if (principal !== 'me') {
          await this.write(() => this.list(a.list).roleAssignments.remove(this.principal(principal), a.roleDefId));
          return;
        }
        // After breaking without copying, SharePoint gave the person running setup Full Control in person.
        const me = this.site.currentUserId;
        const mine = await this.list(a.list).roleAssignments.filter(`PrincipalId eq ${me}`)<{ PrincipalId: number }[]>().catch(() => []);
        if (mine.some((r) => r.PrincipalId === me)) {
          await this.write(() => this.list(a.list).roleAssignments.getById(me).delete());
        }
        return;
      }
      case 'setRegionalSettings':
        return this.setRegionalSettings();
      case 'createPage':
        return this.createPage(sitePage(a.page));
      case 'publishPage': {
        const page = await this.pageApi().then(() => this.sp.web.loadClientsidePage(this.pageUrl(sitePage(a.page))));
        await this.write(() => page.save(true));
        return;
      }
      case 'addPageWebParts':
        return this.addWebParts(sitePage(a.page), a.webPartIds);
      case 'breakPageInheritance':
        await this.write(async () => this.pageItem(await this.pageId(a.page)).breakRoleInheritance(true, false));
        return;
      case 'grantPageRead': {
        const rid = await this.roleDef('read');
        await this.write(async () => this.pageItem(await this.pageId(a.page)).roleAssignments.add(a.principalId, rid));
        return;
      }
      case 'runMigration':
        return this.runMigration(a.id);
      case 'recordSchemaVersion':
        return this.writeRecord({ version: this.release.version, migrations: [...this.record.migrations, ...a.markDone.filter((id) => !this.record.migrations.includes(id))] });
    }
  }

  /**
   * SharePoint's REST API refuses to change web/RegionalSettings (MERGE: "does not support HTTP PATCH"); a site
   * owner changes them through the site script action setRegionalSettings, run on this web. The action answers
   * success or failure in its result, not by HTTP status: a failure is an error naming SharePoint's reason.
   */
  private async setRegionalSettings(): Promise<void> {
    const action = { verb: 'setRegionalSettings', locale: REGIONAL_SETTINGS.localeId, timeZone: REGIONAL_SETTINGS.timeZone, hourFormat: REGIONAL_SETTINGS.time24 ? '24' : '12' };
    const answer: unknown = await this.write(() => this.sp.siteScripts.executeSiteScriptAction(JSON.stringify(action)));
    const results = (Array.isArray(answer) ? answer : [answer]) as { Outcome?: number; OutcomeText?: string | null }[];
    const failed = results.find((r) => r.Outcome === ACTION_FAILED);
    if (failed || results.length === 0) {
      throw new DataError('unknown', `SharePoint did not set the site’s regional settings${failed?.OutcomeText ? `: ${failed.OutcomeText.trim().replace(/\.$/, '')}` : ''}. A site owner can set them in Site settings, Regional settings.`);
    }
    // Dates written as form values follow these settings: read them afresh from now on.
    forgetSiteRegional(this.site.url);
  }

  /** Runs one data migration, then records it as done (so an interrupted upgrade never runs it again). */
  private async runMigration(id: string): Promise<void> {
    const migration = this.release.migrations.find((m) => m.id === id);
    if (!migration) throw new Error(`No data migration '${id}' is registered.`);
    const step = this.current;
    await migration.run(
      this.sp,
      (done, of, what) => {
        this.checkCancelled();
        if (step) this.progress?.({ ...step, detail: `${done} of ${of} ${what}` });
      },
      { siteUrl: this.site.url, now: this.options.now ?? ((): Date => new Date()) },
    );
    await this.writeRecord({ version: this.record.version, migrations: [...this.record.migrations, id] });
  }

  /** The items and folders with no value in a column, paged by ID (never meets the list view threshold). */
  private async emptyOf(key: ListKey, column: string): Promise<EmptyRow[]> {
    const out: EmptyRow[] = [];
    for await (const page of this.list(key).items.select('Id', 'FileSystemObjectType', 'FileRef', column).top(FILL_PAGE_SIZE)) {
      for (const row of page as Record<string, unknown>[]) {
        const v = row[column];
        if (v === null || v === undefined || v === '') out.push({ Id: Number(row.Id), folder: Number(row.FileSystemObjectType) === 1, fileRef: String(row.FileRef ?? '') });
      }
    }
    return out;
  }

  /**
   * Gives every item and folder with no value in a column that must be unique its own value (src/lists/uniqueKeys.ts:
   * `legacy:<id>`, folders `folder:<path below the list>`), in batches with progress, then reads the column back.
   * Resumable: a run stopped half-way finds only what is still empty.
   */
  private async fillUniqueKeys(key: ListKey, internalName: string): Promise<void> {
    const def = this.def(key);
    const field = def.fields.find((f) => f.internalName === internalName);
    if (!field) throw new Error(`No column ${internalName} is declared in ${def.title}.`);
    const root = `${this.site.serverRelativeUrl.replace(/\/+$/, '')}/${def.url}/`.toLowerCase();
    const valueOf = (row: EmptyRow): string =>
      row.folder ? folderKey(field, row.fileRef.toLowerCase().startsWith(root) ? row.fileRef.slice(root.length) : `#${row.Id}`, row.Id) : legacyKey(field, row.Id);
    const empty = await this.emptyOf(key, internalName);
    const step = this.current;
    const failures: string[] = [];
    for (let i = 0; i < empty.length; i += FILL_BATCH) {
      this.checkCancelled();
      if (step) this.progress?.({ ...step, detail: `${i} of ${empty.length} items given their own ${field.displayName}` });
      const chunk = empty.slice(i, i + FILL_BATCH);
      this.writes += chunk.length;
      const results = await runBatched(this.sp, chunk.map((row) => (b: SPFI) => b.web.lists.getById(this.listId(key)).items.getById(row.Id).update({ [internalName]: valueOf(row) })));
      results.forEach((r) => {
        if (r.status === 'rejected') failures.push(toDataError(r.reason, `fill ${field.displayName}`).message);
      });
    }
    if (step && empty.length) this.progress?.({ ...step, detail: `${empty.length} of ${empty.length} items given their own ${field.displayName}` });
    const left = empty.length ? (await this.emptyOf(key, internalName)).length : 0;
    if (left > 0) {
      throw new DataError(
        'unknown',
        `${left} item${left === 1 ? '' : 's'} in “${def.title}” still ${left === 1 ? 'has' : 'have'} no ${field.displayName}, which must be different on every item${failures[0] ? ` (${failures[0]})` : ''}. Run Upgrade again: it carries on from there.`,
      );
    }
  }

  /**
   * A new list is first created under the last segment of its URL (SharePoint names the address from the first
   * title), then given its real title: so it lands at Lists/PwPupils, not Lists/Pathways Pupils.
   */
  private async createList(key: ListKey): Promise<void> {
    const def = this.def(key);
    const template = LIST_TEMPLATE[def.template ?? 'genericList'];
    const created = await this.write(() =>
      this.sp.web.lists.add(leafOf(def), def.description, template, false, {
        EnableVersioning: def.versioning.enabled,
        ...(def.versioning.enabled && def.versioning.majorVersionLimit !== undefined ? { MajorVersionLimit: def.versioning.majorVersionLimit } : {}),
        EnableFolderCreation: def.security === 'pupil-folder',
      }),
    );
    this.known.listIds.set(key, String((created as { Id: string }).Id));
    await this.write(() => this.list(key).update({ Title: def.title }));
  }

  /**
   * PnPjs's page API, loaded on demand (only setup needs it): `control` makes a web part the way PnPjs does from
   * what SharePoint's GetClientSideWebParts gives for a component (its id and its manifest's first entry).
   */
  private async pageApi(): Promise<{ control: (wp: PageWebPartDefinition) => ClientsideWebpart }> {
    const { ClientsideWebpart: Part } = await loadClientsidePages();
    return {
      control: (wp) =>
        Part.fromComponentDef({
          Id: wp.id,
          Manifest: JSON.stringify({ preconfiguredEntries: [{ title: { default: wp.title }, description: { default: wp.description }, properties: wp.properties }] }),
        } as Parameters<typeof Part.fromComponentDef>[0]),
    };
  }

  private pageUrl(def: SitePageDefinition): string {
    return `${this.site.serverRelativeUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}/${pageFileName(def)}`;
  }

  private pageItem(id: number): ReturnType<ReturnType<SPFI['web']['getList']>['items']['getById']> {
    return this.sp.web.getList(`${this.site.serverRelativeUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}`).items.getById(id);
  }

  private async pageId(key: SitePageKey): Promise<number> {
    const known = this.known.pageIds.get(key);
    if (known !== undefined) return known;
    const item = await this.sp.web.getFileByServerRelativePath(this.pageUrl(sitePage(key))).listItemAllFields.select('Id')<{ Id: number }>();
    this.known.pageIds.set(key, item.Id);
    return item.Id;
  }

  /**
   * A new page, as SharePoint's own page editor makes one: created (named from `name`), its web parts placed in one
   * full-width section, saved and published, so everyone who may read it sees it.
   */
  private async createPage(def: SitePageDefinition): Promise<void> {
    const api = await this.pageApi();
    const page = await this.write(() => this.sp.web.addClientsidePage(def.name, def.title, def.layout));
    const column = page.addSection().addColumn(12);
    for (const wp of def.webParts) column.addControl(api.control(wp));
    await this.write(() => page.save(true));
  }

  /** Places the declared web parts a page lacks, after what is on it (nothing is removed), and publishes it. */
  private async addWebParts(def: SitePageDefinition, ids: readonly string[]): Promise<void> {
    const api = await this.pageApi();
    const page = await this.sp.web.loadClientsidePage(this.pageUrl(def));
    const column = page.addSection().addColumn(12);
    for (const wp of def.webParts.filter((w) => ids.includes(w.id.toLowerCase()))) column.addControl(api.control(wp));
    await this.write(() => page.save(true));
  }

  private async addView(key: ListKey, view: ListViewDefinition): Promise<void> {
    const query = viewQueryOf(view);
    const created = await this.write(() =>
      this.list(key).views.add(view.title, false, { ViewQuery: query, RowLimit: view.rowLimit ?? 30, ...(view.default ? { DefaultView: true } : {}) }),
    );
    await this.setViewFields(this.list(key).views.getById(String((created as { Id: string }).Id)), view);
  }

  private async setViewFields(view: ReturnType<ReturnType<SPFI['web']['lists']['getById']>['views']['getById']>, def: ListViewDefinition): Promise<void> {
    await this.write(() => view.fields.removeAll());
    for (const f of def.fields) await this.write(() => view.fields.add(f));
  }

  private async writeRecord(next: SchemaVersionRecord): Promise<void> {
    const items = this.list('settings').items;
    const body = { Title: 'Pathways Hub schema version', PwKey: SCHEMA_VERSION_KEY, PwValue: JSON.stringify(next) };
    const itemId = this.record.itemId;
    if (itemId !== undefined) await this.write(() => items.getById(itemId).update(body));
    else {
      const added = await this.write(() => items.add(body));
      this.record.itemId = Number((added as { Id: number }).Id);
    }
    this.record = { ...this.record, version: next.version, migrations: [...next.migrations] };
  }
}
