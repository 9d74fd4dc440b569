/**
 * Who sees a pupil's records (docs/architecture.md, "Who sees what"; docs/sharing.md). Each pupil item, and each
 * pupil's folder in every 'pupil-folder' list, has unique permissions: the list's own grants (copied when inheritance
 * is broken) plus Read for the pupil's home-school staff group where the sharing table says the school reads that
 * list (src/lists/homeSchoolSharing.ts with the settings); elsewhere no school's group at all. Items inside a folder inherit from it, so a change of
 * home school is one role-assignment swap per scope, not one per record.
 *
 * `apply` makes each scope's school grants exactly the one wanted: it reads what each scope grants, removes every
 * other school group it finds and adds the wanted one, so running it again after a partial failure converges.
 * SharePoint batches are not transactional: every step is idempotent, and the result lists what failed so the
 * caller can say so and run it again.
 */
import type { SPFI } from '../pnpSetup';
import { DataError } from '../../errors';
import { LISTS, listByKey } from '../../../lists';
import { addPupilFolder } from '../folderWriter';
import { pupilFolderUrl } from '../siteInfo';
import { runBatched, type BatchRetryOptions, type BatchedJob } from '../batchRetry';
import { toDataError } from '../spErrors';
import { ROLE_READ } from './roles';

export interface AccessChange {
  readonly pupilItemId: number;
  readonly pupilRef: string;
  /** The home-school group to grant Read, or undefined when no school should see the pupil. */
  readonly grantGroupId?: number;
  /** Every school staff group: any of them other than grantGroupId found on a scope is removed. */
  readonly schoolGroupIds: readonly number[];
  /** The pupil's folder item ids by list title, when the caller has just made sure of them. */
  readonly folders?: ReadonlyMap<string, number>;
  /**
   * The pupil-folder lists (titles) whose folder the home school reads (the sharing table with the settings,
   * src/lists/homeSchoolSharing.ts). In every other list the folder carries no school's grant at all.
   */
  readonly sharedLists: ReadonlySet<string>;
}

export interface AccessFailure {
  /** "grant access in Pathways PIPs" */
  readonly what: string;
  readonly error: DataError;
}

export interface AccessResult {
  readonly scopes: number;
  readonly failures: readonly AccessFailure[];
}

const folderLists = LISTS.filter((l) => l.security === 'pupil-folder');

interface Scope {
  readonly listTitle: string;
  readonly itemId: number;
  /** Whether the home school reads this scope (the pupil item always; a folder as the sharing table says). */
  readonly shared?: boolean;
}

export class PupilAccessService {
  public constructor(private readonly sp: SPFI, private readonly siteUrl: string) {}

