import { FIELD_PREFIX, type FieldDefinition, type FieldKind, type ListDefinition } from '../../src/lists/types';
import { BUILT_IN_VIEW_FIELDS } from './constants';

/** Kinds SharePoint cannot index (so cannot enforce unique values on either). */
const NOT_INDEXABLE: readonly FieldKind[] = ['Note', 'MultiChoice', 'LookupMulti'];
const INTERNAL_NAME = new RegExp(`^${FIELD_PREFIX}[A-Z][A-Za-z0-9]*$`);
/** SharePoint limits internal names to 32 characters. */
const MAX_INTERNAL_NAME = 32;

function fieldProblems(list: ListDefinition, field: FieldDefinition, keys: ReadonlySet<string>): string[] {
  const at = `${list.key}.${field.internalName}`;
  const problems: string[] = [];
  if (!INTERNAL_NAME.test(field.internalName)) problems.push(`${at}: internal name must be ${FIELD_PREFIX} + PascalCase.`);
  if (field.internalName.length > MAX_INTERNAL_NAME) problems.push(`${at}: internal name is longer than 32 characters.`);
  if (field.unique && !field.indexed) problems.push(`${at}: unique (EnforceUniqueValues) needs indexed.`);
  if (field.indexed && NOT_INDEXABLE.includes(field.kind)) problems.push(`${at}: ${field.kind} columns cannot be indexed.`);
  const hasChoices = field.kind === 'Choice' || field.kind === 'MultiChoice';
  if (hasChoices && !field.choices?.length) problems.push(`${at}: ${field.kind} needs choices.`);
  if (!hasChoices && field.choices) problems.push(`${at}: only Choice and MultiChoice take choices.`);
  if (hasChoices && field.defaultValue !== undefined && !field.choices?.includes(field.defaultValue)) {
    problems.push(`${at}: default '${field.defaultValue}' is not one of its choices.`);
  }
  const isLookup = field.kind === 'Lookup' || field.kind === 'LookupMulti';
  if (isLookup && (!field.lookupList || !keys.has(field.lookupList))) {
    problems.push(`${at}: lookup target '${String(field.lookupList)}' is not a declared list.`);
  }
  if (field.maxLength !== undefined && (field.kind !== 'Text' || field.maxLength < 1 || field.maxLength > 255)) {
    problems.push(`${at}: maxLength applies to Text columns only, 1 to 255.`);
  }
  return problems;
}

function listProblems(list: ListDefinition, keys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const names = list.fields.map((f) => f.internalName);
  names
    .filter((name, i) => names.indexOf(name) !== i)
    .forEach((name) => problems.push(`${list.key}: column ${name} is declared twice.`));
  list.fields.forEach((field) => problems.push(...fieldProblems(list, field, keys)));
  const viewable = new Set([...names, ...BUILT_IN_VIEW_FIELDS]);
  for (const view of list.views ?? []) {
    for (const name of [...view.fields, ...(view.orderBy ? [view.orderBy.field] : [])]) {
      if (!viewable.has(name)) problems.push(`${list.key}, view '${view.title}': no column ${name}.`);
    }
  }
  if ((list.views ?? []).filter((v) => v.default).length > 1) problems.push(`${list.key}: more than one default view.`);
  if (list.template === 'documentLibrary' && !/^[A-Za-z][A-Za-z0-9]*$/.test(list.url)) {
    problems.push(`${list.key}: a document library's url is one segment of letters and digits (like 'PwLetters'), not '${list.url}'.`);
  }
  if (list.versioning.majorVersionLimit !== undefined && !list.versioning.enabled) {
    problems.push(`${list.key}: majorVersionLimit without versioning.`);
  }
  return problems;
}

/** Throws one error naming every problem that would make the template wrong or fail in SharePoint. */
export function assertListsProvisionable(lists: readonly ListDefinition[]): void {
  const problems: string[] = [];
  const keys = new Set<string>(lists.map((l) => l.key));
  for (const attr of ['key', 'title', 'url'] as const) {
    const values = lists.map((l) => l[attr].toLowerCase());
    values
      .filter((value, i) => values.indexOf(value) !== i)
      .forEach((value) => problems.push(`Two lists share the ${attr} '${value}'.`));
  }
  lists.forEach((list) => problems.push(...listProblems(list, keys)));
  if (problems.length) throw new Error(`The list schema cannot be provisioned:\n  - ${problems.join('\n  - ')}`);
}
