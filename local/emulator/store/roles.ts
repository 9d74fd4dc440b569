import type { Database } from 'better-sqlite3';
import type { RoleDefinitionRecord } from './types';

/** SharePoint Online's built-in permission levels, with their real ids and base permission masks. */
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

/** What a rank allows. */
export const RANK = { read: 1, write: 2, manageLists: 3, managePermissions: 5 } as const;

export function seedRoleDefinitions(db: Database): void {
  const insert = db.prepare(
    'INSERT INTO role_definitions (id, name, description, role_type_kind, ord, high, low, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of ROLE_DEFINITIONS) insert.run(r.id, r.name, r.description, r.roleTypeKind, r.order, r.high, r.low, r.rank);
}

export function roleById(id: number): RoleDefinitionRecord | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

export function roleByName(name: string): RoleDefinitionRecord | undefined {
  const n = name.toLowerCase();
  return ROLE_DEFINITIONS.find((r) => r.name.toLowerCase() === n);
}
