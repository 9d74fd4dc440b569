/** PnPjs's folders (web.getFolderByServerRelativePath, web.folders, list.rootFolder, item.folder), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/folders';
