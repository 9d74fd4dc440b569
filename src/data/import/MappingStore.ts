/**
 * Saved import mappings live in the site's Settings list as one item (key 'import-mappings', JSON), validated
 * with zod when read and written: SharePoint is the only store. They name columns, never pupils.
 */
import { z } from 'zod';
import { IMPORT_KINDS } from '../../domain/import/fields';
import { settingsList } from '../../lists/declared/settings';
import { RecordValidationError } from '../errors';
import type { SPFI } from '../sp/pnpSetup';
import { etagOf } from '../sp/recordMapper';
import { toDataError } from '../sp/spErrors';
import type { SavedMapping } from './importTypes';

const list = settingsList;
export const MAPPINGS_KEY = 'import-mappings';

const mappingsSchema = z.array(
  z.object({
    name: z.string().trim().min(1, 'Name the mapping').max(100, 'Use 100 characters or fewer'),
    kind: z.enum(IMPORT_KINDS),
    columns: z.record(z.string(), z.string().max(255)),
  }),
);

export class SpMappingStore {
  public constructor(private readonly sp: SPFI) {}

  public async list(): Promise<SavedMapping[]> {
    const row = await this.row();
    return row ? row.mappings : [];
  }

  public async save(mapping: SavedMapping): Promise<void> {
    const row = await this.row();
    const others = (row?.mappings ?? []).filter((m) => !(m.name.toLowerCase() === mapping.name.trim().toLowerCase() && m.kind === mapping.kind));
    const parsed = mappingsSchema.safeParse([...others, { ...mapping, name: mapping.name.trim() }]);
    if (!parsed.success) throw new RecordValidationError(list.title, row?.id, 'PwValue', parsed.error.issues[0].message);
    const body = { Title: 'Saved import mappings', PwKey: MAPPINGS_KEY, PwValue: JSON.stringify(parsed.data) };
    try {
      const items = this.sp.web.lists.getByTitle(list.title).items;
      if (row) await items.getById(row.id).update(body, row.etag);
      else await items.add(body);
    } catch (e) {
      throw toDataError(e, 'save the mapping');
    }
  }

  private async row(): Promise<{ id: number; etag: string; mappings: SavedMapping[] } | undefined> {
    let rows: Record<string, unknown>[];
    try {
      rows = await this.sp.web.lists.getByTitle(list.title).items.select('Id', 'PwKey', 'PwValue').filter(`PwKey eq '${MAPPINGS_KEY}'`).top(1)<Record<string, unknown>[]>();
    } catch (e) {
      throw toDataError(e, 'load the saved mappings');
    }
    const raw = rows[0];
    if (!raw) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(String(raw.PwValue ?? '[]'));
    } catch {
      throw new RecordValidationError(list.title, Number(raw.Id), 'PwValue', 'the saved mappings are not valid JSON');
    }
    const parsed = mappingsSchema.safeParse(json);
    if (!parsed.success) throw new RecordValidationError(list.title, Number(raw.Id), 'PwValue', parsed.error.issues[0].message);
    return { id: Number(raw.Id), etag: etagOf(raw), mappings: parsed.data };
  }
}
