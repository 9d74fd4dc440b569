/**
 * Typed errors raised by the data layer. Components show `message` to staff: it is written for them.
 */
export type DataErrorKind =
  | 'invalid-record'
  | 'not-found'
  | 'access-denied'
  | 'conflict'
  | 'duplicate'
  | 'threshold'
  | 'throttled'
  | 'not-approved'
  | 'network'
  /** A write whose answer was lost and whose outcome could not be checked yet (src/data/sp/exactlyOnce.ts). */
  | 'unknown-outcome'
  /** A write that was stored but could not be read back now. */
  | 'saved-unconfirmed'
  | 'unknown';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status?: number;

  public constructor(kind: DataErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.status = status;
  }
}

/** A SharePoint or Graph payload that does not match the domain schema: names the list, the item and the field. */
export class RecordValidationError extends DataError {
  public readonly list: string;
  public readonly itemId: number | undefined;
  public readonly field: string;

  public constructor(list: string, itemId: number | undefined, field: string, detail: string) {
    super(
      'invalid-record',
      `The record in '${list}'${itemId === undefined ? '' : ` (item ${itemId})`} has an invalid '${field}': ${detail}`,
    );
    this.name = 'RecordValidationError';
    this.list = list;
    this.itemId = itemId;
    this.field = field;
  }
}

/** Someone else saved the item after it was read (HTTP 412 on a stale ETag). */
export class ConcurrencyError extends DataError {
  public readonly list: string;
  public readonly itemId: number;

  public constructor(list: string, itemId: number) {
    super('conflict', `Someone else changed this record in '${list}' (item ${itemId}) after you opened it.`, 412);
    this.name = 'ConcurrencyError';
    this.list = list;
    this.itemId = itemId;
  }
}

/** A pupil record that would duplicate one already on the register (same reference, UPN, or name and date of birth). */
export class DuplicatePupilError extends DataError {
  public readonly duplicates: readonly { readonly id: number; readonly reason: string; readonly message: string }[];

  public constructor(message: string, duplicates: readonly { readonly id: number; readonly reason: string; readonly message: string }[]) {
    super('duplicate', message, 409);
    this.name = 'DuplicatePupilError';
    this.duplicates = duplicates;
  }
}

/** Library wording that must never reach staff: a fetch with no network, PnPjs giving up on a throttled request. */
const NO_NETWORK = /^(fetch failed|failed to fetch|networkerror when attempting to fetch resource\.?|load failed|network request failed)$|ECONNREFUSED|ECONNRESET|ENOTFOUND|socket hang up/i;
const RETRIES_SPENT = /retry count exceeded/i;

/**
 * The words to show staff for any failure: a DataError's own message (written for them); for anything a library
 * threw (a PnPjs HttpRequestError, a Graph error, fetch's "fetch failed"), plain words by what happened and what to
 * do, never the library's text. Errors the product wrote itself (plain Error with a sentence) keep their words.
 */
export function plainErrorText(e: unknown): string {
  if (e instanceof DataError) return e.message;
  const err = (typeof e === 'object' && e !== null ? e : {}) as { status?: unknown; statusCode?: unknown; isHttpRequestError?: unknown; message?: unknown };
  const message = typeof err.message === 'string' ? err.message : typeof e === 'string' ? e : '';
  const status = typeof err.statusCode === 'number' ? err.statusCode : err.isHttpRequestError === true && typeof err.status === 'number' ? err.status : undefined;
  const service = typeof err.statusCode === 'number' ? 'Microsoft 365' : 'SharePoint';
  if (status !== undefined || RETRIES_SPENT.test(message)) {
    switch (status) {
      case 401:
        return 'Your sign-in has expired. Reload the page and try again.';
      case 403:
        return 'You do not have permission to do this. Ask the Pathways Hub Leadership or a site owner if you should.';
      case 404:
        return 'The record was not found, or you cannot see it. Reload the page to see what is there now.';
      case 409:
      case 412:
        return 'Someone else changed this record after you opened it. Reload it to see their change, then make yours again.';
      case 504:
        return `${service} did not answer in time, so what you did may or may not have been saved. Reload the page to see what is there before doing it again.`;
      default:
        if (status === undefined || status === 429 || status === 503)
          return `${service} is busy at the moment and asked Pathways Hub to wait. Please try again in a few minutes; reload the page first to see what was saved.`;
        return `${service} could not do this (error ${status}). Reload the page and try again; if it keeps happening, tell the person who looks after Pathways Hub.`;
    }
  }
  if (isNoNetwork(e) || message === '')
    return 'Pathways Hub could not reach SharePoint or Microsoft 365: the connection may be down. Check it, reload the page to see what was saved, and try again.';
  return message;
}

/** Whether a failure is the network's (fetch rejected: no connection, dropped, refused, aborted), not a bug. */
export function isNoNetwork(e: unknown): boolean {
  // Read structurally: fetch's TypeError may come from another realm (a worker, Node's own fetch under jest).
  const err = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; message?: unknown; cause?: unknown };
  if (err.name === 'AbortError') return true;
  const message = typeof err.message === 'string' ? err.message : typeof e === 'string' ? e : '';
  return NO_NETWORK.test(message) || (err.cause !== undefined && err.cause !== e && isNoNetwork(err.cause));
}

/** The message of anything thrown (an Error from any realm, a string, an object with a message). */
export function messageOf(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}
