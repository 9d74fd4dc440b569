import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Text } from '@fluentui/react/lib/Text';
import { AppRoot } from '../../../src/ui/AppRoot';
import { SiteProblem } from '../../../src/ui/SiteProblem';
import { WRAPPING_PIVOT_STYLES } from '../../../src/ui/fluent/pivotStyles';
import type { OpenedPathwaysSite } from '../../../src/composition/openPathwaysSite';
import { HOSTED_WEB_PARTS } from './webPartRegistry';
import { OutboxView } from './OutboxView';
import { SIGNED_IN_USER_KEY } from './signInStorage';
import { openLocalPathwaysSite, type PageDigests, type SignInUser } from './localServices';
import { SitePageView } from './SitePageView';
import { SITE_PAGES, pageFileName } from '../../../src/lists';

const STORAGE_KEY = SIGNED_IN_USER_KEY;
const OUTBOX = 'outbox';

export interface WorkbenchProps {
  readonly origin: string;
  readonly sitePath: string;
  /** Sites the page can stand on (?web=<path>), as a Teams tab stands on its team's site. */
  readonly sites: readonly { readonly path: string; readonly title: string }[];
  readonly users: readonly SignInUser[];
  /** The demo's "now": the pages behave as on this date. */
  readonly now: Date;
  /** The form digest each site's page carries, by path. */
  readonly pageDigests?: PageDigests;
}

/** The local workbench: hosts every web part against the emulator, as the chosen user. */
const webFromLocation = (fallback: string): string => new URLSearchParams(window.location.search).get('web') ?? fallback;
/** ?page=<file>: a site page of the Pathways Hub site, opened as SharePoint opens it (SitePageView). */
const pageFromLocation = (): string => new URLSearchParams(window.location.search).get('page') ?? '';
/** ?part=<alias>: the web part (or 'outbox') shown first, e.g. for bench/dataRequests.ts; Today when absent or unknown. */
const partFromLocation = (): string | undefined => {
  const asked = new URLSearchParams(window.location.search).get('part') ?? '';
  return asked === OUTBOX || HOSTED_WEB_PARTS.some((wp) => wp.alias === asked) ? asked : undefined;
};
const PAGE_OPTIONS: IDropdownOption[] = [
  { key: '', text: 'Each web part on its own' },
  ...SITE_PAGES.map((p) => ({ key: pageFileName(p), text: `${p.title} (${pageFileName(p)})` })),
];

export const WorkbenchApp: React.FC<WorkbenchProps> = ({ origin, sitePath, sites, users, now, pageDigests }) => {
  const [email, setEmail] = React.useState<string>(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return users.some((u) => u.email === saved) && saved ? saved : users[0]?.email ?? '';
  });
  const [tab, setTab] = React.useState<string>(() => partFromLocation() ?? HOSTED_WEB_PARTS[0]?.alias ?? OUTBOX);
  const user = users.find((u) => u.email === email) ?? users[0];
  const [pageWeb, setPageWeb] = React.useState<string>(() => webFromLocation(sitePath));
  const [opened, setOpened] = React.useState<OpenedPathwaysSite | undefined>(undefined);
  const [pageFile, setPageFile] = React.useState<string>(pageFromLocation);
  const forSetup = HOSTED_WEB_PARTS.find((wp) => wp.alias === tab)?.opensSiteWithoutLists === true;
  React.useEffect(() => {
    let live = true;
    setOpened(undefined);
    if (user) void openLocalPathwaysSite(origin, pageWeb, user, now, forSetup, pageDigests).then((o) => live && setOpened(o));
    return () => {
      live = false;
    };
  }, [origin, pageWeb, user, now, forSetup, pageDigests]);
  const services = opened?.services;
  const chooseSite = (path: string): void => {
    const q = new URLSearchParams(window.location.search);
    q.set('web', path);
    window.history.replaceState(null, '', `?${q.toString()}`);
    setPageWeb(path);
  };

  const choosePage = (file: string): void => {
    const q = new URLSearchParams(window.location.search);
    if (file) q.set('page', file);
    else q.delete('page');
    window.history.replaceState(null, '', `?${q.toString()}`);
    setPageFile(file);
  };

  const options: IDropdownOption[] = users.map((u) => ({ key: u.email, text: `${u.displayName} — ${u.description}` }));
  const choose = (value: string): void => {
    window.localStorage.setItem(STORAGE_KEY, value);
    setEmail(value);
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="wb-header">
        <Text as="h1" variant="large" styles={{ root: { margin: 0 } }}>
          Pathways Hub — local workbench
        </Text>
        <Text styles={{ root: { color: 'inherit' } }}>
          Demo date: {now.toLocaleDateString('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' })}
        </Text>
        <Dropdown
          label="Signed in as"
          options={options}
          selectedKey={email}
          onChange={(_e, o) => o && choose(String(o.key))}
          styles={{ root: { minWidth: 320 }, label: { color: 'inherit' } }}
          data-testid="signed-in-as"
        />
        <Dropdown
          label="Page on site"
          options={(sites.some((s) => s.path === pageWeb) ? sites : [...sites, { path: pageWeb, title: pageWeb }]).map((s) => ({ key: s.path, text: `${s.title} (${s.path})` }))}
          selectedKey={pageWeb}
          onChange={(_e, o) => o && chooseSite(String(o.key))}
          styles={{ root: { minWidth: 260 }, label: { color: 'inherit' } }}
        />
        <Dropdown
          label="Site page"
          options={PAGE_OPTIONS}
          selectedKey={pageFile}
          onChange={(_e, o) => o && choosePage(String(o.key))}
          styles={{ root: { minWidth: 260 }, label: { color: 'inherit' } }}
        />
      </header>
      {pageFile !== '' && (
        <main id="main" className="wb-main" tabIndex={-1}>
          {!opened && <Text role="status">Finding the Pathways Hub site…</Text>}
          {opened && !opened.services && <SiteProblem message={opened.location.message} />}
          {services && <SitePageView key={`${pageFile}:${email}`} origin={origin} sitePath={sitePath} file={pageFile} email={email} services={services} />}
        </main>
      )}
      {pageFile === '' && (
      <>
      <nav aria-label="Web parts">
        <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)}
          headersOnly
          // On a phone the tabs wrap onto more lines rather than widen the page.
          styles={WRAPPING_PIVOT_STYLES}
        >
          {HOSTED_WEB_PARTS.map((wp) => (
            <PivotItem key={wp.alias} itemKey={wp.alias} headerText={wp.title} />
          ))}
          <PivotItem itemKey={OUTBOX} headerText="Outbox" />
        </Pivot>
      </nav>
      <main id="main" className="wb-main" tabIndex={-1}>
        {tab === OUTBOX && <OutboxView />}
        {tab !== OUTBOX && !opened && <Text role="status">Finding the Pathways Hub site…</Text>}
        {tab !== OUTBOX && opened && !opened.services && <SiteProblem message={opened.location.message} />}
        {services &&
          HOSTED_WEB_PARTS.filter((wp) => wp.alias === tab).map((wp) => (
            <div key={`${wp.alias}:${email}:${pageWeb}`} className="wb-webpart" data-webpart={wp.alias} data-page-web={pageWeb} data-pathways-site={opened?.location.siteUrl}>
              <AppRoot services={services}>{wp.render()}</AppRoot>
            </div>
          ))}
      </main>
      </>
      )}
    </>
  );
};
