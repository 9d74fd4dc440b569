import { DataError, isNoNetwork, messageOf } from '../errors';
import { BatchNotAnswered } from './batchRetry';

interface HttpLikeError {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly message: string;
}

function isHttpLikeError(e: unknown): e is HttpLikeError {
  return typeof e === 'object' && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

/** The SharePoint error code and message inside a PnPjs HttpRequestError message ("… ::> {json}"). */
export function sharePointErrorOf(message: string): { code: string; text: string } {
  const at = message.indexOf('::>');
  const body = at >= 0 ? message.slice(at + 3).trim() : message;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const err = (json['odata.error'] ?? json.error) as { code?: string; message?: { value?: string } | string } | undefined;
    const text = typeof err?.message === 'string' ? err.message : err?.message?.value ?? '';
    return { code: err?.code ?? '', text };
  } catch {
    return { code: '', text: body };
  }
}

/**
 * Turns whatever PnPjs threw into a DataError with words staff can act on. `what` names the operation,
 * e.g. "load the pupils".
 */
export function toDataError(e: unknown, what: string): DataError {
  if (e instanceof DataError) return e;
  if (e instanceof BatchNotAnswered) return toDataError(e.cause, what);
  if (!isHttpLikeError(e)) {
    // Never the library's words ("fetch failed"): what happened and what to do.
    if ((e as { name?: unknown } | null)?.name === 'SyntaxError') return new DataError('unknown', `Could not ${what}: SharePoint's answer could not be read. Reload the page and try again.`);
    if (isNoNetwork(e)) return new DataError('network', `Could not ${what}: SharePoint could not be reached. Check the connection, reload the page to see what was saved, and try again.`);
    // Not the network: a fault in Pathways Hub itself. Its words are kept for whoever looks after it.
    return new DataError('unknown', `Could not ${what}: Pathways Hub met an unexpected problem (${messageOf(e)}). Reload the page and try again; if it happens again, tell the person who looks after Pathways Hub.`);
  }
  const { code, text } = sharePointErrorOf(e.message);
  switch (e.status) {
    case 401:
    case 403:
      return new DataError('access-denied', `You do not have permission to ${what}.`, e.status);
    case 404:
      return new DataError('not-found', `Could not ${what}: the record was not found or you cannot see it.`, 404);
    case 412:
      return new DataError('conflict', `Could not ${what}: someone else changed the record after you opened it.`, 412);
    case 429:
    case 503:
      return new DataError('throttled', `SharePoint is busy; could not ${what}. Please try again in a minute.`, e.status);
    case 504:
      return new DataError('unknown', `Could not ${what}: SharePoint did not answer in time, so it may or may not have been done. Reload the page to see what was saved before trying again.`, 504);
    default:
      break;
  }
  // A column this code reads that the site does not have: the package deployed is newer than the site's lists (its
  // upgrade not run yet). SharePoint: "The field or property 'X' does not exist." for $select, "Column 'X' does not
  // exist. It may have been deleted by another user." for $filter and $orderby.
  const column = e.status === 400 ? /(?:field or property|Column) '([^']+)' does not exist/i.exec(text) : null;
  if (column) {
    return new DataError(
      'unknown',
      `Could not ${what}: this site has no column ${column[1]}, which this version of Pathways Hub reads. The site has not been upgraded to it yet: a site owner should open Site setup and press Upgrade.`,
      400,
    );
  }
  if (/SPQueryThrottledException/i.test(code) || /list view threshold/i.test(text)) {
    return new DataError('threshold', `Could not ${what}: the query would exceed the list view threshold.`, e.status);
  }
  if (/DuplicateValues/i.test(code) || /already exists/i.test(text)) {
    return new DataError('duplicate', `Could not ${what}: a record with the same key already exists.`, e.status);
  }
  return new DataError('unknown', `Could not ${what}: ${text || `SharePoint answered ${e.status}`}.`, e.status);
}
