/**
 * A home school's staff (guests) are not sent the site's user list, so their pupils' lead tutors are asked by
 * address, and those addresses are known only once the pupils are read: a round trip after them. This browser
 * remembers, for the person signed in, the addresses it last showed them in the register on the site (only the lead tutors' addresses, which the
 * register shows anyway where a name is not found: no pupil, no name), so that on the next visit their names are
 * asked beside the pupils; a tutor not among them is still asked after the pupils. Nothing is read that the guest
 * could not read before: the same `getByEmail` calls, sent sooner. Kept per person, so on a shared computer another
 * school's staff are not sent the tutors someone else was shown.
 */
const KEY = 'pathways-hub.register.guest-tutors:';
/** More addresses than a school's pupils have tutors are not kept (a batch call takes 20; the register asks once). */
export const MOST_REMEMBERED = 40;

const storage = (): Storage | undefined => {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
};

const addresses = (emails: readonly (string | undefined)[]): string[] =>
  Array.from(new Set(emails.map((e) => (e ?? '').trim().toLowerCase()).filter((e) => e.includes('@'))))
    .sort()
    .slice(0, MOST_REMEMBERED);

const keyOf = (siteUrl: string, user: string): string => `${KEY}${siteUrl}|${user.trim().toLowerCase()}`;

/** The lead tutors' addresses this browser last showed `user` the register with on this site (none: never, or no storage). */
export function rememberedTutors(siteUrl: string, user: string): string[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(keyOf(siteUrl, user)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? addresses(parsed.filter((e): e is string => typeof e === 'string')) : [];
  } catch {
    return [];
  }
}

/** Keeps the addresses the register shows now (replacing the last set: a tutor no longer shown is forgotten). */
export function rememberTutors(siteUrl: string, user: string, emails: readonly (string | undefined)[]): void {
  try {
    storage()?.setItem(keyOf(siteUrl, user), JSON.stringify(addresses(emails)));
  } catch {
    // A browser that keeps nothing: the tutors are asked after the pupils, as on a first visit.
  }
}
