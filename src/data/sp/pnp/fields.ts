/** PnPjs's fields (web.fields, list.fields), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/fields';
