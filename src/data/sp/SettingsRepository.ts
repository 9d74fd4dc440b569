/**
 * The service's settings are one item in the Settings list (key 'school'), holding the SchoolSettings JSON,
 * validated with zod on every read and with the whole-calendar rules on every write. Until an administrator
 * saves settings, the defaults apply.
 *
 * Read once per page and cached; a save clears the cache of this page's repositories at once (the same instance,
 * and, through a BroadcastChannel, the other web parts' instances in the browser), so statistics, due dates and
 * registers loaded after it use the new values.
 */
import { DEFAULT_SETTINGS, schoolSettingsSchema, type SchoolSettings } from '../../domain';
import { settingsList } from '../../lists/declared/settings';
import { DataError, RecordValidationError } from '../errors';
import type { ISettingsRepository, Saved } from '../ports';
import type { SPFI } from './pnpSetup';
import { etagOf } from './recordMapper';
import { toDataError } from './spErrors';
import { SETTINGS_CHANNEL } from './settingsChannel';

const list = settingsList;
export const SETTINGS_KEY = 'school';
export { SETTINGS_CHANNEL };

interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: () => void): void;
}

function openChannel(): Channel | undefined {
  // Only in a browser: Node's BroadcastChannel would keep a test process alive.
  if (typeof window === 'undefined') return undefined;
  const Ctor = (globalThis as { BroadcastChannel?: new (name: string) => Channel }).BroadcastChannel;
  return Ctor ? new Ctor(SETTINGS_CHANNEL) : undefined;
}

/** Someone else saved the settings after they were read (412 on the ETag, or their first save beat ours). */
export function settingsConflict(): DataError {
  return new DataError(
    'conflict',
    'Someone else saved the settings after you opened them, so yours were not saved. Reload to see their changes, then make yours again.',
    412,
  );
}

/**
 * The settings checked by their rules (settingsCheck, its own chunk: loaded at the save, not by a first screen that
 * only reads them). Code that cannot be downloaded is said as such: nothing was saved.
 */
async function checked(settings: SchoolSettings): Promise<SchoolSettings> {
  let check: typeof import('./settingsCheck');
  try {
    check = await import(/* webpackChunkName: 'settings-check' */ './settingsCheck');
  } catch {
    throw new DataError('network', 'The settings were not saved: part of Pathways Hub could not be downloaded. Check the connection and try again.');
  }
  return check.checkSettings(settings);
}

export class SpSettingsRepository implements ISettingsRepository {
  private cached: Promise<Saved<SchoolSettings> | SchoolSettings> | undefined;
  private readonly channel: Channel | undefined = openChannel();

  public constructor(private readonly sp: SPFI) {
    this.channel?.addEventListener('message', () => {
      this.cached = undefined;
    });
  }

  public get(options: { fresh?: boolean } = {}): Promise<Saved<SchoolSettings> | SchoolSettings> {
    if (!this.cached || options.fresh) this.cached = this.load();
    return this.cached;
  }

  public async save(settings: SchoolSettings, etag?: string): Promise<Saved<SchoolSettings>> {
    const value = await checked(settings);
    const body = { Title: 'Service settings', PwKey: SETTINGS_KEY, PwValue: JSON.stringify(value) };
    const items = this.sp.web.lists.getByTitle(list.title).items;
    let current: Record<string, unknown> | undefined;
    try {
      current = await this.raw();
    } catch (e) {
      throw toDataError(e, 'save the settings');
    }
    try {
      if (current) {
        // Saved over the defaults while someone else saved the first settings: theirs are never overwritten.
        if (etag === undefined) throw settingsConflict();
        await items.getById(Number(current.Id)).update(body, etag);
      } else {
        await items.add(body);
      }
    } catch (e) {
      const err = toDataError(e, 'save the settings');
      // 412 on a stale ETag; a duplicate key when someone else created the settings item first.
      if (err.kind === 'conflict' || err.kind === 'duplicate') throw settingsConflict();
      throw err;
    } finally {
      this.cached = undefined;
    }
    this.channel?.postMessage({ saved: new Date().toISOString() });
    const saved = await this.get();
    if (!('etag' in saved)) throw toDataError(new Error('the saved settings could not be read back'), 'save the settings');
    return saved;
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
