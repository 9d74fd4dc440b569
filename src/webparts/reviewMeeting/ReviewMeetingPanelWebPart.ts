import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';
import type { ReviewHost } from './components/host';
import { readTeamsHost } from './teamsHost';

/**
 * Review meetings in a Teams meeting (side panel, and the meeting's chat and details tabs): opens the review whose
 * Teams link belongs to the meeting, with its agenda and (when the person opens it) the form to record the outcomes.
 */
export default class ReviewMeetingPanelWebPart extends PathwaysWebPart {
  // What the meeting reads first: the meeting, its pupil, the settings, and its agenda's sources (the PIP, attendance
  // since the last review, SMART targets, learning-log highlights); who may record outcomes. (The Due view, shown
  // only when the meeting was not arranged in Pathways Hub, loads its own when it opens.)
  protected readonly firstData: readonly DataModule[] = ['meetings', 'pupils', 'settings', 'pips', 'attendance', 'targets', 'learningLogs', 'userAccess'];

  protected async loadContent(): Promise<WebPartContent> {
    // The meeting (its details, agenda and views) is this web part's first screen: it loads with Review meetings, in
    // one chunk. Its outcome form loads when the person opens it.
    const [{ ReviewMeetings, MeetingView }, found] = await Promise.all([
      import(/* webpackChunkName: 'view-review-meeting' */ './components/meetingFirstScreen'),
      readTeamsHost(this.context),
    ]);
    const host: ReviewHost = found.kind === 'sharepoint' ? { kind: 'teams-meeting' } : found;
    return () => React.createElement(ReviewMeetings, { host, first: { MeetingView } });
  }
}
