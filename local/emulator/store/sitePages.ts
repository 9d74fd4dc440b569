import type { Database } from 'better-sqlite3';
import type { ItemData } from './types';

/** SharePoint's base template of the Site Pages library (a document library of client-side pages). */
export const SITE_PAGES_TEMPLATE = 119;
export const SITE_PAGES_URL = 'SitePages';
export const SITE_PAGES_TITLE = 'Site Pages';

/** The page columns the library carries beside Title (names as SharePoint's SP.Publishing.SitePage and the item). */
export const PAGE_COLUMNS = [
  { internalName: 'CanvasContent1', kind: 'Note' },
  { internalName: 'LayoutWebpartsContent', kind: 'Note' },
  { internalName: 'PageLayoutType', kind: 'Text' },
  { internalName: 'PromotedState', kind: 'Number' },
  { internalName: 'BannerImageUrl', kind: 'Note' },
  { internalName: 'Description', kind: 'Note' },
  { internalName: 'TopicHeader', kind: 'Text' },
] as const;

/** The page content SharePoint saves (savepage / savepageasdraft) and a reader sees once published. */
export const PAGE_CONTENT_KEYS = ['Title', 'CanvasContent1', 'LayoutWebpartsContent', 'BannerImageUrl', 'Description', 'TopicHeader'] as const;

export interface PageState {
  readonly checkedOutBy?: number;
  readonly major: number;
  readonly minor: number;
  /** The content as last published (undefined: never published). */
  readonly published?: ItemData;
  readonly firstPublished?: string;
  /** False while a new page has never been checked in: then only the person who has it checked out can see it. */
  readonly everCheckedIn: boolean;
}

interface Row {
  checked_out_by: number | null;
  major: number;
  minor: number;
  published: string | null;
  first_published: string | null;
  ever_checked_in: number;
}

/** Check-out and versions of the pages in a Site Pages library. */
export class SitePageTable {
  constructor(private readonly db: Database) {}

  get(listId: string, itemId: number): PageState | undefined {
    const r = this.db.prepare('SELECT checked_out_by, major, minor, published, first_published, ever_checked_in FROM site_pages WHERE list_id = ? AND item_id = ?').get(listId, itemId) as
      | Row
      | undefined;
    if (!r) return undefined;
    return {
      ...(r.checked_out_by !== null ? { checkedOutBy: r.checked_out_by } : {}),
      major: r.major,
      minor: r.minor,
      ...(r.published !== null ? { published: JSON.parse(r.published) as ItemData } : {}),
      ...(r.first_published !== null ? { firstPublished: r.first_published } : {}),
      everCheckedIn: r.ever_checked_in === 1,
    };
  }

  set(listId: string, itemId: number, s: PageState): void {
    this.db
      .prepare(
        `INSERT INTO site_pages (list_id, item_id, checked_out_by, major, minor, published, first_published, ever_checked_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (list_id, item_id) DO UPDATE SET checked_out_by = excluded.checked_out_by, major = excluded.major, minor = excluded.minor,
           published = excluded.published, first_published = excluded.first_published, ever_checked_in = excluded.ever_checked_in`,
      )
      .run(listId, itemId, s.checkedOutBy ?? null, s.major, s.minor, s.published ? JSON.stringify(s.published) : null, s.firstPublished ?? null, s.everCheckedIn ? 1 : 0);
  }

  delete(listId: string, itemId: number): void {
    this.db.prepare('DELETE FROM site_pages WHERE list_id = ? AND item_id = ?').run(listId, itemId);
  }
}

/** The version label SharePoint shows ('0.1', '1.0'). */
export const versionLabel = (s: PageState): string => `${s.major}.${s.minor}`;
