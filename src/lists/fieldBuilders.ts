import type { FieldDefinition, ListKey } from './types';

type Options = Omit<FieldDefinition, 'internalName' | 'displayName' | 'kind'>;

const field =
  (kind: FieldDefinition['kind']) =>
  (internalName: string, displayName: string, options: Options = {}): FieldDefinition => ({
    internalName,
    displayName,
    kind,
    ...options,
  });

export const text = field('Text');
export const note = field('Note');
export const number = field('Number');
export const integer = field('Integer');
export const currency = field('Currency');
export const boolean = field('Boolean');
export const user = field('User');

export const date = (internalName: string, displayName: string, options: Options = {}): FieldDefinition =>
  field('DateTime')(internalName, displayName, { dateOnly: true, ...options });

export const dateTime = (internalName: string, displayName: string, options: Options = {}): FieldDefinition =>
  field('DateTime')(internalName, displayName, { dateOnly: false, ...options });

export const choice = (
  internalName: string,
  displayName: string,
  choices: readonly string[],
  options: Options = {},
): FieldDefinition => field('Choice')(internalName, displayName, { choices, ...options });

export const multiChoice = (
  internalName: string,
  displayName: string,
  choices: readonly string[],
  options: Options = {},
): FieldDefinition => field('MultiChoice')(internalName, displayName, { choices, ...options });

export const lookup = (
  internalName: string,
  displayName: string,
  lookupList: ListKey,
  options: Options = {},
): FieldDefinition => field('Lookup')(internalName, displayName, { lookupList, lookupField: 'Title', ...options });

export const lookupMulti = (
  internalName: string,
  displayName: string,
  lookupList: ListKey,
  options: Options = {},
): FieldDefinition => field('LookupMulti')(internalName, displayName, { lookupList, lookupField: 'Title', ...options });

/** The pupil lookup every pupil-folder list carries, indexed so per-pupil queries stay under the view threshold. */
export const pupilLookup = (): FieldDefinition =>
  lookup('PwPupil', 'Pupil', 'pupils', { required: true, indexed: true });

/**
 * The key the product makes before its first attempt to create a record (unique, indexed): a retry after an answer
 * was lost finds the first copy instead of making a second (src/data/sp/exactlyOnce.ts). Empty on items made
 * before it existed or by hand.
 */
export const clientKey = (): FieldDefinition =>
  text('PwClientKey', 'Client key', {
    indexed: true,
    unique: true,
    maxLength: 64,
    description: 'Made by Pathways Hub before saving, so a retried save never makes a second copy.',
  });
