/**
 * Issue 10, item 12: the developer-provided Teams app package (teams/TeamsSPFxApp.zip), which "Sync to Teams"
 * deploys instead of generating one: a configurable tab for channels and meetings (the side panel included) on the
 * Review meetings web part, valid against Microsoft's Teams app manifest schema, with the developer's URLs filled.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildTeamsPackage, MANIFEST_FILE, PACKAGE_FILE } from '../../../tools/generateTeamsPackage';
import { teamsAppManifest, teamsAppWebPart } from '../../../tools/teams/appManifest';
import { validateTeamsManifest } from '../../../tools/teams/validateManifest';
import { unzipStore } from '../../../tools/teams/zip';

const root = join(__dirname, '..', '..', '..');

test('the manifest is valid against the Teams app manifest schema of its version', async () => {
  await expect(validateTeamsManifest(teamsAppManifest())).resolves.toEqual([]);
});

test('the validation can fail: a missing tab URL, an unknown context and empty developer URLs are refused', async () => {
  const good = teamsAppManifest();
  const tabs = good.configurableTabs as Record<string, unknown>[];
  const broken = {
    ...good,
    developer: { ...(good.developer as object), privacyUrl: '' },
    configurableTabs: [{ ...tabs[0], configurationUrl: undefined, context: ['meetingSidePanel', 'meetingLobby'] }],
  };
  const problems = await validateTeamsManifest(JSON.parse(JSON.stringify(broken)) as Record<string, unknown>);
  expect(problems.join('\n')).toMatch(/configurationUrl/);
  expect(problems.join('\n')).toMatch(/allowed values|must be equal to one of/);
  expect(problems.join('\n')).toMatch(/developer\.privacyUrl must be an https address/);
});

test('a meeting app: one configurable tab in team and group chats, in channels and in meetings (side panel too)', () => {
  const manifest = teamsAppManifest();
  const [tab] = manifest.configurableTabs as { configurationUrl: string; scopes: string[]; context: string[] }[];
  expect(tab.scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
  expect(tab.context).toEqual(expect.arrayContaining(['channelTab', 'meetingSidePanel', 'meetingChatTab', 'meetingDetailsTab']));
  const webPart = teamsAppWebPart();
  expect(webPart.supportedHosts).toContain('TeamsTab');
  expect(manifest.id).toBe(webPart.id);
  // sp-dev-docs deployment-spfx-teams-solutions.md: the channel/group chat tab page, on the hosting site.
  expect(tab.configurationUrl).toBe(
    `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${webPart.id}%26forceLocale={locale}`,
  );
});

test('the developer details are the package’s, with https website, privacy and terms addresses', () => {
  const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { developer: Record<string, string> } };
  const { developer } = teamsAppManifest() as { developer: Record<string, string> };
  for (const key of ['name', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect([key, developer[key]]).toEqual([key, solution.solution.developer[key]]);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(developer[key]).toMatch(/^https:\/\//);
});

test('the committed package is the one the code builds: manifest.json and both icons at the top level', () => {
  const built = buildTeamsPackage();
  expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(built.manifest);
  const committed = readFileSync(PACKAGE_FILE);
  expect(committed.equals(built.zip)).toBe(true);
  const entries = unzipStore(committed);
  const manifest = teamsAppManifest() as { icons: { color: string; outline: string } };
  expect(entries.map((e) => e.name).sort()).toEqual(['manifest.json', manifest.icons.color, manifest.icons.outline].sort());
  expect(entries.every((e) => !e.name.includes('/'))).toBe(true);
  expect(JSON.parse(entries.find((e) => e.name === 'manifest.json')?.data.toString('utf8') ?? '{}')).toEqual(teamsAppManifest());
});
