import type { Database } from 'better-sqlite3';

export interface Assignment {
  readonly principalId: number;
  readonly roleDefId: number;
}

/** Unique scopes and role assignments (scope keys: 'web', 'list:<guid>', 'item:<guid>:<id>'). */
export class SecurityTable {
  constructor(private readonly db: Database) {}

  isUnique(scope: string): boolean {
    return this.db.prepare('SELECT 1 FROM unique_scopes WHERE scope = ?').get(scope) !== undefined;
  }

  /** Item ids in a list with unique role assignments. */
  uniqueItemIds(listId: string): Set<number> {
    const rows = this.db.prepare('SELECT scope FROM unique_scopes WHERE scope LIKE ?').all(`item:${listId}:%`) as { scope: string }[];
    return new Set(rows.map((r) => Number(r.scope.slice(r.scope.lastIndexOf(':') + 1))));
  }

  setUnique(scope: string, assignments: readonly Assignment[]): void {
    this.db.prepare('INSERT OR IGNORE INTO unique_scopes (scope) VALUES (?)').run(scope);
    this.db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(scope);
    for (const a of assignments) this.add(scope, a.principalId, a.roleDefId);
  }

  /** Makes a scope inherit again. */
  clearUnique(scope: string): void {
    this.db.prepare('DELETE FROM unique_scopes WHERE scope = ?').run(scope);
    this.db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(scope);
  }

  /** Clears every unique scope whose key starts with prefix (clearSubscopes). */
  clearUniqueUnder(prefix: string, keep: string): void {
    this.db.prepare('DELETE FROM role_assignments WHERE scope LIKE ? AND scope <> ?').run(`${prefix}%`, keep);
    this.db.prepare('DELETE FROM unique_scopes WHERE scope LIKE ? AND scope <> ?').run(`${prefix}%`, keep);
  }

  assignments(scope: string): Assignment[] {
    return (
      this.db.prepare('SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id').all(scope) as {
        principal_id: number;
        role_def_id: number;
      }[]
    ).map((r) => ({ principalId: r.principal_id, roleDefId: r.role_def_id }));
  }

  add(scope: string, principalId: number, roleDefId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)').run(scope, principalId, roleDefId);
    // A person granted access directly is a site user from then on (store/siteUsers.ts); a group is not.
    this.db.prepare('INSERT OR IGNORE INTO site_users (sp_id) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM groups WHERE id = ?)').run(principalId, principalId);
  }

  remove(scope: string, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) this.db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?').run(scope, principalId);
    else this.db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(scope, principalId, roleDefId);
  }

  /** The user and every group holding the user. */
  principalsOf(userId: number): number[] {
    const groups = this.db.prepare('SELECT group_id FROM group_members WHERE user_id = ?').all(userId) as { group_id: number }[];
    return [userId, ...groups.map((g) => g.group_id)];
  }

  /** Role definition ids the principals hold on a scope (for EffectiveBasePermissions). */
  rolesOn(scope: string, principals: readonly number[]): number[] {
    return this.assignments(scope)
      .filter((a) => principals.includes(a.principalId))
      .map((a) => a.roleDefId);
  }
}
