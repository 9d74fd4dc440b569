/** PnPjs's views (list.views, list.defaultView), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/views';
