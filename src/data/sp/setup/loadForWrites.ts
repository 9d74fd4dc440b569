import { DataError, messageOf } from '../../errors';

/**
 * Loads code that only setup's writes need (the `setup-run` chunk: the engine that carries a plan out, the data
 * migrations), the first time one runs; a failure to load says so in plain words (nothing has been written by it).
 */
export async function loadForWrites<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw new DataError('network', `Pathways Hub could not load the part of setup that makes changes to the site (${messageOf(e)}). Check the connection, reload the page and try again.`);
  }
}
