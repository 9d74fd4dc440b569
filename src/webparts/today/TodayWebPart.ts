import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class TodayWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['settings', 'pupils', 'userAccess', 'attendance', 'parentContacts', 'meetings', 'ehcRequests', 'pips', 'supportPlans', 'people', 'laReturns', 'transitionPlans', 'behaviourLog', 'notificationLog'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Today } = await import(/* webpackChunkName: 'view-today' */ './components/Today');
    return () => React.createElement(Today);
  }
}
