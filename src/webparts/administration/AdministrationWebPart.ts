import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class AdministrationWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['userAccess', 'settings'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Administration } = await import(/* webpackChunkName: 'view-administration' */ './components/Administration');
    return () => React.createElement(Administration);
  }
}
