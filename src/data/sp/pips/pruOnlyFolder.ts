/** The name of a pupil's PRU-only Letters sub-folder, and whether a filed letter is in it (letterFolders.ts says why). */
import { lettersList } from '../../../lists/declared/letters';

export const PRU_ONLY_FOLDER = lettersList.pruOnlyFolder ?? 'PRU only';

/** Whether a filed letter (its server-relative URL) is in a pupil's PRU-only folder. */
export const inPruOnlyFolder = (url: string): boolean => {
  const dir = url.slice(0, url.lastIndexOf('/'));
  return dir.slice(dir.lastIndexOf('/') + 1).toLowerCase() === PRU_ONLY_FOLDER.toLowerCase();
};
