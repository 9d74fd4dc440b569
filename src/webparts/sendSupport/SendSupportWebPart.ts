import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class SendSupportWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['pupils', 'userAccess', 'people', 'supportPlans', 'targets', 'settings'];

  protected async loadContent(): Promise<WebPartContent> {
    const { SendSupport } = await import(/* webpackChunkName: 'view-send-support' */ './components/SendSupport');
    return () => React.createElement(SendSupport);
  }
}
