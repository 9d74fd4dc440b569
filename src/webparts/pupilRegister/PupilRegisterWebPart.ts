import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import type { DataModule } from '../../composition/dataModules';

export default class PupilRegisterWebPart extends PathwaysWebPart {
  protected readonly firstData: readonly DataModule[] = ['pupils', 'schools', 'settings', 'userAccess'];

  protected async loadContent(): Promise<WebPartContent> {
    const { PupilRegister } = await import(/* webpackChunkName: 'view-pupil-register' */ './components/PupilRegister');
    return () => React.createElement(PupilRegister);
  }
}
