import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';
import type { Directory, DirectoryUser } from './contracts';

interface UserRow {
  sp_id: number;
  aad_id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  user_type: 'Member' | 'Guest';
  login_name: string;
}

const toUser = (r: UserRow): DirectoryUser => ({
  spId: r.sp_id,
  aadId: r.aad_id,
  email: r.email,
  displayName: r.display_name,
  ...(r.job_title ? { jobTitle: r.job_title } : {}),
  userType: r.user_type,
  loginName: r.login_name,
});

export interface DirectoryOptions {
  /** The tenant's own e-mail domains; anyone else is a guest (default ['pathways.example.org']). */
  readonly tenantDomains?: readonly string[];
  /** The tenant's initial domain, used in guests' login names (default 'pathwaysexample.onmicrosoft.com'). */
  readonly tenantInitialDomain?: string;
}

/**
 * The emulated tenant's people, in SQLite (table users). Site user ids and SharePoint group ids share one
 * principal id space (table principals), as in SharePoint.
 */
export class SqliteDirectory implements Directory {
  readonly tenantDomains: readonly string[];
  readonly tenantInitialDomain: string;

  constructor(
    private readonly db: Database,
    options: DirectoryOptions = {},
  ) {
    this.tenantDomains = (options.tenantDomains ?? ['pathways.example.org']).map((d) => d.toLowerCase());
    this.tenantInitialDomain = options.tenantInitialDomain ?? 'pathwaysexample.onmicrosoft.com';
  }

  isTenantEmail(email: string): boolean {
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    return this.tenantDomains.includes(domain);
  }

  /** The claims login name SharePoint Online gives a member or a guest (…#ext#@tenant.onmicrosoft.com). */
  loginNameFor(email: string, userType: 'Member' | 'Guest'): string {
    const e = email.toLowerCase();
    return userType === 'Guest'
      ? `i:0#.f|membership|${e.replace('@', '_')}#ext#@${this.tenantInitialDomain}`
      : `i:0#.f|membership|${e}`;
  }

  findByEmail(email: string): DirectoryUser | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE email = ?').get(email.trim()) as UserRow | undefined;
    return r && toUser(r);
  }

  findBySpId(id: number): DirectoryUser | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE sp_id = ?').get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  findByAadId(id: string): DirectoryUser | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE aad_id = ? COLLATE NOCASE').get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  /** By claims login name ('i:0#.f|membership|x@y') or, failing that, by e-mail. */
  findByLoginName(loginName: string): DirectoryUser | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE login_name = ?').get(loginName.trim()) as UserRow | undefined;
    if (r) return toUser(r);
    const email = loginName.includes('|') ? loginName.slice(loginName.lastIndexOf('|') + 1) : loginName;
    return this.findByEmail(email);
  }

  all(): DirectoryUser[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY sp_id').all() as UserRow[]).map(toUser);
  }

  ensure(user: Omit<DirectoryUser, 'spId' | 'aadId' | 'loginName'> & Partial<Pick<DirectoryUser, 'aadId'>>): DirectoryUser {
    const existing = this.findByEmail(user.email);
    if (existing) return existing;
    const spId = Number(this.db.prepare("INSERT INTO principals (kind) VALUES ('user')").run().lastInsertRowid);
    this.db
      .prepare(
        'INSERT INTO users (sp_id, aad_id, email, display_name, job_title, user_type, login_name) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        spId,
        user.aadId ?? randomUUID(),
        user.email.trim().toLowerCase(),
        user.displayName,
        user.jobTitle ?? null,
        user.userType,
        this.loginNameFor(user.email.trim(), user.userType),
      );
    const created = this.findBySpId(spId);
    if (!created) throw new Error(`Could not add user ${user.email}`);
    return created;
  }
}
