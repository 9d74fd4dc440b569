import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class LearningLogsWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { LearningLogs } = await import(/* webpackChunkName: 'view-learning-logs' */ './components/LearningLogs');
    return () => React.createElement(LearningLogs);
  }
}
