import type { SourceSheet } from './cells';
import { parseCsv } from './csv';
import { IMPORT_FIELDS, type ImportKind } from './fields';
import { findHeader, matchColumns } from './headerMatch';
import { columnsOfMapping, mappingProblems, type HeaderMapping, type MappedSheet } from './rows';
import { decodeText, type TextEncodingName } from './textDecoding';
import { cellText } from './cells';

/** A CSV file as one sheet, with the encoding it was read in. */
export function csvSheet(name: string, bytes: Uint8Array): { readonly sheet: SourceSheet; readonly encoding: TextEncodingName } | { readonly message: string } {
  const { text, encoding } = decodeText(bytes);
  const parsed = parseCsv(text);
  if (!parsed.ok) return { message: `'${name}': ${parsed.message}` };
  if (parsed.rows.every((r) => r.every((c) => c.trim() === ''))) return { message: `'${name}' is empty: there is nothing to import.` };
  return { sheet: { name, rows: parsed.rows }, encoding };
}

export type Prepared =
  | { readonly ok: true; readonly mapped: MappedSheet; readonly sheet: SourceSheet; readonly problems: readonly string[]; readonly dataRows: number }
  | { readonly ok: false; readonly message: string };

/**
 * Finds the header row of the first sheet that has one (or of the named sheet), guesses the kind of record when
 * it is not given, and maps the columns (a saved mapping first, then the headers' own names). `problems` lists
 * what the mapping still lacks; the rows are read only once it lacks nothing.
 */
export function prepareSheet(sheets: readonly SourceSheet[], options: { kind?: ImportKind; sheetName?: string; mapping?: HeaderMapping } = {}): Prepared {
  const candidates = options.sheetName ? sheets.filter((s) => s.name === options.sheetName) : sheets;
  for (const sheet of candidates) {
    const guess = findHeader(sheet.rows, options.kind);
    if (!guess) continue;
    const headers = sheet.rows[guess.headerIndex].map((c) => cellText(c));
    const saved = options.mapping ? columnsOfMapping(headers, options.mapping) : {};
    const columns = { ...matchColumns(guess.kind, headers), ...saved };
    const mapped: MappedSheet = { kind: guess.kind, headers, headerIndex: guess.headerIndex, columns };
    const dataRows = sheet.rows.slice(guess.headerIndex + 1).filter((r) => r.some((c) => cellText(c) !== '')).length;
    if (dataRows === 0) return { ok: false, message: `'${sheet.name}' has a header row but no rows of records under it.` };
    return { ok: true, mapped, sheet, problems: mappingProblems(guess.kind, columns), dataRows };
  }
  const example = options.kind ? IMPORT_FIELDS[options.kind].slice(0, 4).map((x) => x.label).join(', ') : 'UPN, Legal Surname, Forename, DOB';
  const first = candidates[0]?.rows.find((r) => r.some((c) => cellText(c) !== ''));
  return {
    ok: false,
    message:
      `No header row was found${candidates.length === 1 ? ` in '${candidates[0].name}'` : ''}: the first row should name the columns (for example ${example}).` +
      (first ? ` The first row holds '${first.map((c) => cellText(c)).filter((c) => c !== '').slice(0, 4).join(', ')}'.` : ''),
  };
}

/** The mapping with one field moved to another column (or removed with `header` undefined), re-checked. */
export function remap(mapped: MappedSheet, key: string, header: string | undefined): { mapped: MappedSheet; problems: string[] } {
  const columns: Record<string, number> = { ...mapped.columns };
  delete columns[key];
  if (header !== undefined) {
    const index = mapped.headers.indexOf(header);
    if (index >= 0) columns[key] = index;
  }
  const next = { ...mapped, columns };
  return { mapped: next, problems: mappingProblems(mapped.kind, columns) };
}

/** The same sheet read as another kind of record (the person chose the kind). */
export function asKind(mapped: MappedSheet, kind: ImportKind): { mapped: MappedSheet; problems: string[] } {
  const columns = matchColumns(kind, mapped.headers);
  return { mapped: { ...mapped, kind, columns }, problems: mappingProblems(kind, columns) };
}
