/**
 * Lists a PRU already keeps on the site (pupils, PIPs, review forms, learning logs) read as sheets: the visible,
 * editable columns' display names as the header row and one row per item, values as SharePoint returns them
 * (lookups and people by their shown text). Pathways Hub's own lists are left out.
 */
import type { CellValue, SourceSheet } from '../../domain/import/cells';
import { LISTS } from '../../lists';
import type { SPFI } from '../sp/pnpSetup';
import { toDataError } from '../sp/spErrors';
import type { SiteListSummary } from './importTypes';
import '../sp/pnp/fields';

interface FieldInfo {
  InternalName: string;
  Title: string;
  TypeAsString: string;
}

const OWN = new Set(LISTS.map((l) => l.title));
const SKIP_TYPES = new Set(['Computed', 'Attachments', 'ContentTypeId', 'Guid', 'File', 'Lookup', 'LookupMulti', 'User', 'UserMulti']);
/** Items read per request (list pages), well under the 5,000 threshold. */
const PAGE = 2000;

const cell = (value: unknown): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v)).join('; ');
  return JSON.stringify(value);
};

export class SpSiteListSource {
  public constructor(private readonly sp: SPFI) {}

  public async lists(): Promise<SiteListSummary[]> {
    try {
      const all = await this.sp.web.lists.select('Title', 'ItemCount', 'Hidden', 'BaseTemplate').filter('Hidden eq false and BaseTemplate eq 100')<
        { Title: string; ItemCount: number; Hidden: boolean; BaseTemplate: number }[]
      >();
      // Custom lists only (template 100): not libraries such as Site Pages (119) or Documents (101), checked here too
      // so that the answer stays right whoever serves it.
      return all
        .filter((l) => !l.Hidden && l.BaseTemplate === 100 && !OWN.has(l.Title)).map((l) => ({ title: l.Title, itemCount: l.ItemCount })).sort((a, b) => a.title.localeCompare(b.title));
    } catch (e) {
      throw toDataError(e, 'load the lists on this site');
    }
  }

  public async read(title: string): Promise<SourceSheet> {
    try {
      const list = this.sp.web.lists.getByTitle(title);
      const fields = (await list.fields.select('InternalName', 'Title', 'TypeAsString', 'Hidden', 'ReadOnlyField').filter('Hidden eq false and ReadOnlyField eq false')<FieldInfo[]>()).filter(
        (f) => !SKIP_TYPES.has(f.TypeAsString) && f.InternalName !== 'ContentType',
      );
      const rows: CellValue[][] = [fields.map((f) => f.Title)];
      for await (const page of list.items.select('Id', ...fields.map((f) => f.InternalName)).top(PAGE)) {
        for (const item of page as Record<string, unknown>[]) rows.push(fields.map((f) => cell(item[f.InternalName])));
      }
      return { name: title, rows };
    } catch (e) {
      throw toDataError(e, `read the list '${title}'`);
    }
  }
}
