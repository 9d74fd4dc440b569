/**
 * Writes the developer-provided Teams app package: teams/manifest.json (readable) and teams/TeamsSPFxApp.zip (package-solution copies everything in teams/ into the .sppkg's ClientSideAssets)
 * (manifest.json and the two icons at the top level, as Teams requires), which `gulp package-solution` puts in the
 * .sppkg and "Sync to Teams" deploys. Validated against the Teams app manifest JSON schema.
 *
 *   npx tsx tools/generateTeamsPackage.ts           write them
 *   npx tsx tools/generateTeamsPackage.ts --check   fail when they differ from the code or do not validate
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { teamsAppManifest, teamsIconFiles } from './teams/appManifest';
import { validateTeamsManifest } from './teams/validateManifest';
import { zipStore } from './teams/zip';

const root = join(__dirname, '..');
export const MANIFEST_FILE = join(root, 'teams', 'manifest.json');
export const PACKAGE_FILE = join(root, 'teams', 'TeamsSPFxApp.zip');

export function buildTeamsPackage(): { manifest: string; zip: Buffer } {
  const manifest = `${JSON.stringify(teamsAppManifest(), null, 2)}\n`;
  const icons = teamsIconFiles();
  const zip = zipStore([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: icons.color, data: readFileSync(join(root, 'teams', icons.color)) },
    { name: icons.outline, data: readFileSync(join(root, 'teams', icons.outline)) },
  ]);
  return { manifest, zip };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const built = buildTeamsPackage();
  const problems = await validateTeamsManifest(JSON.parse(built.manifest) as Record<string, unknown>);
  if (check) {
    if (!existsSync(MANIFEST_FILE) || readFileSync(MANIFEST_FILE, 'utf8') !== built.manifest) problems.push('teams/manifest.json differs from the code: run npx tsx tools/generateTeamsPackage.ts');
    if (!existsSync(PACKAGE_FILE) || !readFileSync(PACKAGE_FILE).equals(built.zip)) problems.push('teams/TeamsSPFxApp.zip differs from the code: run npx tsx tools/generateTeamsPackage.ts');
  } else {
    mkdirSync(join(root, 'teams'), { recursive: true });
    writeFileSync(MANIFEST_FILE, built.manifest);
    writeFileSync(PACKAGE_FILE, built.zip);
  }
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log(check ? 'The Teams app package is up to date and valid.' : `Wrote ${PACKAGE_FILE}.`);
}

if (require.main === module) void main();
