/** PnPjs's site scripts (sp.siteScripts, web.getSiteScript, list.getSiteScript), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/site-scripts';
