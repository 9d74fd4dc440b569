import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class AttendanceWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['settings', 'pupils', 'attendance', 'pips', 'userAccess'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Attendance } = await import(/* webpackChunkName: 'view-attendance' */ './components/Attendance');
    return () => React.createElement(Attendance);
  }
}
