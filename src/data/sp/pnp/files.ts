/** PnPjs's files (web.getFileByServerRelativePath, folder.files, item.file), for the modules that call them (see pnpSetup.ts). */
import '@pnp/sp/files';
