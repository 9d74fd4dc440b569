/**
 * The service's settings are one item in the Settings list (key 'school'), holding the SchoolSettings JSON,
 * validated with zod on every read and write. Until an administrator saves settings, the defaults apply.
 */
import { DEFAULT_SETTINGS, schoolSettingsSchema, type SchoolSettings } from '../../domain';
import { listByKey } from '../../lists';
import { RecordValidationError } from '../errors';
import type { ISettingsRepository, Saved } from '../ports';
import type { SPFI } from './pnpSetup';
import { etagOf } from './recordMapper';
import { toDataError } from './spErrors';

const list = listByKey('settings');
export const SETTINGS_KEY = 'school';

export class SpSettingsRepository implements ISettingsRepository {
  private cached: Promise<Saved<SchoolSettings> | SchoolSettings> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public get(): Promise<Saved<SchoolSettings> | SchoolSettings> {
    if (!this.cached) this.cached = this.load();
    return this.cached;
  }

  public async save(settings: SchoolSettings, etag?: string): Promise<void> {
    const parsed = schoolSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RecordValidationError(list.title, undefined, issue.path.join('.') || 'settings', issue.message);
    }
    const body = { Title: 'Service settings', PwKey: SETTINGS_KEY, PwValue: JSON.stringify(parsed.data) };
    try {
      const current = await this.raw();
      const items = this.sp.web.lists.getByTitle(list.title).items;
      if (current) await items.getById(Number(current.Id)).update(body, etag ?? '*');
      else await items.add(body);
    } catch (e) {
      throw toDataError(e, 'save the settings');
    } finally {
      this.cached = undefined;
    }
  }

  private async raw(): Promise<Record<string, unknown> | undefined> {
    const rows = await this.sp.web.lists
      .getByTitle(list.title)
      .items.select('Id', 'PwKey', 'PwValue')
      .filter(`PwKey eq '${SETTINGS_KEY}'`)
      .top(1)<Record<string, unknown>[]>();
    return rows[0];
  }

  private async load(): Promise<Saved<SchoolSettings> | SchoolSettings> {
    let row: Record<string, unknown> | undefined;
    try {
      row = await this.raw();
    } catch (e) {
      this.cached = undefined;
      throw toDataError(e, 'load the settings');
    }
    if (!row) return DEFAULT_SETTINGS;
    let json: unknown;
    try {
      json = JSON.parse(String(row.PwValue ?? ''));
    } catch {
      throw new RecordValidationError(list.title, Number(row.Id), 'PwValue', 'the settings are not valid JSON');
    }
    const parsed = schoolSettingsSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RecordValidationError(list.title, Number(row.Id), `PwValue.${issue.path.join('.')}`, issue.message);
    }
    return { ...parsed.data, id: Number(row.Id), etag: etagOf(row) };
  }
}
