import type { SpContext } from './context';
import { ItemSerializer } from './itemJson';
import { ItemService } from './itemService';
import type { ItemRecord, ListSchema } from '../store/types';
import { scopeKey } from '../store/types';

/** The SharePoint part's services, shared by the route handlers. */
export interface SpServices {
  readonly ctx: SpContext;
  readonly writer: ItemService;
  readonly serializer: ItemSerializer;
}

export function createServices(ctx: SpContext): SpServices {
  const hasUnique = (schema: ListSchema, item: ItemRecord): boolean =>
    ctx.security.isUnique(scopeKey({ kind: 'item', listId: schema.list.id, itemId: item.id }));
  return { ctx, writer: new ItemService(ctx), serializer: new ItemSerializer(ctx, hasUnique) };
}
