import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class ReportsWebPart extends PathwaysWebPart {
  // The rights check, the pupils and settings, and what the leaders' report (its first screen) reads.
  protected readonly firstData: readonly DataModule[] = [
    'userAccess', 'pupils', 'settings', 'schools', 'attendance', 'pips', 'meetings', 'notificationLog', 'leadershipReports', 'supportPlans', 'targets',
  ];

  protected async loadContent(): Promise<WebPartContent> {
    const { Reports } = await import(/* webpackChunkName: 'view-reports' */ './components/Reports');
    return () => React.createElement(Reports);
  }
}
