import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { ReviewMeetings } from './components/ReviewMeetings';
import type { ReviewHost } from './components/host';

/**
 * Review meetings, on a SharePoint page, as a Teams tab and in the Teams meeting side panel. In Teams the host is
 * read from the Teams context: in a meeting, its chat id finds the review record whose Teams link it belongs to;
 * a tab's sub-page id can name a meeting to open.
 */
export default class ReviewMeetingWebPart extends PathwaysWebPart {
  private host: ReviewHost = { kind: 'sharepoint' };

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    try {
      const ctx = await teams.teamsJs.app.getContext();
      const subPage = Number(ctx.page.subPageId);
      const meetingId = Number.isInteger(subPage) && subPage > 0 ? subPage : undefined;
      this.host = ctx.meeting
        ? { kind: 'teams-meeting', chatId: ctx.chat?.id, meetingId }
        : { kind: 'teams-tab', meetingId };
    } catch {
      this.host = { kind: 'teams-tab' };
    }
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(ReviewMeetings, { host: this.host });
  }
}
