import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class ReportsWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Reports } = await import(/* webpackChunkName: 'view-reports' */ './components/Reports');
    return () => React.createElement(Reports);
  }
}
