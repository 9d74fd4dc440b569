/**
 * Microsoft Graph errors in plain words. Both SPFx's MSGraphClientV3 and graph-client throw a GraphError
 * (statusCode, code, message, headers); it is read structurally because SPFx bundles its own copy of the class.
 */
import { DataError, isNoNetwork, messageOf } from '../errors';

export interface GraphFailure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** Seconds from the Retry-After header, when there is one. */
  readonly retryAfterSeconds?: number;
}

interface HeadersLike {
  get(name: string): string | null;
}

const isHeaders = (h: unknown): h is HeadersLike => typeof h === 'object' && h !== null && typeof (h as HeadersLike).get === 'function';

/** What Graph answered, or undefined when the error is not a Graph answer (no network, a bug). */
export function graphFailureOf(e: unknown): GraphFailure | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const err = e as { statusCode?: unknown; code?: unknown; message?: unknown; headers?: unknown };
  if (typeof err.statusCode !== 'number' || err.statusCode < 100) return undefined;
  let retryAfterSeconds: number | undefined;
  if (isHeaders(err.headers)) {
    const raw = err.headers.get('Retry-After');
    const n = raw === null ? NaN : Number(raw);
    if (Number.isFinite(n) && n >= 0) retryAfterSeconds = n;
  }
  return {
    status: err.statusCode,
    code: typeof err.code === 'string' ? err.code : '',
    message: typeof err.message === 'string' ? err.message : '',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/**
 * A DataError staff can act on. `what` names the operation ("send the invitation"); `permission` is the Graph
 * permission the call needs, named in the 403 message so the administrator knows what to approve.
 */
export function toGraphDataError(e: unknown, what: string, permission: string): DataError {
  if (e instanceof DataError) return e;
  const f = graphFailureOf(e);
  if (!f) {
    if (isNoNetwork(e)) return new DataError('network', `Could not ${what}: Microsoft 365 could not be reached. Check the connection and try again.`);
    return new DataError('unknown', `Could not ${what}: Pathways Hub met an unexpected problem (${messageOf(e)}). Reload the page and try again; if it happens again, tell the person who looks after Pathways Hub.`);
  }
  switch (f.status) {
    case 401:
      return new DataError('access-denied', `Could not ${what}: your sign-in has expired. Reload the page and try again.`, 401);
    case 403:
      return new DataError(
        'not-approved',
        `Could not ${what}: the administrator has not approved the "${permission}" permission for Pathways Hub. ` +
          'Ask them to approve it in the SharePoint admin centre (Advanced, API access).',
        403,
      );
    case 404:
      return new DataError('not-found', `Could not ${what}: it was not found in Outlook (it may have been deleted there).`, 404);
    case 429:
    case 503:
    case 504:
      return new DataError('throttled', `Could not ${what}: Microsoft 365 is busy. Please try again in a few minutes.`, f.status);
    default:
      break;
  }
  if (f.status === 400 && /recipient|SMTP address/i.test(f.message)) {
    return new DataError('invalid-record', `Could not ${what}: an e-mail address was not accepted (${f.message}).`, 400);
  }
  return new DataError('unknown', `Could not ${what}: Microsoft 365 answered ${f.status}${f.message ? ` (${f.message})` : ''}.`, f.status);
}
