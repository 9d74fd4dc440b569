import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class AdministrationWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Administration } = await import(/* webpackChunkName: 'view-administration' */ './components/Administration');
    return () => React.createElement(Administration);
  }
}
