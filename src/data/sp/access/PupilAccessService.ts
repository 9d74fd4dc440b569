/**
 * Who sees a pupil's records (docs/architecture.md, "Who sees what"). Each pupil item, and each pupil's folder in
 * every 'pupil-folder' list, has unique permissions: the site's own groups (copied when inheritance is broken)
 * plus Read for the pupil's home-school staff group. Items inside a folder inherit from it, so a change of
 * home school is one role-assignment swap per scope, not one per record.
 *
 * SharePoint batches are not transactional: every step is idempotent, and the result lists what failed so the
 * caller can say so and run it again.
 */
import type { SPFI } from '../pnpSetup';
import { LISTS, listByKey } from '../../../lists';
import { pupilFolderUrl } from '../siteInfo';
import { toDataError } from '../spErrors';
import { ROLE_READ } from './roles';

export interface AccessChange {
  readonly pupilItemId: number;
  readonly pupilRef: string;
  /** The home-school group to grant Read, or undefined when the pupil has none (single registration) or has left. */
  readonly grantGroupId?: number;
  /** Groups to remove (a previous home school). */
  readonly revokeGroupIds?: readonly number[];
}

export interface AccessResult {
  readonly scopes: number;
  readonly failures: string[];
}

const folderLists = LISTS.filter((l) => l.security === 'pupil-folder');

export class PupilAccessService {
  public constructor(private readonly sp: SPFI, private readonly siteUrl: string) {}

  /**
   * Makes sure the pupil's folder exists in every pupil-folder list; returns the folder item ids by list title.
   * Folders are made with AddSubFolderUsingPath, which gives a folder its list item in a list as well as in a
   * library: folders.addUsingPath in a generic list makes a folder with no item, which cannot be secured
   * (pnp/pnpjs#747, pnp/cli-microsoft365#6804).
   */
  public async ensureFolders(pupilRef: string): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const list of folderLists) {
      const url = pupilFolderUrl(this.siteUrl, list.url, pupilRef);
      let id = await this.folderItemId(url);
      if (id === undefined) {
        await this.sp.web.lists.getByTitle(list.title).rootFolder.addSubFolderUsingPath(pupilRef);
        id = await this.folderItemId(url);
      }
      if (id === undefined) throw toDataError(new Error(`folder ${url} was not created`), `create the folder for ${pupilRef}`);
      ids.set(list.title, id);
    }
    return ids;
  }

  /** Applies the change to the pupil item and every folder of the pupil. */
  public async apply(change: AccessChange): Promise<AccessResult> {
    const folders = await this.ensureFolders(change.pupilRef);
    const scopes: { listTitle: string; itemId: number }[] = [
      { listTitle: listByKey('pupils').title, itemId: change.pupilItemId },
      ...Array.from(folders.entries()).map(([listTitle, itemId]) => ({ listTitle, itemId })),
    ];
    const failures: string[] = [];
    const [batched, execute] = this.sp.batched();
    const pending: Promise<unknown>[] = [];
    const track = (p: Promise<unknown>, what: string): void => {
      pending.push(p.catch((e: unknown) => failures.push(`${what}: ${toDataError(e, what).message}`)));
    };
    for (const scope of scopes) {
      const item = batched.web.lists.getByTitle(scope.listTitle).items.getById(scope.itemId);
      track(item.breakRoleInheritance(true, false), `secure ${scope.listTitle} ${scope.itemId}`);
      for (const groupId of change.revokeGroupIds ?? []) {
        if (groupId !== change.grantGroupId) {
          track(item.roleAssignments.remove(groupId, ROLE_READ), `remove access in ${scope.listTitle}`);
        }
      }
      if (change.grantGroupId !== undefined) {
        track(item.roleAssignments.add(change.grantGroupId, ROLE_READ), `grant access in ${scope.listTitle}`);
      }
    }
    await execute();
    await Promise.all(pending);
    return { scopes: scopes.length, failures };
  }

  private async folderItemId(serverRelativeUrl: string): Promise<number | undefined> {
    try {
      const item = await this.sp.web.getFolderByServerRelativePath(serverRelativeUrl).listItemAllFields.select('Id')<{ Id?: number }>();
      return typeof item.Id === 'number' ? item.Id : undefined;
    } catch {
      return undefined;
    }
  }
}
