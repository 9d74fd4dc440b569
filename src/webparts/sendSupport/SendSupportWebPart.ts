import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class SendSupportWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { SendSupport } = await import(/* webpackChunkName: 'view-send-support' */ './components/SendSupport');
    return () => React.createElement(SendSupport);
  }
}
