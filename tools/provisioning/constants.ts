/** Fixed parts of the Pathways Hub provisioning template. */

export const PNP_NAMESPACE = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';
export const COLUMN_FORMATTING_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

export const TEMPLATE_ID = 'PATHWAYS-HUB';
export const TEMPLATE_VERSION = 1;

/** The built-in Title column of every generic list. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** Generic (custom) list. */
export const GENERIC_LIST_TEMPLATE = 100;

/** Document library (its items are files, e.g. letters). */
export const DOCUMENT_LIBRARY_TEMPLATE = 101;

export { REGIONAL_SETTINGS } from '../../src/lists/regionalSettings';

export { CURRENCY_LCID } from '../../src/lists/fieldSchemaXml';

/** PnP resolves {roledefinition:<RoleType>} to the site's built-in level in its own language (Read, Contribute, …). */
export const ROLE_TOKEN = {
  read: '{roledefinition:Reader}',
  contribute: '{roledefinition:Contributor}',
  fullControl: '{roledefinition:Administrator}',
} as const;

/** PnP resolves this to the site's associated Owners group. */
export const OWNERS_TOKEN = '{associatedownergroup}';

/** Built-in columns a view may show although src/lists does not declare them. */
export const BUILT_IN_VIEW_FIELDS: readonly string[] = [
  'Title',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ID',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'Attachments',
  'DocIcon',
];

export const DEFAULT_VIEW_ROW_LIMIT = 30;
