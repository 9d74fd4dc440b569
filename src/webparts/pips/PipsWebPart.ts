import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class PipsWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['pips', 'pupils', 'schools', 'settings'];

  protected async loadContent(): Promise<WebPartContent> {
    const { Pips } = await import(/* webpackChunkName: 'view-pips' */ './components/Pips');
    return () => React.createElement(Pips);
  }
}
