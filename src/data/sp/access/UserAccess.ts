/**
 * What the signed-in user is, from their SharePoint group membership: PRU staff belong to the site's staff
 * groups ('Pathways Hub Staff', provisioned by the template, or the site's own Owners/Members groups); home-school
 * staff belong only to their school's group. The page uses this to offer PRU-only actions (the census export);
 * SharePoint's permissions still decide what anyone can read or write.
 */
import type { IUserAccess } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';

/** Group titles whose members are PRU staff. */
export const PRU_STAFF_GROUP_TITLES: readonly string[] = ['Pathways Hub Staff', 'Pathways Hub Owners', 'Pathways Hub Members'];

export class SpUserAccess implements IUserAccess {
  private cached?: Promise<boolean>;

  public constructor(
    private readonly sp: SPFI,
    private readonly staffGroups: readonly string[] = PRU_STAFF_GROUP_TITLES,
  ) {}

  public isPruStaff(): Promise<boolean> {
    if (!this.cached) {
      this.cached = this.load().catch((e: unknown) => {
        this.cached = undefined;
        throw e;
      });
    }
    return this.cached;
  }

  private async load(): Promise<boolean> {
    try {
      const user = await this.sp.web.currentUser.select('IsSiteAdmin')<{ IsSiteAdmin?: boolean }>();
      if (user.IsSiteAdmin === true) return true;
      const groups = await this.sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
      const wanted = new Set(this.staffGroups.map((t) => t.toLowerCase()));
      return groups.some((g) => wanted.has(g.Title.toLowerCase()));
    } catch (e) {
      throw toDataError(e, 'check your access');
    }
  }
}
