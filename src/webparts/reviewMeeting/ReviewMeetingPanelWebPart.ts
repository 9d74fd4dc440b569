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
  // What the Due view reads first (supportPlans holds the assessments: the recent starters' baselines).
  protected readonly firstData: readonly DataModule[] = ['meetings', 'ehcRequests', 'pips', 'pupils', 'settings', 'userAccess', 'transitionPlans', 'supportPlans'];

  protected async loadContent(): Promise<WebPartContent> {
    // The meeting (its agenda and outcome form) is this web part's first screen: its chunk loads beside the view's.
    const [{ ReviewMeetings }, found] = await Promise.all([
      import(/* webpackChunkName: 'view-review-meetings' */ './components/ReviewMeetings'),
      readTeamsHost(this.context),
      import(/* webpackChunkName: 'view-review-meeting' */ './components/meeting/MeetingView'),
    ]);
    const host: ReviewHost = found.kind === 'sharepoint' ? { kind: 'teams-meeting' } : found;
    return () => React.createElement(ReviewMeetings, { host });
  }
}
