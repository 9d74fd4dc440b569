import { toCsv, type CsvCell } from '../attendance/attendanceCsv';
import { formatUkDate } from '../dates/isoDates';
import type { TrackerCell, TrackerColumnKind, TrackerSheet } from './tracker';

/**
 * A tracker sheet as text, the way the spreadsheet shows it: dates dd/mm/yyyy, hours with one decimal
 * (13.0), percentages with one decimal and a % sign (11.4%), blanks for no value.
 */
export function formatTrackerCell(value: TrackerCell, kind: TrackerColumnKind): string {
  if (value === null || value === '') return '';
  switch (kind) {
    case 'date':
      return typeof value === 'string' ? formatUkDate(value) : String(value);
    case 'hours':
      return typeof value === 'number' ? value.toFixed(1) : value;
    case 'percent':
      return typeof value === 'number' ? `${value.toFixed(1)}%` : value;
    default:
      return String(value);
  }
}

/** RFC 4180 CSV (BOM, CRLF) of a tracker sheet, for Excel. */
export function trackerSheetCsv(sheet: TrackerSheet): string {
  const rows: CsvCell[][] = sheet.rows.map((row) => row.map((cell, i) => formatTrackerCell(cell, sheet.columns[i].kind)));
  return toCsv(
    sheet.columns.map((c) => c.header),
    rows,
  );
}
