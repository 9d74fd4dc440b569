/** PnPjs's regional settings (web.regionalSettings and its time zone), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/regional-settings/web';
