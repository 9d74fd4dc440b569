export * from './types';
export { LISTS, WEEK_SESSION_FIELDS, listByKey, fieldOf } from './lists';
export type { WeekSessionField } from './lists';
export * from './siteSecurity';
export { REGIONAL_SETTINGS } from './regionalSettings';
export { SCHEMA_VERSION, SCHEMA_VERSION_KEY } from './schemaVersion';
export * from './sitePages';
export type { SchemaVersionRecord } from './schemaVersion';
export * from './homeSchoolSharing';
