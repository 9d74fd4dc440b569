/** PnPjs's site groups (web.siteGroups, web.associatedOwnerGroup and the other associated groups), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/site-groups/web';
