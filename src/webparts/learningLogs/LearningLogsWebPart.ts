import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class LearningLogsWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['pupils', 'userAccess', 'people', 'learningLogs', 'settings', 'schools'];

  protected async loadContent(): Promise<WebPartContent> {
    const { LearningLogs } = await import(/* webpackChunkName: 'view-learning-logs' */ './components/LearningLogs');
    return () => React.createElement(LearningLogs);
  }
}