  /**
   * Makes sure the pupil's folder exists in every pupil-folder list; returns the folder item ids by list title.
   * Folders are made with their list item (folders.addUsingPath in a generic list makes a folder with no item,
   * which cannot be secured: pnp/pnpjs#747, pnp/cli-microsoft365#6804), carrying their key in every unique
   * column (addPupilFolder).
   */
  public async ensureFolders(pupilRef: string): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    // Every folder looked up in one batch (one request, not one a list); only a missing one is made and read again.
    const found = await runBatched(
      this.sp,
      folderLists.map((list) => (sp: SPFI) => sp.web.getFolderByServerRelativePath(pupilFolderUrl(this.siteUrl, list.url, pupilRef)).listItemAllFields.select('Id')<{ Id?: number }>()),
    );
    for (const [i, list] of folderLists.entries()) {
      const url = pupilFolderUrl(this.siteUrl, list.url, pupilRef);
      const r = found[i];
      let id: number | undefined;
      if (r.status === 'fulfilled') id = typeof r.value.Id === 'number' ? r.value.Id : undefined;
      else {
        const err = toDataError(r.reason, `find the folder ${url}`);
        if (err.kind !== 'not-found') throw err;
      }
      if (id === undefined) {
        let failure: DataError | undefined;
        try {
          await addPupilFolder(this.sp, this.siteUrl, list, pupilRef);
        } catch (e) {
          // A re-sent create whose first attempt was stored is refused ("already exists"): the folder is there.
          failure = e instanceof DataError ? e : toDataError(e, `create the folder of ${pupilRef} in ${list.title}`);
        }
        id = await this.folderItemId(url);
        if (id === undefined && failure) throw failure;
      }
      if (id === undefined) throw new DataError('unknown', `Could not create the folder of ${pupilRef} in ${list.title}: SharePoint did not make its list item.`);
      ids.set(list.title, id);
    }
    return ids;
  }

  /**
   * The pupil-folder lists (titles) where the pupil's folder is missing or not yet secured (still inheriting the
   * list's permissions): lists an upgrade added after the pupil was enrolled, or a folder made by an interrupted run.
   */
  public async foldersToSecure(pupilRef: string): Promise<string[]> {
    const out: string[] = [];
    for (const list of folderLists) {
      const url = pupilFolderUrl(this.siteUrl, list.url, pupilRef);
      try {
        const item = await this.sp.web.getFolderByServerRelativePath(url).listItemAllFields.select('Id', 'HasUniqueRoleAssignments')<{ Id?: number; HasUniqueRoleAssignments?: boolean }>();
        if (typeof item.Id !== 'number' || item.HasUniqueRoleAssignments !== true) out.push(list.title);
      } catch (e) {
        const err = toDataError(e, `find the folder ${url}`);
        if (err.kind !== 'not-found') throw err;
        out.push(list.title);
      }
    }
    return out;
  }

  /**
   * Applies the change to the pupil item and every folder of the pupil, in two batches: first each scope's own
   * permissions are made unique (a no-op where they are) and its grants read, then only what differs is changed.
   * Both go through runBatched, which sends again only the parts SharePoint throttled (429/503), after their
   * Retry-After; PnPjs's own retry honours it for a whole request. A scope whose first batch failed is left
   * unchanged and reported, for the next attempt.
   */
  public async apply(change: AccessChange, options: BatchRetryOptions = {}): Promise<AccessResult> {
    const folders = change.folders ?? (await this.ensureFolders(change.pupilRef));
    const scopes: Scope[] = [
      { listTitle: listByKey('pupils').title, itemId: change.pupilItemId, shared: true },
      ...Array.from(folders.entries()).map(([listTitle, itemId]) => ({ listTitle, itemId, shared: change.sharedLists.has(listTitle) })),
    ];
    const failures: AccessFailure[] = [];
    const granted = await this.secureAndRead(scopes, failures, options);
    const schoolGroups = new Set(change.schoolGroupIds);
    const writes: { job: BatchedJob<unknown>; what: string }[] = [];
    scopes.forEach((scope, i) => {
      const principals = granted[i];
      if (principals === undefined) return; // could not be secured or read: reported, left for the next attempt
      const item = (sp: SPFI) => sp.web.lists.getByTitle(scope.listTitle).items.getById(scope.itemId);
      const want = scope.shared === true ? change.grantGroupId : undefined;
      for (const groupId of principals) {
        if ((schoolGroups.has(groupId) || groupId === change.grantGroupId) && groupId !== want) {
          writes.push({ job: (sp) => item(sp).roleAssignments.remove(groupId, ROLE_READ), what: `remove a school's access in ${scope.listTitle}` });
        }
      }
      if (want !== undefined && !principals.has(want)) {
        writes.push({ job: (sp) => item(sp).roleAssignments.add(want, ROLE_READ), what: `grant access in ${scope.listTitle}` });
      }
    });
    if (writes.length > 0) {
      const results = await runBatched(this.sp, writes.map((w) => w.job), options);
      results.forEach((r, i) => {
        if (r.status === 'rejected') failures.push({ what: writes[i].what, error: toDataError(r.reason, writes[i].what) });
      });
    }
    return { scopes: scopes.length, failures };
  }

  /**
   * Makes each scope's permissions unique (copying the list's) and reads the principals it grants: undefined where
   * either failed, with the failure recorded. Breaking inheritance comes first in the batch (parts run in order),
   * so the grants read are the scope's own.
   */
  private async secureAndRead(scopes: readonly Scope[], failures: AccessFailure[], options: BatchRetryOptions): Promise<(Set<number> | undefined)[]> {
    const jobs: BatchedJob<unknown>[] = scopes.flatMap((scope): BatchedJob<unknown>[] => {
      const item = (sp: SPFI) => sp.web.lists.getByTitle(scope.listTitle).items.getById(scope.itemId);
      return [(sp) => item(sp).breakRoleInheritance(true, false), (sp) => item(sp).roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>()];
    });
    const results = await runBatched(this.sp, jobs, options);
    return scopes.map((scope, i) => {
      const secured = results[2 * i];
      const read = results[2 * i + 1];
      if (secured.status === 'rejected') {
        const what = `secure ${scope.listTitle} ${scope.itemId}`;
        failures.push({ what, error: toDataError(secured.reason, what) });
        return undefined;
      }
      if (read.status === 'rejected') {
        const what = `read who can see ${scope.listTitle} ${scope.itemId}`;
        failures.push({ what, error: toDataError(read.reason, what) });
        return undefined;
      }
      return new Set((read.value as { PrincipalId: number }[]).map((r) => r.PrincipalId));
    });
  }

  private async folderItemId(serverRelativeUrl: string): Promise<number | undefined> {
    try {
      const item = await this.sp.web.getFolderByServerRelativePath(serverRelativeUrl).listItemAllFields.select('Id')<{ Id?: number }>();
      return typeof item.Id === 'number' ? item.Id : undefined;
    } catch (e) {
      const err = toDataError(e, `find the folder ${serverRelativeUrl}`);
      if (err.kind === 'not-found') return undefined;
      throw err;
    }
  }
}
