import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';
import type { ReviewHost } from './components/host';
import { readTeamsHost } from './teamsHost';

/**
 * Review meetings in a Teams meeting (side panel, and the meeting's chat and details tabs): opens the review whose
 * Teams link belongs to the meeting, with its agenda and the form to record the outcomes.
 */
export default class ReviewMeetingPanelWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['meetings', 'ehcRequests', 'pips', 'pupils', 'settings', 'userAccess'];

  protected async loadContent(): Promise<WebPartContent> {
    const [{ ReviewMeetings }, found] = await Promise.all([
      import(/* webpackChunkName: 'view-review-meetings' */ './components/ReviewMeetings'),
      readTeamsHost(this.context),
    ]);
    const host: ReviewHost = found.kind === 'sharepoint' ? { kind: 'teams-meeting' } : found;
    return () => React.createElement(ReviewMeetings, { host });
  }
}
