import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { ImportRecords } from './components/ImportRecords';

export default class ImportRecordsWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(ImportRecords);
  }
}
