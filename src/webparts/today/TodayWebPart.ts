import * as React from 'react';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';
import { provideData } from '../../composition/dataModules';

/**
 * Today. Its first screen reads fifteen repositories; their reads come in its view's chunk (components/todayData.ts)
 * rather than as `firstData`, so the whole first screen is one file (the bench counts them with the view).
 */
export default class TodayWebPart extends PathwaysWebPart {
  protected async loadContent(): Promise<WebPartContent> {
    const { Today, todayData } = await import(/* webpackChunkName: 'view-today' */ './components/todayFirstScreen');
    provideData(todayData);
    return () => React.createElement(Today);
  }
}
