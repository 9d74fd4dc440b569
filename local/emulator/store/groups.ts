import type { Database } from 'better-sqlite3';
import type { GroupRecord } from './types';

interface GroupRow {
  id: number;
  title: string;
  description: string;
  owner_id: number | null;
  allow_members_edit: number;
  only_members_view: number;
}

const toGroup = (r: GroupRow): GroupRecord => ({
  id: r.id,
  title: r.title,
  description: r.description,
  ...(r.owner_id !== null ? { ownerId: r.owner_id } : {}),
  allowMembersEditMembership: r.allow_members_edit === 1,
  onlyAllowMembersViewMembership: r.only_members_view === 1,
});

export interface GroupChanges {
  readonly title?: string;
  readonly description?: string;
  readonly allowMembersEditMembership?: boolean;
  readonly onlyAllowMembersViewMembership?: boolean;
}

/** SharePoint groups and their members. */
export class GroupTable {
  /**
   * @param allocateId a new principal id; by default from this database's principals. A second site collection
   *   takes its ids from the directory's database, so its groups never share an id with a user.
   */
  constructor(
    private readonly db: Database,
    private readonly allocateId: () => number = () => Number(db.prepare("INSERT INTO principals (kind) VALUES ('group')").run().lastInsertRowid),
  ) {}

  /** Creates a group; a fixed id is used by reset for the default groups (3, 4, 5). */
  create(title: string, description = '', ownerId?: number, id?: number): GroupRecord {
    const gid = id ?? this.allocateId();
    this.db.prepare("INSERT OR REPLACE INTO principals (id, kind) VALUES (?, 'group')").run(gid);
    this.db.prepare('INSERT INTO groups (id, title, description, owner_id) VALUES (?, ?, ?, ?)').run(gid, title, description, ownerId ?? null);
    const g = this.byId(gid);
    if (!g) throw new Error(`Could not create group ${title}`);
    return g;
  }

  byId(id: number): GroupRecord | undefined {
    const r = this.db.prepare('SELECT * FROM groups WHERE id = ?').get(id) as GroupRow | undefined;
    return r && toGroup(r);
  }

  byTitle(title: string): GroupRecord | undefined {
    const r = this.db.prepare('SELECT * FROM groups WHERE title = ?').get(title) as GroupRow | undefined;
    return r && toGroup(r);
  }

  all(): GroupRecord[] {
    return (this.db.prepare('SELECT * FROM groups ORDER BY id').all() as GroupRow[]).map(toGroup);
  }

  update(id: number, changes: GroupChanges): void {
    const g = this.byId(id);
    if (!g) return;
    this.db
      .prepare('UPDATE groups SET title = ?, description = ?, allow_members_edit = ?, only_members_view = ? WHERE id = ?')
      .run(
        changes.title ?? g.title,
        changes.description ?? g.description,
        (changes.allowMembersEditMembership ?? g.allowMembersEditMembership) ? 1 : 0,
        (changes.onlyAllowMembersViewMembership ?? g.onlyAllowMembersViewMembership) ? 1 : 0,
        id,
      );
  }

  /** SetUserAsOwner(id): a user or a group becomes the group's owner. */
  setOwner(id: number, ownerId: number): void {
    this.db.prepare('UPDATE groups SET owner_id = ? WHERE id = ?').run(ownerId, id);
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(id);
    this.db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(id);
    this.db.prepare('DELETE FROM groups WHERE id = ?').run(id);
  }

  memberIds(groupId: number): number[] {
    return (this.db.prepare('SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id').all(groupId) as { user_id: number }[]).map(
      (r) => r.user_id,
    );
  }

  addMember(groupId: number, userId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
    // Put in one of the site's groups: a site user from then on (store/siteUsers.ts).
    this.db.prepare('INSERT OR IGNORE INTO site_users (sp_id) VALUES (?)').run(userId);
  }

  removeMember(groupId: number, userId: number): void {
    this.db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }
}
