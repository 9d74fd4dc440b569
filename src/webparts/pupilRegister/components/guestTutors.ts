/**
 * A home school's staff (guests) are not sent the site's user list, so their pupils' lead tutors are asked by
 * address, and those addresses are known only once the pupils are read: a round trip after them. This browser
 * remembers the addresses it was last shown in the register on the site (only the lead tutors' addresses, which the
 * register shows anyway where a name is not found: no pupil, no name), so that on the next visit their names are
 * asked beside the pupils; a tutor not among them is still asked after the pupils. Nothing is read that the guest
 * could not read before: the same `getByEmail` calls, sent sooner.
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

/** The lead tutors' addresses this browser last showed the register with on this site (none: never, or no storage). */
export function rememberedTutors(siteUrl: string): string[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(KEY + siteUrl) ?? '[]') as unknown;
    return Array.isArray(parsed) ? addresses(parsed.filter((e): e is string => typeof e === 'string')) : [];
  } catch {
    return [];
  }
}

/** Keeps the addresses the register shows now (replacing the last set: a tutor no longer shown is forgotten). */
export function rememberTutors(siteUrl: string, emails: readonly (string | undefined)[]): void {
  try {
    storage()?.setItem(KEY + siteUrl, JSON.stringify(addresses(emails)));
  } catch {
    // A browser that keeps nothing: the tutors are asked after the pupils, as on a first visit.
  }
}
