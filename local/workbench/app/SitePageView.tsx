/**
 * A site page opened as SharePoint opens it, as the signed-in user: the page itself is asked for first
 * (<site>/SitePages/<name>.aspx: 200, 403 Access required or 404), then its canvas is read through PnPjs's page API
 * (loadClientsidePage) and the web parts placed on it are rendered in their order. Nobody sees a web part of a page
 * SharePoint would not open for them, whatever they may read elsewhere on the site.
 */
import * as React from 'react';
import { InjectHeaders } from '@pnp/queryable';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { SITE_PAGES_FOLDER } from '../../../src/lists';
import { browserBehavior, createSp, loadClientsidePages } from '../../../src/data/sp/pnpSetup';
import type { IServices } from '../../../src/composition/IServices';
import { AppRoot } from '../../../src/ui/AppRoot';
import { EMULATOR_USER_HEADER } from '../../emulator/contracts';
import { HOSTED_WEB_PARTS } from './webPartRegistry';

export interface SitePageViewProps {
  readonly origin: string;
  /** The Pathways Hub site's server-relative path, e.g. '/sites/pathways'. */
  readonly sitePath: string;
  /** The page's file name, e.g. 'Home-school.aspx'. */
  readonly file: string;
  readonly email: string;
  readonly services: IServices;
}

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'refused' | 'missing' | 'failed'; readonly message: string }
  | { readonly state: 'open'; readonly title: string; readonly webPartIds: readonly string[] };

async function openPage(origin: string, sitePath: string, file: string, email: string): Promise<Loaded> {
  const path = `${sitePath}/${SITE_PAGES_FOLDER}/${file}`;
  const response = await fetch(`${origin}${path}`, { headers: { [EMULATOR_USER_HEADER]: email, Accept: 'text/html' } });
  if (response.status === 403) return { state: 'refused', message: 'Access required: you do not have permission to open this page. Ask the PRU if you need it.' };
  if (response.status === 404) return { state: 'missing', message: `There is no page ${file} on this site. Ask a site owner to run Site setup.` };
  if (!response.ok) return { state: 'failed', message: `The page could not be opened (SharePoint answered ${response.status}).` };
  const siteUrl = `${origin}${sitePath}`;
  const { ClientsideWebpart } = await loadClientsidePages();
  const sp = createSp(siteUrl, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: email }));
  const page = await sp.web.loadClientsidePage(path);
  const ids: string[] = [];
  page.findControl((c) => {
    if (c instanceof ClientsideWebpart) ids.push(String(c.data.webPartId).toLowerCase());
    return false;
  });
  return { state: 'open', title: page.title, webPartIds: ids };
}

export const SitePageView: React.FC<SitePageViewProps> = ({ origin, sitePath, file, email, services }) => {
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  React.useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    openPage(origin, sitePath, file, email).then(
      (l) => live && setLoaded(l),
      (e: unknown) => live && setLoaded({ state: 'failed', message: `The page could not be opened: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [origin, sitePath, file, email]);

  if (loaded.state === 'loading') return <Text role="status">Opening the page {file}…</Text>;
  if (loaded.state !== 'open') {
    return (
      <MessageBar messageBarType={loaded.state === 'refused' ? MessageBarType.blocked : MessageBarType.error} role="alert" data-page-state={loaded.state}>
        {loaded.message}
      </MessageBar>
    );
  }
  return (
    <article aria-labelledby="wb-page-title" data-page={file}>
      <Text as="h2" variant="xLarge" id="wb-page-title" block>
        {loaded.title}
      </Text>
      {loaded.webPartIds.map((id, i) => {
        const part = HOSTED_WEB_PARTS.find((wp) => wp.id === id);
        if (!part) return <MessageBar key={`${id}:${i}`}>A web part this workbench does not host ({id}).</MessageBar>;
        return (
          <div key={`${id}:${i}`} className="wb-webpart" data-webpart={part.alias}>
            <AppRoot services={services}>{part.render()}</AppRoot>
          </div>
        );
      })}
    </article>
  );
};
