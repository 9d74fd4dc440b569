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
}

export interface RoleDefinitionRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly roleTypeKind: number;
  readonly order: number;
  readonly high: number;
  readonly low: number;
  /** 0 none (Limited Access), 1 read, 2 contribute, 3 edit (manage lists), 4 design, 5 full control. */
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
