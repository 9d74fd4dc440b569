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
import { LISTS, type ListDefinition } from '../../../lists';
import { pupilsList } from '../../../lists/declared/pupils';
import { addPupilFolder, addPupilSubFolder } from '../folderWriter';
import { pupilFolderUrl } from '../siteInfo';
import { runBatched, type BatchRetryOptions, type BatchedJob } from '../batchRetry';
import { toDataError } from '../spErrors';
import { ROLE_READ } from './roles';
import { refileLetters, type RefileResult } from '../pips/letterFolders';
import type { LetterSharing } from '../../../domain';
import '../pnp/folders';
import '../pnp/security';

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

/**
 * Each folder of a pupil: their folder in every pupil-folder list, then the PRU-only sub-folder of a library that
 * declares one (ListDefinition.pruOnlyFolder: Letters). Keyed by the list's title, and a sub-folder by
 * `<list title>/<sub-folder>` (a list title holds no '/').
 */
interface PupilFolder {
  readonly list: ListDefinition;
  readonly sub?: string;
}
const pupilFolders: readonly PupilFolder[] = [
  ...folderLists.map((list) => ({ list })),
  ...folderLists.filter((l) => l.pruOnlyFolder !== undefined).map((list) => ({ list, sub: list.pruOnlyFolder })),
];
const keyOf = (f: PupilFolder): string => (f.sub === undefined ? f.list.title : `${f.list.title}/${f.sub}`);
/** The list title of a folder key (ensureFolders), and whether it is a PRU-only sub-folder. */
const titleOfKey = (key: string): string => key.split('/')[0];
const isPruOnlyKey = (key: string): boolean => key.includes('/');

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
    const urlOf = (f: PupilFolder): string => `${pupilFolderUrl(this.siteUrl, f.list.url, pupilRef)}${f.sub === undefined ? '' : `/${f.sub}`}`;
    // Every folder looked up in one batch (one request, not one a list); only a missing one is made and read again.
    const found = await runBatched(
      this.sp,
      pupilFolders.map((f) => (sp: SPFI) => sp.web.getFolderByServerRelativePath(urlOf(f)).listItemAllFields.select('Id')<{ Id?: number }>()),
    );
    // The pupil's own folders come first, so a sub-folder's parent exists before the sub-folder is made.
    for (const [i, folder] of pupilFolders.entries()) {
      const url = urlOf(folder);
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
          if (folder.sub === undefined) await addPupilFolder(this.sp, this.siteUrl, folder.list, pupilRef);
          else await addPupilSubFolder(this.sp, this.siteUrl, folder.list, pupilRef, folder.sub);
        } catch (e) {
          // A re-sent create whose first attempt was stored is refused ("already exists"): the folder is there.
          failure = e instanceof DataError ? e : toDataError(e, `create the folder of ${pupilRef} in ${folder.list.title}`);
        }
        id = await this.folderItemId(url);
        if (id === undefined && failure) throw failure;
      }
      if (id === undefined) throw new DataError('unknown', `Could not create the folder ${url}: SharePoint did not make its list item.`);
      ids.set(keyOf(folder), id);
    }
    return ids;
  }

  /**
   * The pupil's folders (keys as ensureFolders: list titles, `<title>/<sub-folder>` for a PRU-only folder) missing or not
   * yet secured (still inheriting): lists or sub-folders an upgrade added after the pupil was enrolled, or a folder made
   * by an interrupted run.
   */
  public async foldersToSecure(pupilRef: string): Promise<string[]> {
    const out: string[] = [];
    for (const folder of pupilFolders) {
      const url = `${pupilFolderUrl(this.siteUrl, folder.list.url, pupilRef)}${folder.sub === undefined ? '' : `/${folder.sub}`}`;
      try {
        const item = await this.sp.web.getFolderByServerRelativePath(url).listItemAllFields.select('Id', 'HasUniqueRoleAssignments')<{ Id?: number; HasUniqueRoleAssignments?: boolean }>();
        if (typeof item.Id !== 'number' || item.HasUniqueRoleAssignments !== true) out.push(keyOf(folder));
      } catch (e) {
        const err = toDataError(e, `find the folder ${url}`);
        if (err.kind !== 'not-found') throw err;
        out.push(keyOf(folder));
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
      { listTitle: pupilsList.title, itemId: change.pupilItemId, shared: true },
      // A PRU-only sub-folder is never shared, whatever the list's setting.
      ...Array.from(folders.entries()).map(([key, itemId]) => ({ listTitle: titleOfKey(key), itemId, shared: !isPruOnlyKey(key) && change.sharedLists.has(titleOfKey(key)) })),
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

  /**
   * Moves the pupil's letters to the folder each kind's setting says (the shared folder or the PRU-only one) and
   * points a PIP's signed agreement at its file again if it moved (letterFolders.ts). Idempotent.
   */
  public refileLetters(pupil: { readonly id: number; readonly pupilRef: string }, letterKinds: LetterSharing): Promise<RefileResult> {
    return refileLetters(this.sp, this.siteUrl, pupil, letterKinds);
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
