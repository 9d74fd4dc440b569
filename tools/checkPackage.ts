/**
 * Checks the packaged solution (sharepoint/solution/pathways-hub.sppkg) after `gulp package-solution --ship`:
 *  - every web part declared in config/config.json is in the package;
 *  - web parts meant for Teams (icons in teams/) declare a Teams host (TeamsTab, TeamsPersonalApp, TeamsMeetingApp), and only they do;
 *  - config/package-solution.json asks for exactly the Graph permissions the code uses (src/data/graph/graphScopes.ts);
 *  - the developer-provided Teams app package (TeamsSPFxApp.zip, which "Sync to Teams" deploys) is in the package,
 *    is the one the code builds, and its manifest validates against the Teams app manifest schema.
 * Run: npx tsx tools/checkPackage.ts
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { GRAPH_SCOPES_USED } from '../src/data/graph/graphScopes';
import { buildTeamsPackage } from './generateTeamsPackage';
import { validateTeamsManifest } from './teams/validateManifest';
import { unzipStore } from './teams/zip';

const root = join(__dirname, '..');
const problems: string[] = [];
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Manifest {
  id: string;
  alias: string;
  supportedHosts?: string[];
}
interface Config {
  bundles: Record<string, { components: { manifest: string }[] }>;
}
interface PackageSolution {
  solution: { webApiPermissionRequests?: { resource: string; scope: string }[] };
  paths: { zippedPackage: string };
}

const config = readJson<Config>('config/config.json');
const solution = readJson<PackageSolution>('config/package-solution.json');
const sppkg = join(root, 'sharepoint', solution.paths.zippedPackage);
if (!existsSync(sppkg)) {
  console.error(`No package at ${sppkg}: run 'npm run package' first.`);
  process.exit(1);
}
const entries = execFileSync('unzip', ['-Z1', sppkg], { encoding: 'utf8' }).split('\n');

const manifests = Object.values(config.bundles).flatMap((b) => b.components.map((c) => readJson<Manifest>(c.manifest)));
for (const m of manifests) {
  if (!entries.some((e) => e.endsWith(`WebPart_${m.id}.xml`))) problems.push(`${m.alias} (${m.id}) is not in the package.`);
  const forTeams = existsSync(join(root, 'teams', `${m.id}_color.png`));
  // A Teams tab, personal app or meeting app (SharePoint's packager refuses a meeting app that is also a tab).
  const declaresTeams = (m.supportedHosts ?? []).some((h) => ['TeamsTab', 'TeamsPersonalApp', 'TeamsMeetingApp'].includes(h));
  if (forTeams && !declaresTeams) problems.push(`${m.alias} has Teams icons but declares no Teams host in supportedHosts.`);
  if (declaresTeams && !forTeams) problems.push(`${m.alias} declares a Teams host but teams/${m.id}_color.png is missing.`);
  console.log(`web part ${m.alias}: packaged, hosts ${(m.supportedHosts ?? []).join(', ')}`);
}

const asked = (solution.solution.webApiPermissionRequests ?? [])
  .filter((r) => r.resource === 'Microsoft Graph')
  .map((r) => r.scope)
  .sort();
const used = GRAPH_SCOPES_USED.map((s) => s.scope).sort();
if (asked.join(',') !== used.join(',')) {
  problems.push(`package-solution.json asks for Graph [${asked.join(', ')}] but the code uses [${used.join(', ')}].`);
}
console.log(`Graph permissions requested: ${asked.length === 0 ? 'none' : asked.join(', ')}`);

async function checkTeamsPackage(): Promise<void> {
  const entry = entries.find((e) => e.endsWith('TeamsSPFxApp.zip'));
  if (!entry) {
    problems.push('The package holds no TeamsSPFxApp.zip: run npx tsx tools/generateTeamsPackage.ts, then npm run package.');
    return;
  }
  const zip = execFileSync('unzip', ['-p', sppkg, entry]);
  if (!zip.equals(buildTeamsPackage().zip)) problems.push(`${entry} in the package differs from the one the code builds.`);
  const manifest = unzipStore(zip).find((e) => e.name === 'manifest.json');
  if (!manifest) problems.push(`${entry} has no manifest.json at its top level.`);
  else problems.push(...(await validateTeamsManifest(JSON.parse(manifest.data.toString('utf8')) as Record<string, unknown>)).map((p) => `Teams manifest: ${p}`));
  console.log(`Teams app package: ${entry}`);
}

void checkTeamsPackage().then(() => {
  if (problems.length > 0) {
    console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`Package check passed: ${manifests.length} web part(s) in ${solution.paths.zippedPackage}.`);
});
