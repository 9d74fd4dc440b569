/** The words of an error, for a message bar. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
