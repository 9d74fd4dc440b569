/** PnPjs's site users (web.siteUsers, web.currentUser, web.ensureUser, web.getUserById), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/site-users/web';
