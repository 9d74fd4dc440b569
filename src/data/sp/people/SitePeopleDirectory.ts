/**
 * People's names from the site's user list (SharePoint's User Information List): staff are shown by name, never by
 * e-mail address. The addresses not yet known are asked in one batch (web/siteUsers/getByEmail, Title only: one
 * request for up to 20), each remembered for the page's life; someone not in the site's user list (never added to the
 * site) keeps their address. A view that shows many people at once (the pupil register's lead tutors) reads the
 * whole list instead (siteNames: one request, sent beside its first reads, not after them). Reading the list needs
 * Browse User Information, which every permission level on the site includes (Limited Access too).
 */
import { InjectHeaders } from '@pnp/queryable';
import type { IPeopleDirectory } from '../../ports';
import { runBatchedAtOnce } from '../batchRetry';
import type { SPFI } from '../pnpSetup';
import '../pnp/siteUsers';

/** The site's users without metadata (odata=nometadata): only Email and Title are read. */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

export class SitePeopleDirectory implements IPeopleDirectory {
  private readonly known = new Map<string, Promise<string | undefined>>();
  private everyone: Promise<ReadonlyMap<string, string>> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public async namesOf(emails: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    this.ask(wanted.filter((email) => !this.known.has(email)));
    const found = await Promise.all(wanted.map(async (email) => [email, await this.known.get(email)] as const));
    const names = new Map<string, string>();
    for (const [email, name] of found) if (name) names.set(email, name);
    return names;
  }

  /**
   * The site's user list (people only: PrincipalType 1, not groups or claims), Email and Title, read once for the
   * page's life. Everyone not in it is not a site user, so getByEmail would not find them either: namesOf answers
   * every address from it afterwards, without a request. A failed read rejects (and is tried again next time).
   */
  public siteNames(): Promise<ReadonlyMap<string, string>> {
    this.everyone ??= this.sp.web.siteUsers
      .using(NO_METADATA)
      .select('Email', 'Title')
      .filter('PrincipalType eq 1')<{ Email?: string; Title?: string }[]>()
      .then((users) => {
        const names = new Map<string, string>();
        for (const u of users) {
          const email = u.Email?.trim().toLowerCase() ?? '';
          if (email !== '' && u.Title && u.Title.trim() !== '') names.set(email, u.Title);
        }
        return names;
      })
      .catch((e: unknown) => {
        this.everyone = undefined;
        throw e;
      });
    return this.everyone;
  }

  /**
   * The addresses not yet asked, each remembered: from the whole list when it is read (or being read), else (or if
   * that read fails) in one batch (one request for up to 20, the calls sent at once).
   */
  private ask(emails: readonly string[]): void {
    if (emails.length === 0) return;
    let batch: Promise<(string | undefined)[]> | undefined;
    const asked = (): Promise<(string | undefined)[]> => (batch ??= this.askInOneBatch(emails));
    const everyone = this.everyone;
    emails.forEach((email, i) =>
      this.known.set(email, everyone ? everyone.then((names) => names.get(email), async () => (await asked())[i]) : asked().then((names) => names[i])),
    );
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
