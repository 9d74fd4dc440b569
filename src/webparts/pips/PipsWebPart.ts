import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class PipsWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Pips } = await import(/* webpackChunkName: 'view-pips' */ './components/Pips');
    return () => React.createElement(Pips);
  }
}
