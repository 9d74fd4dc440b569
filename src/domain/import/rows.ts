import { cellText, type CellValue, type SourceSheet } from './cells';
import { IMPORT_FIELDS, type ImportField, type ImportKind } from './fields';
import { normaliseHeader, type ColumnMap } from './headerMatch';
import { parseValue } from './values';

/**
 * A sheet read through a confirmed mapping: every data row's values by field, each problem on its cell
 * ("Row 14, DOB: 31/02/2014 is not a date"), blank rows skipped and rows repeated exactly reported once.
 */
export interface RowIssue {
  readonly rowNumber: number;
  /** The column as the file names it (or the field's label when the value did not come from a column). */
  readonly column: string;
  readonly message: string;
  /** The field the problem belongs to, when there is one. */
  readonly field?: string;
}

export const issueText = (i: RowIssue): string => (i.column ? `Row ${i.rowNumber}, ${i.column}: ${i.message}` : `Row ${i.rowNumber}: ${i.message}`);

export interface ReadRow {
  /** The row's number as a spreadsheet shows it (the header is usually row 1). */
  readonly rowNumber: number;
  /** Field key → value, for the fields whose cell was filled in and could be read. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly issues: readonly RowIssue[];
  /** Set when the row repeats an earlier row exactly: the earlier row's number. */
  readonly duplicateOf?: number;
}

/** A mapping as people confirm and save it: field key → the header it is read from. */
export type HeaderMapping = Readonly<Record<string, string>>;

export interface MappedSheet {
  readonly kind: ImportKind;
  readonly headers: readonly string[];
  /** Index of the header row in the sheet (0-based). */
  readonly headerIndex: number;
  readonly columns: ColumnMap;
}

/** The header of each mapped field, from a column map. */
export function headerMappingOf(headers: readonly string[], columns: ColumnMap): HeaderMapping {
  const out: Record<string, string> = {};
  for (const key of Object.keys(columns)) out[key] = headers[columns[key]];
  return out;
}

/** A saved mapping applied to this file's headers: fields whose header is not in the file are left out. */
export function columnsOfMapping(headers: readonly string[], mapping: HeaderMapping): ColumnMap {
  const normalised = headers.map(normaliseHeader);
  const out: Record<string, number> = {};
  for (const key of Object.keys(mapping)) {
    const index = normalised.indexOf(normaliseHeader(mapping[key]));
    if (index >= 0) out[key] = index;
  }
  return out;
}

/** What the mapping lacks before rows can be read: each missing field named, in the words of the form. */
export function mappingProblems(kind: ImportKind, columns: ColumnMap): string[] {
  const has = (key: string): boolean => columns[key] !== undefined;
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS[kind]) {
    if (field.required && !has(field.key)) problems.push(`No column is chosen for ${field.label}: choose the column that holds it.`);
  }
  const groups = new Set(IMPORT_FIELDS[kind].filter((x) => x.oneOf !== undefined).map((x) => x.oneOf as string));
  groups.forEach((group) => {
    const fields = IMPORT_FIELDS[kind].filter((x) => x.oneOf === group);
    if (!fields.some((x) => has(x.key)))
      problems.push(`No column names the pupil: choose one of ${fields.map((x) => x.label).join(', ')}.`);
  });
  if (kind === 'marks' && !has('code') && !has('am') && !has('pm'))
    problems.push('No column holds the marks: choose the Code column (with Session), or the AM and PM columns.');
  if (kind === 'marks' && has('code') && !has('session')) problems.push('The marks are in one Code column: choose the Session (AM/PM) column too.');
  const seen = new Map<number, string>();
  for (const key of Object.keys(columns)) {
    const label = IMPORT_FIELDS[kind].find((x) => x.key === key)?.label ?? key;
    const other = seen.get(columns[key]);
    if (other) problems.push(`One column is chosen for both ${other} and ${label}: choose a different column for one of them.`);
    seen.set(columns[key], label);
  }
  return problems;
}

const isBlankRow = (row: readonly CellValue[]): boolean => row.every((c) => cellText(c) === '');

/** Reads every data row below the header through the column map. */
export function readRows(sheet: SourceSheet, mapped: MappedSheet): ReadRow[] {
  const fields: ImportField[] = IMPORT_FIELDS[mapped.kind].filter((x) => mapped.columns[x.key] !== undefined);
  const seen = new Map<string, number>();
  const out: ReadRow[] = [];
  for (let i = mapped.headerIndex + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    if (isBlankRow(row)) continue;
    const rowNumber = i + 1;
    const signature = row.map((c) => cellText(c)).join('\u0001');
    const earlier = seen.get(signature);
    if (earlier === undefined) seen.set(signature, rowNumber);
    const values: Record<string, unknown> = {};
    const issues: RowIssue[] = [];
    for (const field of fields) {
      const index = mapped.columns[field.key];
      const result = parseValue(field.type, row[index] ?? null);
      if ('error' in result) issues.push({ rowNumber, column: mapped.headers[index] || field.label, message: result.error, field: field.key });
      else if ('value' in result) values[field.key] = result.value;
    }
    if (earlier !== undefined) {
      out.push({ rowNumber, values, issues: [{ rowNumber, column: '', message: `repeats row ${earlier} exactly: it is imported once` }], duplicateOf: earlier });
      continue;
    }
    out.push({ rowNumber, values, issues });
  }
  return out;
}

/** The column a field was read from, for messages (the field's label when it was not read from a column). */
export function columnName(mapped: Pick<MappedSheet, 'kind' | 'headers' | 'columns'>, key: string): string {
  const index = mapped.columns[key];
  if (index !== undefined && mapped.headers[index]) return mapped.headers[index];
  return IMPORT_FIELDS[mapped.kind].find((x) => x.key === key)?.label ?? key;
}
