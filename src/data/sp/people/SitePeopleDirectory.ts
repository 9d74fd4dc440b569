/**
 * People's names from the site's user list (SharePoint's User Information List): staff are shown by name, never by
 * e-mail address. One request per address not yet known (web/siteUsers/getByEmail, Title only), each remembered
 * for the page's life; someone not in the site's user list (never added to the site) keeps their address. Reading
 * the list needs Browse User Information, which every permission level on the site includes (Limited Access too).
 */
import type { IPeopleDirectory } from '../../ports';
import type { SPFI } from '../pnpSetup';

export class SitePeopleDirectory implements IPeopleDirectory {
  private readonly known = new Map<string, Promise<string | undefined>>();

  public constructor(private readonly sp: SPFI) {}

  public async namesOf(emails: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    const found = await Promise.all(wanted.map(async (email) => [email, await this.nameOf(email)] as const));
    const names = new Map<string, string>();
    for (const [email, name] of found) if (name) names.set(email, name);
    return names;
  }

  private nameOf(email: string): Promise<string | undefined> {
    let answer = this.known.get(email);
    if (!answer) {
      answer = this.sp.web.siteUsers
        .getByEmail(email)
        .select('Title')<{ Title?: string }>()
        .then((u) => (u.Title && u.Title.trim() !== '' ? u.Title : undefined))
        // Not in the site's user list, or not readable: the address stands in (the screen still works).
        .catch(() => undefined);
      this.known.set(email, answer);
    }
    return answer;
  }
}
