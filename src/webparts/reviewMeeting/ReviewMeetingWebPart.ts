import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { ReviewMeetings } from './components/ReviewMeetings';
import type { ReviewHost } from './components/host';
import { readTeamsHost } from './teamsHost';

/**
 * Review meetings on a SharePoint page and as a Teams tab. (SharePoint's packager does not let one web part be both
 * a Teams tab and a Teams meeting app, so the meeting side panel is ReviewMeetingPanelWebPart, same component.)
 */
export default class ReviewMeetingWebPart extends PathwaysWebPart {
  private host: ReviewHost = { kind: 'sharepoint' };

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.host = await readTeamsHost(this.context);
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(ReviewMeetings, { host: this.host });
  }
}
