import type { DirectoryUser } from '../../contracts';
import type { FieldRecord } from '../../store/types';
import type { RegionalSettings } from './regional';
import { parseFormDate, toSpDate } from './siteTime';

export type FormParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const ok = (value: unknown): FormParse => ({ ok: true, value });
const fail = (message: string): FormParse => ({ ok: false, message });

/** Splits SharePoint's ';#' value lists: ';#A;#B;#' → ['A','B']. */
function splitHash(value: string): string[] {
  return value
    .split(';#')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** '1;#;#2;#', '1;#Title;#2;#Title2', '1,2' or '3' → ids. */
function lookupIds(value: string): number[] | undefined {
  const v = value.trim();
  if (v === '') return [];
  if (!v.includes(';#')) {
    const parts = v.split(',').map((p) => p.trim());
    return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : undefined;
  }
  const tokens = v.split(';#');
  const ids: number[] = [];
  // id;#text;#id;#text … : ids at even positions.
  for (let i = 0; i < tokens.length; i += 2) {
    const t = tokens[i].trim();
    if (t === '') continue;
    if (!/^\d+$/.test(t)) return undefined;
    ids.push(Number(t));
  }
  return ids;
}

/**
 * Parses one validate-update form value (always a string) for a field, as SharePoint does in the site's
 * regional settings (regional.ts).
 */
export function fromForm(
  field: FieldRecord,
  raw: string,
  findUser: (loginOrEmail: string) => DirectoryUser | undefined,
  regional: RegionalSettings,
): FormParse {
  const value = raw ?? '';
  const empty = value.trim() === '';
  switch (field.kind) {
    case 'Text':
    case 'Note':
      if (field.kind === 'Text' && value.length > (field.maxLength ?? 255))
        return fail(`The value for field '${field.title}' is too long; it can hold ${field.maxLength ?? 255} characters.`);
      return ok(empty ? null : value);
    case 'Number':
    case 'Currency': {
      if (empty) return ok(null);
      const n = value.replace(/,/g, '').trim();
      return /^-?(\d+\.?\d*|\.\d+)$/.test(n) ? ok(Number(n)) : fail('Only numbers can go here.');
    }
    case 'Integer':
      if (empty) return ok(null);
      return /^-?\d+$/.test(value.trim()) ? ok(Number(value.trim())) : fail('Only whole numbers can go here.');
    case 'Boolean': {
      if (empty) return ok(false);
      const v = value.trim().toLowerCase();
      if (['1', 'yes', 'true'].includes(v)) return ok(true);
      if (['0', 'no', 'false'].includes(v)) return ok(false);
      return fail(`'${value}' is not a valid Yes/No value.`);
    }
    case 'DateTime': {
      if (empty) return ok(null);
      const parsed = parseFormDate(value, regional, field.dateOnly);
      return parsed.ok ? ok(toSpDate(parsed.ms)) : fail(parsed.message);
    }
    case 'Choice':
      if (empty) return ok(null);
      return !field.choices || field.choices.includes(value) ? ok(value) : fail(`Invalid choice value '${value}' for field '${field.title}'.`);
    case 'MultiChoice': {
      const values = splitHash(value);
      const bad = values.find((v) => field.choices && !field.choices.includes(v));
      return bad === undefined ? ok(values) : fail(`Invalid choice value '${bad}' for field '${field.title}'.`);
    }
    case 'Lookup': {
      const ids = lookupIds(value);
      if (!ids || ids.length > 1) return fail('Invalid lookup value.');
      return ok(ids[0] ?? null);
    }
    case 'LookupMulti': {
      const ids = lookupIds(value);
      return ids ? ok(ids) : fail('Invalid lookup value.');
    }
    case 'User': {
      if (empty) return ok(null);
      if (/^\d+$/.test(value.trim())) return ok(Number(value.trim()));
      let key = value.trim();
      if (key.startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(key);
          const first: unknown = Array.isArray(parsed) ? parsed[0] : undefined;
          key = first && typeof first === 'object' && 'Key' in first ? String((first as { Key: unknown }).Key) : '';
        } catch {
          return fail('The user does not exist or is not unique.');
        }
      }
      const user = findUser(key);
      return user ? ok(user.spId) : fail('The user does not exist or is not unique.');
    }
  }
}
