import type { FieldKind } from '../../../src/lists';

/** A field as the emulator stores it (custom columns and the built-in Title). */
export interface FieldRecord {
  readonly listId: string;
  readonly internalName: string;
  readonly id: string;
  readonly title: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly unique: boolean;
  readonly choices?: readonly string[];
  /** Lookup / LookupMulti: target list id (GUID). */
  readonly lookupListId?: string;
  readonly lookupField?: string;
  readonly dateOnly: boolean;
  readonly defaultValue?: string;
  readonly maxLength?: number;
  readonly order: number;
  readonly description: string;
  /** JSON column formatting (the CustomFormatter string). */
  readonly customFormatter?: string;
}

export interface ListRecord {
  readonly id: string;
  readonly title: string;
  /** Site-relative URL, e.g. 'Lists/PwPupils'. */
  readonly url: string;
  readonly description: string;
  readonly baseTemplate: number;
  /** ListItemEntityTypeFullName without the 'SP.Data.' prefix, e.g. 'PwPupilsListItem'. */
  readonly entityName: string;
  readonly created: string;
  readonly enableVersioning: boolean;
  readonly majorVersionLimit: number;
  readonly enableFolderCreation: boolean;
}

/** A list with its fields, keyed by lower-cased internal name. */
export interface ListSchema {
  readonly list: ListRecord;
  readonly fields: readonly FieldRecord[];
  readonly byName: ReadonlyMap<string, FieldRecord>;
}

export type ItemData = Record<string, unknown>;

export interface ItemRecord {
  readonly listId: string;
  readonly id: number;
  readonly guid: string;
  /** 0 list item, 1 folder. */
  readonly fsType: 0 | 1;
  /** FileDirRef: server-relative folder path holding the item. */
  readonly dir: string;
  /** FileLeafRef. */
  readonly leaf: string;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  readonly data: ItemData;
}

export interface GroupRecord {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly ownerId?: number;
  readonly allowMembersEditMembership: boolean;
  readonly onlyAllowMembersViewMembership: boolean;
}

export interface RoleDefinitionRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly roleTypeKind: number;
  readonly order: number;
  readonly high: number;
  readonly low: number;
  /** Built-in levels, most to least powerful: 5 Full Control … 0 Limited Access; custom levels 0. Ordering only. */
  readonly rank: number;
}

/** A securable object: the web, a list, or an item (folders are items). */
export type ScopeRef =
  | { readonly kind: 'web' }
  | { readonly kind: 'list'; readonly listId: string }
  | { readonly kind: 'item'; readonly listId: string; readonly itemId: number };

export function scopeKey(scope: ScopeRef): string {
  switch (scope.kind) {
    case 'web':
      return 'web';
    case 'list':
      return `list:${scope.listId}`;
    case 'item':
      return `item:${scope.listId}:${scope.itemId}`;
  }
}
