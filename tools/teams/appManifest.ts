/**
 * The developer-provided Teams app manifest (sp-dev-docs deployment-spfx-teams-solutions.md: SharePoint's "Sync
 * to Teams" deploys teams/TeamsSPFxApp.zip from the package instead of generating one; meeting apps need it,
 * build-for-teams-meeting-app.md). One app, Review meetings: a configurable tab in the team and groupchat scopes,
 * as a channel tab and in meetings (chat, details, side panel), on the Review meetings web part (TeamsTab). Teams
 * fills in {teamSiteDomain}, {teamSitePath} and {locale} at run time; the web part then finds the Pathways Hub
 * site from its configuration (the page's own site is the team's, or the root site in a meeting).
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

export const TEAMS_MANIFEST_VERSION = '1.17';
export const TEAMS_SCHEMA_FILE = join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${TEAMS_MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');
/** The web part the Teams app opens (it declares TeamsTab). */
export const TEAMS_APP_WEB_PART = 'src/webparts/reviewMeeting/ReviewMeetingWebPart.manifest.json';
/** SharePoint Online's own app id, for the SPFx token (as Microsoft's template). */
const SHAREPOINT_RESOURCE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

interface WebPartManifest {
  readonly id: string;
  readonly alias: string;
  readonly supportedHosts?: string[];
  readonly preconfiguredEntries: { readonly title: { default: string }; readonly description: { default: string } }[];
}

export interface Developer {
  readonly name: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
  readonly mpnId?: string;
}

export function teamsAppWebPart(): WebPartManifest {
  return readJson<WebPartManifest>(TEAMS_APP_WEB_PART);
}

export function teamsIconFiles(): { color: string; outline: string } {
  const { id } = teamsAppWebPart();
  return { color: `${id}_color.png`, outline: `${id}_outline.png` };
}

export function teamsAppManifest(): Record<string, unknown> {
  const webPart = teamsAppWebPart();
  const { developer } = readJson<{ solution: { developer: Developer } }>('config/package-solution.json').solution;
  const { version } = readJson<{ version: string }>('package.json');
  const entry = webPart.preconfiguredEntries[0];
  const id = webPart.id;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version,
    id,
    developer: { name: developer.name, websiteUrl: developer.websiteUrl, privacyUrl: developer.privacyUrl, termsOfUseUrl: developer.termsOfUseUrl },
    name: { short: entry.title.default, full: `Pathways Hub: ${entry.title.default.toLowerCase()}` },
    description: {
      short: 'Pupil review meetings: what is due, the agenda and the outcomes.',
      full: `${entry.description.default} Opens the review a Teams meeting was arranged for in its side panel. The records stay in the school's own SharePoint site.`,
    },
    icons: teamsIconFiles(),
    accentColor: '#004578',
    configurableTabs: [
      {
        configurationUrl: `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${id}%26forceLocale={locale}`,
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel'],
      },
    ],
    validDomains: ['*.login.microsoftonline.com', '*.sharepoint.com', 'resourceseng.blob.core.windows.net'],
    webApplicationInfo: { resource: 'https://{teamSiteDomain}', id: SHAREPOINT_RESOURCE_APP_ID },
  };
}
