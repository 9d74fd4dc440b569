/**
 * PnPjs features that only a write or a download needs, loaded then (each its own chunk), so the repositories' reads,
 * which the web parts' first screens run, carry none of them. Await the loader before the feature's first call, in a
 * request sent on its own (never between queuing calls in a batch).
 */
export const loadPnpFolders = (): Promise<unknown> => import(/* webpackChunkName: 'pnp-folders' */ './folders');
export const loadPnpFiles = (): Promise<unknown> => import(/* webpackChunkName: 'pnp-files' */ './files');
