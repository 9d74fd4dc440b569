import type { SPFI } from '../data/sp/pnpSetup';
import type { GraphApi, GraphPostOnce } from '../data/graph/graphApi';

/** Everything the services are built from: a configured SPFI, a Graph client and who is signed in. */
export interface ServiceConnection {
  readonly sp: SPFI;
  readonly graph: GraphApi;
  /** POSTs to Graph that no library re-sends (e-mail): see GraphPostOnce. Without it e-mail goes through `graph`. */
  readonly sendOnce?: GraphPostOnce;
  /** Absolute URL of the Pathways Hub site, for links in messages. */
  readonly siteUrl: string;
  /**
   * Who is signed in; `isExternalGuest`: a guest of the tenant (a home school's staff: SPFx's
   * pageContext.user.isExternalGuestUser), to whom views do not send lists of the site's other people.
   */
  readonly user: { readonly email: string; readonly displayName: string; readonly isExternalGuest?: boolean };
  /** The clock; local mode and tests may fix "today". Defaults to the real time. */
  readonly now?: () => Date;
}
