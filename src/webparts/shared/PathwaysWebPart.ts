import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { AadHttpClient } from '@microsoft/sp-http';
import { ThemeProvider, type IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IServices } from '../../composition/IServices';
import { preloadData, type DataModule } from '../../composition/dataModules';
import { openPathwaysSite, type OpenedPathwaysSite, type OpenPathwaysSiteOptions } from '../../composition/openPathwaysSite';
import { graphPostOnce } from '../../data/graph/graphApi';
import { createSp, spfxBehavior } from '../../data/sp/pnpSetup';
import { PATHWAYS_SITE_PROPERTY } from '../../data/sp/site/locatePathwaysSite';
import { AppRoot } from '../../ui/AppRoot';
import { SiteProblem } from '../../ui/SiteProblem';
import { applySiteTheme } from '../../ui/plain/theme';

/** What a web part renders, once its view's code has loaded. */
export type WebPartContent = () => React.ReactElement;

/** Every Pathways Hub web part's properties. */
export interface PathwaysWebPartProps {
  /** The Pathways Hub site's address; empty: this site when it holds the lists, else the tenant property. */
  pathwaysSiteUrl?: string;
}

/**
 * The composition root every Pathways Hub web part shares: finds the Pathways Hub site (the page's own site is a
 * team's site in a Teams channel tab and the root site in a meeting, so it comes from configuration; see
 * locatePathwaysSite), builds the services once on it, renders the web part's component inside AppRoot, and
 * says plainly when no Pathways Hub site is configured or reachable.
 *
 * All web parts are in ONE bundle (config/config.json `pathways-hub`), which holds only these thin classes, the
 * services and the domain; a page loads it once however many Pathways web parts it has. Each web part's view is
 * loaded on demand by `loadContent()` (its own chunk, fetched while the site is found and the services built):
 *
 *   protected async loadContent(): Promise<WebPartContent> {
 *     const { Pips } = await import(/* webpackChunkName: 'view-pips' *\/ './components/Pips');
 *     return () => React.createElement(Pips);
 *   }
 *
 * The services hold no repository code either: each repository's code is a `data-…` chunk loaded the first time
 * it is used (composition/dataModules). A web part names in `firstData` the ones its first screen reads, so their
 * code loads alongside the view, not after it has rendered:
 *
 *   protected readonly firstData: readonly DataModule[] = ['pips', 'pupils', 'schools', 'settings'];
 *
 * Chunks named `view-…` and the `firstData` modules are what a web part loads first (`npm run bench:bundle` holds
 * them to the budgets); anything else imported with `import()` loads only when the person asks for it.
 */
export abstract class PathwaysWebPart<P extends PathwaysWebPartProps = PathwaysWebPartProps> extends BaseClientSideWebPart<P> {
  private services: IServices | undefined;
  private problem: string | undefined;
  private content: WebPartContent | undefined;
  private loadProblem: string | undefined;

  /** The repository modules the first screen reads (composition/dataModules), loaded alongside the view. */
  protected readonly firstData: readonly DataModule[] = [];

  /** Loads the web part's view (a dynamic import, chunk name `view-<web part>`), and says how to render it. */
  protected abstract loadContent(): Promise<WebPartContent>;

  /** Finds the Pathways Hub site and builds the services on it (the Site setup web part opens a site without lists). */
  protected openSite(options: OpenPathwaysSiteOptions): Promise<OpenedPathwaysSite> {
    return openPathwaysSite(options);
  }

  /** The plain controls take the site's theme (or a section's background variant) from CSS custom properties. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    applySiteTheme(this.domElement, theme?.palette);
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    applySiteTheme(this.domElement, this.context.serviceScope.consume(ThemeProvider.serviceKey).tryGetTheme()?.palette);
    this.context.statusRenderer.displayLoadingIndicator(this.domElement, 'Pathways Hub');
    preloadData(this.firstData);
    const [, content] = await Promise.all([
      this.connect(),
      this.loadContent().catch((e: unknown) => {
        this.loadProblem = `Pathways Hub could not load its screens (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`;
        return undefined;
      }),
    ]);
    this.content = content;
  }

  private async connect(): Promise<void> {
    const graph = await this.context.msGraphClientFactory.getClient('3');
    const opened = await this.openSite({
      pageWebUrl: this.context.pageContext.web.absoluteUrl,
      configuredUrl: this.properties.pathwaysSiteUrl,
      spAt: (siteUrl) => createSp(siteUrl, spfxBehavior(this.context)),
      graph,
      // E-mail goes through AadHttpClient, which never re-sends a POST (MSGraphClientV3 re-sends one answered 504,
      // when Graph may already have sent it); same tenant approval (Mail.Send), same sign-in.
      sendOnce: graphPostOnce('https://graph.microsoft.com/v1.0', async (url, init) =>
        (await this.context.aadHttpClientFactory.getClient('https://graph.microsoft.com')).post(url, AadHttpClient.configurations.v1, init),
      ),
      user: {
        email: this.context.pageContext.user.email,
        displayName: this.context.pageContext.user.displayName,
        isExternalGuest: this.context.pageContext.user.isExternalGuestUser,
      },
    });
    this.services = opened.services;
    this.problem = opened.services ? undefined : opened.location.message;
  }

  public render(): void {
    this.context.statusRenderer.clearLoadingIndicator(this.domElement);
    const problem = this.loadProblem ?? this.problem;
    if (this.services && this.content) ReactDom.render(React.createElement(AppRoot, { services: this.services }, this.content()), this.domElement);
    else if (problem) ReactDom.render(React.createElement(SiteProblem, { message: problem }), this.domElement);
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
