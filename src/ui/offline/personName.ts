/**
 * Who did something, from the e-mail address a record keeps: the offline banners' "written by …" and the register's
 * "taken by …". Here rather than with the register's model, so a banner outside attendance does not load the
 * attendance rules with it.
 */

/** "sam.patel@…" → "Sam Patel": a readable name when only the e-mail address was stored. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0];
  const parts = local.split(/[._-]+/).filter((p) => p !== '');
  if (parts.length === 0) return email;
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}

/** "Sam Patel", or "Ada Lovel (you)" for the person signed in. */
export function personName(email: string, currentUser: { email: string; displayName: string }): string {
  return email.toLowerCase() === currentUser.email.toLowerCase() ? `${currentUser.displayName} (you)` : nameFromEmail(email);
}
