import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IServices } from '../../composition/IServices';
import { openPathwaysSite } from '../../composition/openPathwaysSite';
import { createSp, spfxBehavior } from '../../data/sp/pnpSetup';
import { PATHWAYS_SITE_PROPERTY } from '../../data/sp/site/locatePathwaysSite';
import { AppRoot } from '../../ui/AppRoot';
import { SiteProblem } from '../../ui/SiteProblem';

/** Every Pathways Hub web part's properties. */
export interface PathwaysWebPartProps {
  /** The Pathways Hub site's address; empty: this site when it holds the lists, else the tenant property. */
  pathwaysSiteUrl?: string;
}

/**
 * The composition root every Pathways Hub web part shares: finds the Pathways Hub site (the page's own site is a
 * team's site in a Teams channel tab and the root site in a meeting, so it comes from configuration; see
 * locatePathwaysSite), builds the services once on it, renders the web part's component inside AppRoot, and
 * says plainly when no Pathways Hub site is configured or reachable. Subclasses only say which component to render.
 */
export abstract class PathwaysWebPart<P extends PathwaysWebPartProps = PathwaysWebPartProps> extends BaseClientSideWebPart<P> {
  private services: IServices | undefined;
  private problem: string | undefined;

  protected abstract renderContent(): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this.connect();
  }

  private async connect(): Promise<void> {
    const graph = await this.context.msGraphClientFactory.getClient('3');
    const opened = await openPathwaysSite({
      pageWebUrl: this.context.pageContext.web.absoluteUrl,
      configuredUrl: this.properties.pathwaysSiteUrl,
      spAt: (siteUrl) => createSp(siteUrl, spfxBehavior(this.context)),
      graph,
      user: { email: this.context.pageContext.user.email, displayName: this.context.pageContext.user.displayName },
    });
    this.services = opened.services;
    this.problem = opened.services ? undefined : opened.location.message;
  }

  public render(): void {
    if (this.services) ReactDom.render(React.createElement(AppRoot, { services: this.services }, this.renderContent()), this.domElement);
    else if (this.problem) ReactDom.render(React.createElement(SiteProblem, { message: this.problem }), this.domElement);
  }

  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  /** A changed site address takes effect when the property pane's changes are applied. */
  protected onAfterPropertyPaneChangesApplied(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    void this.connect().then(() => this.render());
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: 'Where this web part finds Pathways Hub.' },
          groups: [
            {
              groupName: 'Pathways Hub site',
              groupFields: [
                PropertyPaneTextField('pathwaysSiteUrl', {
                  label: 'Pathways Hub site address',
                  placeholder: 'https://contoso.sharepoint.com/sites/pathways',
                  description: `Leave empty to use this site when it holds the Pathways Hub lists, else the tenant property ${PATHWAYS_SITE_PROPERTY} (Teams tabs and meetings).`,
                }),
              ],
            },
          ],
        },
      ],
    };
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
