/**
 * The admin-consent switch: permissions listed as denied make the endpoints needing them answer 403
 * ErrorAccessDenied, as Graph does when the SharePoint Online Client Extensibility principal lacks a grant.
 */
import type { Database } from 'better-sqlite3';

export const ACCESS_DENIED_MESSAGE = 'Access is denied. Check credentials and try again.';

export class ConsentStore {
  constructor(private readonly db: Database) {}

  denied(): string[] {
    return this.db
      .prepare('SELECT permission FROM graph_consent_denied ORDER BY permission')
      .pluck()
      .all() as string[];
  }

  setDenied(permissions: readonly string[]): void {
    const tx = this.db.transaction((list: readonly string[]) => {
      this.db.prepare('DELETE FROM graph_consent_denied').run();
      const insert = this.db.prepare('INSERT OR IGNORE INTO graph_consent_denied (permission) VALUES (?)');
      for (const p of list) insert.run(p);
    });
    tx(permissions);
  }

  /** True when at least one of the permissions that would satisfy the call is granted. */
  allows(anyOf: readonly string[]): boolean {
    const denied = new Set(this.denied().map((p) => p.toLowerCase()));
    return anyOf.some((p) => !denied.has(p.toLowerCase()));
  }
}

/** Delegated permissions each endpoint family needs (any one of a list suffices). */
export const PERMISSIONS = {
  me: ['User.Read', 'User.ReadBasic.All', 'User.Read.All'],
  users: ['User.ReadBasic.All', 'User.Read.All'],
  readEvents: ['Calendars.Read', 'Calendars.ReadWrite'],
  writeEvents: ['Calendars.ReadWrite'],
  sendMail: ['Mail.Send'],
  getSchedule: ['Calendars.Read', 'Calendars.ReadWrite'],
  onlineMeetings: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'],
  /** Only the least-privileged one: SPFx can be granted no more than the package asks for. */
  invite: ['User.Invite.All'],
} as const;
