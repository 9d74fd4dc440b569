/** The largest file Pathways Hub reads in the browser (a year of marks for 300 pupils is about 5 MB as CSV). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Megabytes with one decimal, for messages ('10.0 MB'). */
export function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
