import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class AttendanceWebPart extends PathwaysWebPart {
  // What taking the register reads first (TakeRegister, firstReads.ts): the settings and pupils, both of the day's
  // registers, the PIPs in force (C2) and the day's calls home (first-day calling). Nothing on it asks for the user's rights.
  protected readonly firstData: readonly DataModule[] = ['settings', 'pupils', 'attendance', 'pips', 'parentContacts'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Attendance } = await import(/* webpackChunkName: 'view-attendance' */ './components/Attendance');
    return () => React.createElement(Attendance);
  }
}
