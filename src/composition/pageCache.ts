/**
 * Reads shared by every Pathways Hub web part on a page (settings, schools): the one bundle is loaded once per page,
 * so this module is one per page; each web part's services read through it, keyed by site, and a page with five web
 * parts reads the settings once instead of five times. Short-lived (MAX_AGE_MS), cleared at once when they are
 * written through any web part's services (`invalidate`), and when another tab or web part says so on a
 * BroadcastChannel (the settings channel SpSettingsRepository posts on after a save, and this cache's own).
 * Only in a browser: in Node (tests, the seeder, the tools) every read goes to SharePoint.
 */
import type { ISchoolRepository, ISettingsRepository } from '../data/ports';
import { SETTINGS_CHANNEL } from '../data/sp/settingsChannel';

/** How long a shared read is used before it is read again. */
export const MAX_AGE_MS = 5 * 60_000;
const CACHE_CHANNEL = 'pathways-hub-page-cache';

interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const entries = new Map<string, { readonly at: number; readonly value: Promise<unknown> }>();
let channel: Channel | undefined;

function inBrowser(): boolean {
  return typeof window !== 'undefined';
}

function openChannels(): void {
  if (channel || !inBrowser()) return;
  const Ctor = (globalThis as { BroadcastChannel?: new (name: string) => Channel }).BroadcastChannel;
  if (!Ctor) return;
  channel = new Ctor(CACHE_CHANNEL);
  channel.addEventListener('message', (e) => {
    if (typeof e.data === 'string') entries.delete(e.data);
  });
  new Ctor(SETTINGS_CHANNEL).addEventListener('message', () => {
    for (const key of [...entries.keys()]) if (key.endsWith('|settings')) entries.delete(key);
  });
}

/** The page's shared read for `key`, made by `read` when there is none (or it is older than MAX_AGE_MS, or failed). */
export function pageCached<T>(key: string, read: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  if (!inBrowser()) return read();
  openChannels();
  const found = entries.get(key);
  if (found && now() - found.at < MAX_AGE_MS) return found.value as Promise<T>;
  const value = read();
  entries.set(key, { at: now(), value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets the shared read for `key` on this page and tells the other tabs to (after a write). */
export function invalidate(key: string): void {
  entries.delete(key);
  channel?.postMessage(key);
}

/** The settings, read once per page for the site (a `fresh` read replaces the shared one; a save clears it). */
export function pageSharedSettings(siteUrl: string, inner: ISettingsRepository): ISettingsRepository {
  const key = `${siteUrl}|settings`;
  return {
    get: (options) => {
      if (options?.fresh) invalidate(key);
      return pageCached(key, () => inner.get(options));
    },
    save: async (settings, etag) => {
      try {
        return await inner.save(settings, etag);
      } finally {
        invalidate(key);
      }
    },
  };
}

/** The schools, listed once per page for the site; every write through any web part clears the shared list. */
export function pageSharedSchools(siteUrl: string, inner: ISchoolRepository): ISchoolRepository {
  const key = `${siteUrl}|schools`;
  const writing =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await write(...args);
      } finally {
        invalidate(key);
      }
    };
  return {
    list: () => pageCached(key, () => inner.list()),
    get: (id) => inner.get(id),
    contacts: (schoolId) => inner.contacts(schoolId),
    staffAccess: (schoolId) => inner.staffAccess(schoolId),
    create: writing((school) => inner.create(school)),
    update: writing((id, etag, school) => inner.update(id, etag, school)),
    addContact: writing((contact) => inner.addContact(contact)),
    retryInvitation: writing((id) => inner.retryInvitation(id)),
    removeContact: writing((id) => inner.removeContact(id)),
    updateContact: writing((id, etag, contact) => inner.updateContact(id, etag, contact)),
    syncStaff: writing((id) => inner.syncStaff(id)),
  };
}
