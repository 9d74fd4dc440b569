import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class AttendanceWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Attendance } = await import(/* webpackChunkName: 'view-attendance' */ './components/Attendance');
    return () => React.createElement(Attendance);
  }
}
