import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createServices } from '../../composition/createServices';
import type { IServices } from '../../composition/IServices';
import { createSp, spfxBehavior } from '../../data/sp/pnpSetup';
import { AppRoot } from '../../ui/AppRoot';

/**
 * The composition root every Pathways Hub web part shares: builds the services once in onInit, renders the web
 * part's component inside AppRoot, unmounts on dispose. Subclasses only say which component to render.
 */
export abstract class PathwaysWebPart<P extends object = Record<string, never>> extends BaseClientSideWebPart<P> {
  private services: IServices | undefined;

  protected abstract renderContent(): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const siteUrl = this.context.pageContext.web.absoluteUrl;
    const graph = await this.context.msGraphClientFactory.getClient('3');
    this.services = createServices({
      sp: createSp(siteUrl, spfxBehavior(this.context)),
      graph,
      siteUrl,
      user: { email: this.context.pageContext.user.email, displayName: this.context.pageContext.user.displayName },
    });
  }

  public render(): void {
    if (!this.services) return;
    ReactDom.render(React.createElement(AppRoot, { services: this.services }, this.renderContent()), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
