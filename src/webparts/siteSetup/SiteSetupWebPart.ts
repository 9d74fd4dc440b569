import * as React from 'react';
import { openSiteForSetup } from '../../composition/openSiteForSetup';
import type { OpenedPathwaysSite, OpenPathwaysSiteOptions } from '../../composition/openPathwaysSite';
import type { DataModule } from '../../composition/dataModules';
import { PathwaysWebPart, type WebPartContent } from '../shared/PathwaysWebPart';

/** Site setup: sets Pathways Hub up on this site (or the one in its settings), upgrades and checks it. Site owners. */
export default class SiteSetupWebPart extends PathwaysWebPart {
  /**
   * Its first screen reads the site's status (may this person set up, is it set up, at which version). The check
   * (`siteSetup`, with who can see each pupil and the schools' groups) loads when "Check this site" is pressed.
   */
  protected readonly firstData: readonly DataModule[] = ['siteStatus'];

  protected openSite(options: OpenPathwaysSiteOptions): Promise<OpenedPathwaysSite> {
    return openSiteForSetup(options);
  }

  protected async loadContent(): Promise<WebPartContent> {
    const { SiteSetup } = await import(/* webpackChunkName: 'view-site-setup' */ './components/SiteSetup');
    return () => React.createElement(SiteSetup);
  }
}
