export type ImportSteps = typeof import('./importSteps');

/**
 * Loads the import's steps after the first (importSteps.ts), when a file is picked or a list read; the column
 * matching (its own chunk, with Fluent's Dropdown and TextField) starts loading at the same time, as the next step
 * shows it. A chunk that cannot load says so where the person chose the source; the next choice tries again.
 */
export function loadImportSteps(): Promise<ImportSteps> {
  // Its own failure shows where it is used (onDemand), not here.
  import(/* webpackChunkName: 'import-map-columns' */ './MapColumns').catch(() => undefined);
  return import(/* webpackChunkName: 'import-steps' */ './importSteps').catch(() => {
    throw new Error('Nothing was read: the import could not be loaded. Check the connection and try again.');
  });
}
