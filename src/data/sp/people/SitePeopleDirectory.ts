/**
 * People's names from the site's user list (SharePoint's User Information List): staff are shown by name, never by
 * e-mail address. The addresses not yet known are asked in one batch (web/siteUsers/getByEmail, Title only: one
 * request for up to 20), each remembered for the page's life; someone not in the site's user list (never added to the
 * site) keeps their address. A view that shows many people's names reads them with its records where it can (the
 * pupils' lead tutors: the person column PwLeadTutorPerson, expanded) and asks here only for those it did not get.
 * getByEmail needs Browse User Information, which every permission level on the site includes (Limited Access too).
 */
import type { IPeopleDirectory } from '../../ports';
import { runBatchedAtOnce } from '../batchRetry';
import type { SPFI } from '../pnpSetup';
import '../pnp/siteUsers';

export class SitePeopleDirectory implements IPeopleDirectory {
  private readonly known = new Map<string, Promise<string | undefined>>();

  public constructor(private readonly sp: SPFI) {}

  public async namesOf(emails: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    this.ask(wanted.filter((email) => !this.known.has(email)));
    const found = await Promise.all(wanted.map(async (email) => [email, await this.known.get(email)] as const));
    const names = new Map<string, string>();
    for (const [email, name] of found) if (name) names.set(email, name);
    return names;
  }

  /** The addresses not yet asked, each remembered: in one batch (one request for up to 20, the calls sent at once). */
  private ask(emails: readonly string[]): void {
    if (emails.length === 0) return;
    const batch = this.askInOneBatch(emails);
    emails.forEach((email, i) => this.known.set(email, batch.then((names) => names[i])));
  }

  private async askInOneBatch(emails: readonly string[]): Promise<(string | undefined)[]> {
    try {
      const settled = await runBatchedAtOnce(
        this.sp,
        emails.map((email) => (batched: SPFI) => batched.web.siteUsers.getByEmail(email).select('Title')<{ Title?: string }>()),
      );
      // Not in the site's user list, or not readable: the address stands in (the screen still works).
      return settled.map((r) => (r.status === 'fulfilled' && r.value.Title && r.value.Title.trim() !== '' ? r.value.Title : undefined));
    } catch {
      return emails.map(() => undefined);
    }
  }
}
