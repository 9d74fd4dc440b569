import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { PupilRegister } from './components/PupilRegister';

export default class PupilRegisterWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(PupilRegister);
  }
}
