import { cellText, type CellValue } from './cells';
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind } from './fields';

/**
 * Finding the header row and matching its columns to fields. Headers are compared without case, spaces or
 * punctuation ("Legal Surname", "LEGAL_SURNAME" and "legal surname" are the same); each column is used once; the
 * first alias in a field's list wins over later ones.
 */
export const normaliseHeader = (h: string): string => h.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9%]/g, '');

/** Field key → column index. */
export type ColumnMap = Readonly<Record<string, number>>;

export function matchColumns(kind: ImportKind, headers: readonly string[]): ColumnMap {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const out: Record<string, number> = {};
  // Pass 1: a header equal to a field's own label; pass 2: equal to any alias.
  for (const pass of [0, 1]) {
    for (const field of IMPORT_FIELDS[kind]) {
      if (out[field.key] !== undefined) continue;
      const names = (pass === 0 ? field.aliases.slice(0, 1) : field.aliases).map(normaliseHeader);
      for (const name of names) {
        const index = normalised.findIndex((h, i) => h === name && !used.has(i));
        if (index >= 0) {
          out[field.key] = index;
          used.add(index);
          break;
        }
      }
    }
  }
  return out;
}

/** How many columns of the row match fields of the kind (a column only this kind has counts for ten). */
function score(kind: ImportKind, row: readonly CellValue[]): number {
  const matched = Object.keys(matchColumns(kind, row.map((c) => cellText(c))));
  const signature = IMPORT_FIELDS[kind].some((x) => x.signature === true && matched.indexOf(x.key) >= 0);
  return matched.length + (signature ? 10 : 0);
}

export interface HeaderGuess {
  readonly kind: ImportKind;
  /** Index of the header row in the sheet's rows (0-based). */
  readonly headerIndex: number;
  readonly matched: number;
}

/** Rows searched for a header (MIS reports often start with a title, the date and a blank line). */
const HEADER_SEARCH_ROWS = 15;

/**
 * The header row and the kind of record it best describes (at least two columns must match). When `kind` is
 * given only that kind is scored. Undefined when no row looks like a header.
 */
export function findHeader(rows: readonly (readonly CellValue[])[], kind?: ImportKind): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  const kinds = kind ? [kind] : IMPORT_KINDS;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    for (const k of kinds) {
      const matched = score(k, rows[i]);
      if (matched >= 2 && Object.keys(matchColumns(k, rows[i].map((c) => cellText(c)))).length >= 2 && (!best || matched > best.matched)) best = { kind: k, headerIndex: i, matched };
    }
  }
  return best;
}
