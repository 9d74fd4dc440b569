/** SharePoint's REST error, thrown inside the SharePoint part and turned into its JSON shape. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A unique-column violation, naming the column (validate-update reports it against that field). */
export class DuplicateValueError extends SpError {
  constructor(readonly field: string) {
    super(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'This value already exists in the list');
  }
}

export const SP_EXCEPTION = '-2130575305, Microsoft.SharePoint.SPException';
export const SP_GENERIC = '-2146232832, Microsoft.SharePoint.SPException';
export const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
export const ARGUMENT = '-2147024809, System.ArgumentException';

export const errors = {
  unauthorized: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. Sign in with the x-emulator-user header (or Authorization: Bearer emulator:<email>).'),
  /** What `_api/contextinfo` answers someone without access to the site (vgrem/office365-rest-python-client#984). */
  unauthorizedOperation: (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Attempted to perform an unauthorized operation.'),
  /** A write without a valid form digest (vgrem/phpSPO#61, pnp/pnpjs#2467). */
  digestInvalid: (): SpError =>
    new SpError(403, '-2130575251, Microsoft.SharePoint.SPException', "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  /** A write with a digest older than FormDigestTimeoutSeconds (pnp/pnpjs#2186). */
  digestExpired: (): SpError =>
    new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.'),
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: (): SpError => new SpError(404, SP_GENERIC, 'Item does not exist. It may have been deleted by another user.'),
  fileNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  versionConflict: (): SpError =>
    new SpError(412, SP_EXCEPTION, 'The version of the item you are trying to update has changed. Refresh the page and try again.'),
  duplicateValue: (): SpError =>
    new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'This value already exists in the list'),
  /**
   * Enforcing unique values on a column that already holds a value twice (an empty value counts: README, "Unique
   * columns"). The wording is SharePoint's, as quoted for SharePoint 2010 (sharepointquicksolutions.blogspot.com, 2012).
   */
  fieldHasDuplicates: (): SpError =>
    new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'This field contains duplicate values. Remove all duplicate values and try the operation again.'),
  thresholdExceeded: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    ),
  noProperty: (name: string): SpError => new SpError(400, INVALID_QUERY, `The field or property '${name}' does not exist.`),
  noPropertyOnType: (name: string, type: string): SpError =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    ),
  columnMissing: (name: string): SpError =>
    new SpError(400, SP_GENERIC, `Column '${name}' does not exist. It may have been deleted by another user.`),
  badExpression: (text: string): SpError => new SpError(400, INVALID_QUERY, `The expression "${text}" is not valid.`),
  userNotFound: (): SpError => new SpError(404, SP_GENERIC, 'User cannot be found.'),
  groupNotFound: (): SpError => new SpError(404, SP_GENERIC, 'Group cannot be found.'),
  notFound: (what: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${what}.`),
  badRequest: (message: string): SpError => new SpError(400, ARGUMENT, message),
  inherits: (): SpError => new SpError(400, SP_GENERIC, 'This operation is not allowed on an object that inherits permissions.'),
};

export function errorBody(e: SpError): string {
  return JSON.stringify({ 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } });
}
