import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class ImportRecordsWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { ImportRecords } = await import(/* webpackChunkName: 'view-import-records' */ './components/ImportRecords');
    return () => React.createElement(ImportRecords);
  }
}
