import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { Administration } from './components/Administration';

export default class AdministrationWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(Administration);
  }
}
