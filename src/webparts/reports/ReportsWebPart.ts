import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class ReportsWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['userAccess', 'pupils', 'settings'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Reports } = await import(/* webpackChunkName: 'view-reports' */ './components/Reports');
    return () => React.createElement(Reports);
  }
}
