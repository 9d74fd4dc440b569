import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

export default class PupilRegisterWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { PupilRegister } = await import(/* webpackChunkName: 'view-pupil-register' */ './components/PupilRegister');
    return () => React.createElement(PupilRegister);
  }
}
