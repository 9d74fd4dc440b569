import { plainErrorText } from '../data/errors';

/** The words of an error, for a message bar: never a library's own text ("fetch failed", "Retry count exceeded"). */
export const errorText = (e: unknown): string => plainErrorText(e);
