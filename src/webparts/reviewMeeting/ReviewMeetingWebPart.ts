import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';
import { readTeamsHost } from './teamsHost';

/**
 * Review meetings on a SharePoint page and as a Teams tab. (SharePoint's packager does not let one web part be both
 * a Teams tab and a Teams meeting app, so the meeting side panel is ReviewMeetingPanelWebPart, same component.)
 */
export default class ReviewMeetingWebPart extends PathwaysWebPart {
  // What the Due view reads first (supportPlans holds the assessments: the recent starters' baselines).
  protected readonly firstData: readonly DataModule[] = ['meetings', 'ehcRequests', 'pips', 'pupils', 'settings', 'userAccess', 'transitionPlans', 'supportPlans'];

  protected async loadContent(): Promise<WebPartContent> {
    // The Due view is this web part's first screen: it loads with Review meetings, in one chunk.
    const [{ ReviewMeetings, DueView }, host] = await Promise.all([
      import(/* webpackChunkName: 'view-review-due' */ './components/dueFirstScreen'),
      readTeamsHost(this.context),
    ]);
    return () => React.createElement(ReviewMeetings, { host, first: { DueView } });
  }
}
