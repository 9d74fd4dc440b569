import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class TodayWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Today } = await import(/* webpackChunkName: 'view-today' */ './components/Today');
    return () => React.createElement(Today);
  }
}
