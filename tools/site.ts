/**
 * Sets up or checks a Pathways Hub site from Node, with the same setup engine as the product (src/data/sp/setup).
 *
 *   npm run site -- check --site <url> [sign-in]     what setup would do, and what it found (exit 1 if anything)
 *   npm run site -- setup --site <url> [sign-in]     set the site up, or bring it up to date
 *
 * Sign-in:
 *   --as <email>                         the local emulator (npm start): signs in as that user (default: its admin)
 *   --client-id <id> --tenant <id|name>  SharePoint Online: a device code sign-in (@azure/msal-node) with your own
 *                                        Entra app registration (README, "Deploying to SharePoint Online")
 */
import { InjectHeaders } from '@pnp/queryable';
import { PublicClientApplication } from '@azure/msal-node';
import { SiteSetup } from '../src/data/sp/setup/SiteSetup';
import { versionMessage } from '../src/data/sp/setup/setupPlan';
import { browserBehavior, createSp, type SPFI } from '../src/data/sp/pnpSetup';
import { EMULATOR_USER_HEADER } from '../local/emulator/contracts';
import { DEFAULT_ADMIN } from '../local/emulator/store';

interface Args {
  readonly command: 'setup' | 'check';
  readonly site: string;
  readonly as?: string;
  readonly clientId?: string;
  readonly tenant?: string;
}

const USAGE = 'Usage: npm run site -- setup|check --site <url> [--as <email> | --client-id <id> --tenant <tenant>]';

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'setup' && command !== 'check') throw new Error(`${USAGE}\n(unknown command '${command ?? ''}')`);
  const value = (flag: string): string | undefined => {
    const i = rest.indexOf(flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const site = value('--site');
  if (!site || !/^https?:\/\//.test(site)) throw new Error(`${USAGE}\n(--site must be the site's full address)`);
  const clientId = value('--client-id');
  const tenant = value('--tenant');
  if ((clientId === undefined) !== (tenant === undefined)) throw new Error(`${USAGE}\n(--client-id and --tenant go together)`);
  return { command, site: site.replace(/\/+$/, ''), ...(value('--as') ? { as: value('--as') } : {}), ...(clientId ? { clientId } : {}), ...(tenant ? { tenant } : {}) };
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

async function connect(args: Args): Promise<SPFI> {
  if (args.clientId && args.tenant) {
    const token = await deviceCodeToken(args.site, args.clientId, args.tenant);
    return createSp(args.site, browserBehavior(args.site), InjectHeaders({ Authorization: `Bearer ${token}` }));
  }
  return createSp(args.site, browserBehavior(args.site), InjectHeaders({ [EMULATOR_USER_HEADER]: args.as ?? DEFAULT_ADMIN.email }));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const setup = new SiteSetup(await connect(args));
  if (args.command === 'check') {
    const plan = await setup.plan();
    console.log(versionMessage(plan));
    for (const s of plan.steps) console.log(`To do: ${s.label} (${s.actions.length} change${s.actions.length === 1 ? '' : 's'})`);
    if (plan.steps.length > 0) console.log(`Run \`npm run site -- setup --site ${args.site}\` to ${plan.state === 'new' ? 'set it up' : 'upgrade or repair it'}.`);
    for (const f of plan.findings) console.log(`${f.severity}: ${f.message}`);
    if (plan.steps.length === 0 && plan.findings.length === 0) console.log('The site matches Pathways Hub: nothing to do.');
    return plan.steps.length === 0 && !plan.findings.some((f) => f.severity === 'problem') ? 0 : 1;
  }
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
