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
