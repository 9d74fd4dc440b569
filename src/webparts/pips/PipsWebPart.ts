import * as React from 'react';
import { PathwaysWebPart } from '../shared/PathwaysWebPart';
import { Pips } from './components/Pips';

export default class PipsWebPart extends PathwaysWebPart {
  protected renderContent(): React.ReactElement {
    return React.createElement(Pips);
  }
}
