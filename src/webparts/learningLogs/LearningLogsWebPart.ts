import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { LearningLogs } from './components/LearningLogs';

export default class LearningLogsWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(LearningLogs);
  }
}
