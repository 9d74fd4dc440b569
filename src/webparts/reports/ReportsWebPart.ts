import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class ReportsWebPart extends PathwaysWebPart {
  // The rights check, the pupils and settings, the leadership library (the version filed for the period) and the
  // schools (the progress reports' home school choice). The leaders' report itself is built when asked for, its
  // repositories loaded then (LeadersReportView's BUILD_DATA).
  protected readonly firstData: readonly DataModule[] = ['userAccess', 'pupils', 'settings', 'schools', 'leadershipReports'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Reports } = await import(/* webpackChunkName: 'view-reports' */ './components/Reports');
    return () => React.createElement(Reports);
  }
}
