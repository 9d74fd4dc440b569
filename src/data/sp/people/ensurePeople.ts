/**
 * People of the organisation as site users, by e-mail address, for a person column (the pupil's lead tutor,
 * PwLeadTutorPerson): `web/ensureUser` for each distinct address, all in one batch (one request for up to 20, the
 * calls sent at once). ensureUser finds a member or an invited guest of the tenant and adds them to the site's user
 * list if the site has not met them (learn.microsoft.com, SP.Web.ensureUser); an address that is no one there (a
 * typing error, someone who has left) is not found, and is left out of the answer: the caller keeps the column
 * empty. Writes-only code (the pupil's save, the v3-lead-tutor-person migration), never a first screen's.
 */
import { BatchNotAnswered, runBatchedAtOnce } from '../batchRetry';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import '../pnp/siteUsers';

/** A site user found for an address: the id a person column stores (`<Name>Id`), their name and address. */
export interface SitePerson {
  readonly id: number;
  readonly name: string;
  readonly email: string;
}

export interface EnsuredPeople {
  /** Each distinct address (lower case) that names a person of the organisation → that person as a site user. */
  readonly found: ReadonlyMap<string, SitePerson>;
  /** Addresses SharePoint did not answer for (throttled, refused, no answer): not known to be no one; ask again. */
  readonly notAnswered: readonly string[];
}

export async function ensurePeople(sp: SPFI, emails: readonly string[]): Promise<EnsuredPeople> {
  const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'))));
  const found = new Map<string, SitePerson>();
  const notAnswered: string[] = [];
  if (wanted.length === 0) return { found, notAnswered };
  const settled = await runBatchedAtOnce(
    sp,
    wanted.map((email) => (batched: SPFI) => batched.web.ensureUser(email)),
  );
  settled.forEach((r, i) => {
    if (r.status !== 'fulfilled') {
      // "The specified user … could not be found." (400) is no one; anything else is not an answer about the person.
      const kind = r.reason instanceof BatchNotAnswered ? 'network' : toDataError(r.reason, 'find the person').kind;
      if (kind === 'throttled' || kind === 'network' || kind === 'access-denied' || kind === 'unknown-outcome') notAnswered.push(wanted[i]);
      return;
    }
    const { Id, Title, Email } = r.value as { Id?: unknown; Title?: unknown; Email?: unknown };
    if (typeof Id !== 'number' || Id <= 0) return;
    const email = typeof Email === 'string' && Email.trim() !== '' ? Email : wanted[i];
    found.set(wanted[i], { id: Id, name: typeof Title === 'string' && Title.trim() !== '' ? Title : email, email });
  });
  return { found, notAnswered };
}
