import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { SendSupport } from './components/SendSupport';

export default class SendSupportWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(SendSupport);
  }
}
