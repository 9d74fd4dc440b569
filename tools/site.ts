/**
 * Sets up or checks a Pathways Hub site from Node, with the same setup engine as the product (src/data/sp/setup).
 *
 *   npm run site -- check --site <url> [sign-in]     the health check: version, lists, access, groups, regional
 *                                                    settings (Graph permissions against local mode only); exit 1
 *                                                    on a problem
 *   npm run site -- setup --site <url> [sign-in]     set the site up, or bring it up to date
 *   npm run site -- deploy --site <url> [--scope tenant|site] [--package <file>] [sign-in]
 *                                                    upload sharepoint/solution/pathways-hub.sppkg to the tenant app
 *                                                    catalog (default) or the site's own, and deploy it
 *
 * Sign-in:
 *   --as <email>                         the local emulator (npm start): signs in as that user (default: its admin)
 *   --client-id <id> --tenant <id|name>  SharePoint Online: a device code sign-in (@azure/msal-node) with your own
 *                                        Entra app registration (README, "Deploying to SharePoint Online")
 */
import { join } from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { PublicClientApplication } from '@azure/msal-node';
import { SiteSetup } from '../src/data/sp/setup/SiteSetup';
import { SiteHealthCheck } from '../src/data/sp/setup/health/SiteHealthCheck';
import { AREA_TITLES } from '../src/data/sp/setup/health/healthTypes';
import { createServices } from '../src/composition/createServices';
import type { GraphApi } from '../src/data/graph/graphApi';
import { browserBehavior, createSp, type SPFI } from '../src/data/sp/pnpSetup';
import { EMULATOR_USER_HEADER } from '../local/emulator/contracts';
import { DEFAULT_ADMIN } from '../local/emulator/store';
import { createLocalGraphClient } from '../local/graphClient';
import { deployPackage, type CatalogScope } from './deploy/deployPackage';

interface Args {
  readonly command: 'setup' | 'check' | 'deploy';
  readonly site: string;
  readonly scope: CatalogScope;
  readonly packageFile: string;
  readonly as?: string;
  readonly clientId?: string;
  readonly tenant?: string;
}

const USAGE =
  'Usage: npm run site -- setup|check|deploy --site <url> [--scope tenant|site] [--package <file>] [--as <email> | --client-id <id> --tenant <tenant>]';
/** What `npm run package` (gulp package-solution --ship) writes (config/package-solution.json, paths.zippedPackage). */
const DEFAULT_PACKAGE = join(__dirname, '..', 'sharepoint', 'solution', 'pathways-hub.sppkg');

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'setup' && command !== 'check' && command !== 'deploy') throw new Error(`${USAGE}\n(unknown command '${command ?? ''}')`);
  const value = (flag: string): string | undefined => {
    const i = rest.indexOf(flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const site = value('--site');
  if (!site || !/^https?:\/\//.test(site)) throw new Error(`${USAGE}\n(--site must be the site's full address)`);
  const clientId = value('--client-id');
  const tenant = value('--tenant');
  if ((clientId === undefined) !== (tenant === undefined)) throw new Error(`${USAGE}\n(--client-id and --tenant go together)`);
  const scope = value('--scope') ?? 'tenant';
  if (scope !== 'tenant' && scope !== 'site') throw new Error(`${USAGE}\n(--scope is tenant or site)`);
  const packageFile = value('--package') ?? DEFAULT_PACKAGE;
  return { command, site: site.replace(/\/+$/, ''), scope, packageFile, ...(value('--as') ? { as: value('--as') } : {}), ...(clientId ? { clientId } : {}), ...(tenant ? { tenant } : {}) };
}

/** A device code sign-in: the person opens the address shown, enters the code, and signs in as themselves. */
async function deviceCodeToken(site: string, clientId: string, tenant: string): Promise<string> {
  const app = new PublicClientApplication({ auth: { clientId, authority: `https://login.microsoftonline.com/${tenant}` } });
  const result = await app.acquireTokenByDeviceCode({
    scopes: [`${new URL(site).origin}/AllSites.FullControl`],
    deviceCodeCallback: (r) => console.log(r.message),
  });
  if (!result?.accessToken) throw new Error('Sign-in did not give a SharePoint token.');
  return result.accessToken;
}

interface Connection {
  readonly sp: SPFI;
  /** Local mode only: against a tenant this tool signs in to SharePoint alone. */
  readonly graph?: GraphApi;
  readonly email: string;
}

async function connect(args: Args): Promise<Connection> {
  if (args.clientId && args.tenant) {
    const token = await deviceCodeToken(args.site, args.clientId, args.tenant);
    return { sp: createSp(args.site, browserBehavior(args.site), InjectHeaders({ Authorization: `Bearer ${token}` })), email: 'the signed-in owner' };
  }
  const email = args.as ?? DEFAULT_ADMIN.email;
  return {
    sp: createSp(args.site, browserBehavior(args.site), InjectHeaders({ [EMULATOR_USER_HEADER]: email })),
    graph: createLocalGraphClient(new URL(args.site).origin, email),
    email,
  };
}

const NO_GRAPH: GraphApi = {
  api: () => {
    throw new Error('Not signed in to Microsoft Graph.');
  },
};

async function check(conn: Connection, site: string): Promise<number> {
  const services = createServices({ sp: conn.sp, graph: conn.graph ?? NO_GRAPH, siteUrl: site, user: { email: conn.email, displayName: conn.email } });
  const health = new SiteHealthCheck({ sp: conn.sp, siteUrl: site, pupilAccess: services.pupilAccess, schools: services.schools, ...(conn.graph ? { graph: conn.graph } : {}) });
  const report = await health.check();
  console.log(report.summary);
  for (const f of report.findings) {
    console.log(`${f.severity} (${AREA_TITLES[f.area]}): ${f.message}`);
    if (f.how) console.log(`    How: ${f.how}`);
    if (f.repair?.kind === 'setup') console.log(`    Repair: npm run site -- setup --site ${site}`);
    else if (f.repair) console.log('    Repair: from the Site setup page (Check this site, Repair).');
  }
  if (report.findings.length === 0) console.log('Nothing to put right.');
  return report.state === 'current' && !report.findings.some((f) => f.severity === 'problem') ? 0 : 1;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const conn = await connect(args);
  if (args.command === 'check') return check(conn, args.site);
  if (args.command === 'deploy') {
    const done = await deployPackage({ sp: conn.sp, siteUrl: args.site, scope: args.scope, packageFile: args.packageFile, who: conn.email, log: (l) => console.log(l) });
    console.log(`Deployed ${done.title} ${done.version} in ${done.catalogUrl} (app id ${done.appId}). Next: npm run site -- setup --site ${args.site}`);
    return 0;
  }
  const setup = new SiteSetup(conn.sp, { siteUrl: args.site });
  const result = await setup.run({ onProgress: (p) => console.log(`[${p.step}/${p.of}] ${p.label}${p.detail ? ` (${p.detail})` : ''}`) });
  for (const f of result.findings) console.log(`${f.severity}: ${f.message}`);
  console.log(`Done: ${result.stepsDone} step(s), ${result.writes} change(s).`);
  return result.findings.some((f) => f.severity === 'problem') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
