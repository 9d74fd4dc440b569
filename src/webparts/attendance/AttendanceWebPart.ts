import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { Attendance } from './components/Attendance';

export default class AttendanceWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(Attendance);
  }
}
