/**
 * Damaged stored values, as a hand edit, a column change or another tool could leave them in SharePoint, generated
 * from a column's declaration in src/lists: the wrong type, a choice outside the list, malformed JSON in a
 * multi-line column, an empty required value. Written straight into the emulator's store (`store.damageItem`).
 */
import type { FieldDefinition } from '../../src/lists';

export interface StoredDamage {
  readonly why: string;
  readonly value: unknown;
}

/** The store key of a column: lookups and people are kept as '<Name>Id'. */
export const storeKey = (f: FieldDefinition): string => (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User' ? `${f.internalName}Id` : f.internalName);

/** The wrong type for the column (one value for each kind of column). */
function wrongType(f: FieldDefinition): StoredDamage {
  switch (f.kind) {
    case 'DateTime':
      return { value: 'next Tuesday', why: 'text in a date column' };
    case 'Number':
    case 'Integer':
    case 'Currency':
      return { value: 'about ten', why: 'text in a number column' };
    case 'Boolean':
      return { value: 'perhaps', why: 'text in a yes/no column' };
    case 'Lookup':
    case 'User':
      return { value: 'someone', why: 'text in a lookup column' };
    case 'LookupMulti':
    case 'MultiChoice':
      return { value: 'not a list', why: 'text where a list of values belongs' };
    default:
      return { value: 12345, why: 'a number in a text column' };
  }
}

/** Every way this column's stored value is damaged in turn. */
export function damagesFor(f: FieldDefinition): StoredDamage[] {
  const out = [wrongType(f)];
  if (f.kind === 'Choice' || f.kind === 'MultiChoice') out.push({ value: f.kind === 'Choice' ? 'Not one of the choices' : ['Not one of the choices'], why: 'a choice outside the list' });
  if (f.kind === 'Note') out.push({ value: '{"broken": ', why: 'malformed JSON' });
  if (f.required) out.push({ value: null, why: 'an empty required value' });
  return out;
}
