import type { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ReviewHost } from './components/host';

/**
 * Where the web part runs, from the Teams context: in a meeting (its chat id finds the review record whose Teams
 * link belongs to it), else a tab; a tab's sub-page id can name a meeting to open. Outside Teams: a SharePoint page.
 */
export async function readTeamsHost(context: BaseClientSideWebPart<object>['context']): Promise<ReviewHost> {
  const teams = context.sdks.microsoftTeams;
  if (!teams) return { kind: 'sharepoint' };
  try {
    const ctx = await teams.teamsJs.app.getContext();
    const subPage = Number(ctx.page.subPageId);
    const meetingId = Number.isInteger(subPage) && subPage > 0 ? subPage : undefined;
    return ctx.meeting ? { kind: 'teams-meeting', chatId: ctx.chat?.id, meetingId } : { kind: 'teams-tab', meetingId };
  } catch {
    return { kind: 'teams-tab' };
  }
}
