import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { ReviewMeetings } from './components/ReviewMeetings';
import type { ReviewHost } from './components/host';
import { readTeamsHost } from './teamsHost';

/**
 * Review meetings in a Teams meeting (side panel, and the meeting's chat and details tabs): opens the review whose
 * Teams link belongs to the meeting, with its agenda and the form to record the outcomes.
 */
export default class ReviewMeetingPanelWebPart extends PathwaysWebPart {
  private host: ReviewHost = { kind: 'teams-meeting' };

  protected async onInit(): Promise<void> {
    await super.onInit();
    const found = await readTeamsHost(this.context);
    this.host = found.kind === 'sharepoint' ? { kind: 'teams-meeting' } : found;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(ReviewMeetings, { host: this.host });
  }
}
