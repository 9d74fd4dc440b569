/**
 * Writes teams/<componentId>_color.png and teams/<componentId>_outline.png for every web part whose manifest
 * declares a Teams host (TeamsTab, TeamsPersonalApp or TeamsMeetingApp; tools/checkPackage.ts requires them for
 * exactly those web parts).
 *
 *   npx tsx tools/generateTeamsIcons.ts           write the icons
 *   npx tsx tools/generateTeamsIcons.ts --check   fail when an icon is missing or differs from the code
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { colourIcon, outlineIcon } from './teams/icons';
import { encodePng } from './teams/png';

const root = join(__dirname, '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Manifest {
  id: string;
  alias: string;
  supportedHosts?: string[];
}

/** The hosts that make SharePoint's "Sync to Teams" put a web part in the Teams app (with these icons). */
export const TEAMS_HOSTS: readonly string[] = ['TeamsTab', 'TeamsPersonalApp', 'TeamsMeetingApp'];

export function teamsWebParts(): Manifest[] {
  const config = readJson<{ bundles: Record<string, { components: { manifest: string }[] }> }>('config/config.json');
  return Object.values(config.bundles)
    .flatMap((b) => b.components.map((c) => readJson<Manifest>(c.manifest)))
    .filter((m) => (m.supportedHosts ?? []).some((h) => TEAMS_HOSTS.includes(h)));
}

function main(): void {
  const check = process.argv.includes('--check');
  const dir = join(root, 'teams');
  if (!check) mkdirSync(dir, { recursive: true });
  const problems: string[] = [];
  for (const m of teamsWebParts()) {
    for (const [file, png] of [
      [`${m.id}_color.png`, encodePng(colourIcon())],
      [`${m.id}_outline.png`, encodePng(outlineIcon())],
    ] as const) {
      const path = join(dir, file);
      if (check) {
        if (!existsSync(path)) problems.push(`teams/${file} (${m.alias}) is missing`);
        else if (!readFileSync(path).equals(png)) problems.push(`teams/${file} (${m.alias}) differs from tools/teams/icons.ts`);
      } else {
        writeFileSync(path, png);
        console.log(`wrote teams/${file} for ${m.alias}`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(`Teams icons: ${problems.join('; ')}. Run: npx tsx tools/generateTeamsIcons.ts`);
    process.exit(1);
  }
  if (check) console.log('Teams icons match the code.');
}

if (require.main === module) main();
