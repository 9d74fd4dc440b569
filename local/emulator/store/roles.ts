import type { Database } from 'better-sqlite3';
import type { BasePermission } from '../../../src/lists/siteSecurity';
import { maskHas } from '../../../src/lists/siteSecurity';
import type { RoleDefinitionRecord } from './types';

/**
 * SharePoint Online's built-in permission levels, with their real ids and base permission masks
 * (GET _api/web/roleDefinitions on a SharePoint Online team site).
 */
export const ROLE_DEFINITIONS: readonly RoleDefinitionRecord[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, high: 2147483647, low: 4294967295, rank: 5 },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, high: 432, low: 1012866047, rank: 4 },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, high: 432, low: 1011030783, rank: 3 },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, high: 432, low: 1011028719, rank: 2 },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, high: 176, low: 138612833, rank: 1 },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, high: 48, low: 134287360, rank: 0 },
];

export const ROLE = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825,
} as const;

/** Ids SharePoint gives custom permission levels (the first is 1073741924 on a new site). */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

export function seedRoleDefinitions(db: Database): void {
  const insert = db.prepare(
    'INSERT INTO role_definitions (id, name, description, role_type_kind, ord, high, low, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of ROLE_DEFINITIONS) insert.run(r.id, r.name, r.description, r.roleTypeKind, r.order, r.high, r.low, r.rank);
}

interface RoleRow {
  id: number;
  name: string;
  description: string;
  role_type_kind: number;
  ord: number;
  high: number;
  low: number;
  rank: number;
}

const toRole = (r: RoleRow): RoleDefinitionRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  roleTypeKind: r.role_type_kind,
  order: r.ord,
  high: r.high,
  low: r.low,
  rank: r.rank,
});

/** Whether a permission level grants a base permission (bit by bit, as SharePoint checks it). */
export function roleHas(role: RoleDefinitionRecord, permission: BasePermission): boolean {
  return maskHas({ High: String(role.high), Low: String(role.low) }, permission);
}

/** The site's permission levels: the built-in ones and any an owner adds (web/roleDefinitions). */
export class RoleTable {
  private cache: RoleDefinitionRecord[] | undefined;

  constructor(private readonly db: Database) {}

  invalidate(): void {
    this.cache = undefined;
  }

  all(): RoleDefinitionRecord[] {
    if (!this.cache) this.cache = (this.db.prepare('SELECT * FROM role_definitions ORDER BY ord, id').all() as RoleRow[]).map(toRole);
    return this.cache;
  }

  byId(id: number): RoleDefinitionRecord | undefined {
    return this.all().find((r) => r.id === id);
  }

  byName(name: string): RoleDefinitionRecord | undefined {
    const n = name.toLowerCase();
    return this.all().find((r) => r.name.toLowerCase() === n);
  }

  /** getbytype(n): the built-in level of that RoleTypeKind (custom levels are kind 0, None). */
  byType(kind: number): RoleDefinitionRecord | undefined {
    return kind === 0 ? undefined : this.all().find((r) => r.roleTypeKind === kind);
  }

  add(input: { name: string; description: string; order: number; high: number; low: number }): RoleDefinitionRecord {
    const next = (this.db.prepare('SELECT MAX(id) AS m FROM role_definitions').get() as { m: number | null }).m ?? 0;
    const id = Math.max(FIRST_CUSTOM_ROLE_ID, next + 1);
    this.db
      .prepare('INSERT INTO role_definitions (id, name, description, role_type_kind, ord, high, low, rank) VALUES (?, ?, ?, 0, ?, ?, ?, 0)')
      .run(id, input.name, input.description, input.order, input.high, input.low);
    this.invalidate();
    const created = this.byId(id);
    if (!created) throw new Error(`Could not create the permission level ${input.name}.`);
    return created;
  }

  update(id: number, changes: { name?: string; description?: string; order?: number; high?: number; low?: number }): void {
    const r = this.byId(id);
    if (!r) return;
    this.db
      .prepare('UPDATE role_definitions SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?')
      .run(changes.name ?? r.name, changes.description ?? r.description, changes.order ?? r.order, changes.high ?? r.high, changes.low ?? r.low, id);
    this.invalidate();
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM role_definitions WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM role_assignments WHERE role_def_id = ?').run(id);
    this.invalidate();
  }
}
