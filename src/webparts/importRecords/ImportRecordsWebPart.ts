import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class ImportRecordsWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['userAccess'];

  protected async loadContent(): Promise<WebPartContent> {
    const { ImportRecords } = await import(/* webpackChunkName: 'view-import-records' */ './components/ImportRecords');
    return () => React.createElement(ImportRecords);
  }
}
