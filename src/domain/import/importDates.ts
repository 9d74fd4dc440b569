import { isValidIsoDate, pad2, fromDayNumber } from '../dates/isoDates';
import type { CellValue } from './cells';

/**
 * Dates as MIS exports and spreadsheets hold them: dd/mm/yyyy (UK order: 03/04/2014 is 3 April), d-m-yyyy,
 * d.m.yyyy, two-digit years (dd/mm/yy, 00–39 → 20xx), ISO yyyy-mm-dd (with or without a time), Excel serial
 * day numbers (the 1900 date system, as Excel and the XLSX file store them), workbook date cells, and
 * "3 April 2014" / "3 Apr 2014". US order is never guessed: 13/25/2014 is not a date.
 */
export type DateParse = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Excel serial 1 is 1900-01-01; serial 60 is Excel's non-existent 29/02/1900. Day number of 1899-12-30 is −25569. */
const EXCEL_EPOCH_DAY = -25569;
/** Excel serials for 1900-01-01 … 9999-12-31. */
const EXCEL_MAX = 2958465;

const iso = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
const notADate = (text: string): DateParse => ({ ok: false, message: `${text} is not a date` });

export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > EXCEL_MAX || serial === 60) return undefined;
  return fromDayNumber(EXCEL_EPOCH_DAY + (serial < 60 ? serial + 1 : serial));
}

function fourDigitYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 40 ? 2000 + n : 1900 + n;
}

export function parseImportDate(value: CellValue): DateParse | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return notADate('The cell');
    return { ok: true, date: iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  }
  if (typeof value === 'number') {
    const d = excelSerialToIso(value);
    return d ? { ok: true, date: d } : notADate(String(value));
  }
  if (typeof value === 'boolean') return notADate(String(value));
  const text = value.trim();
  if (text === '') return undefined;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const date = iso(fourDigitYear(m[3]), Number(m[2]), Number(m[1]));
    return isValidIsoDate(date) ? { ok: true, date } : notADate(text);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return isValidIsoDate(date) ? { ok: true, date } : notADate(text);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})[\s-]+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const date = iso(Number(m[3]), month, Number(m[1]));
    return month > 0 && isValidIsoDate(date) ? { ok: true, date } : notADate(text);
  }
  if (/^\d{1,7}$/.test(text)) {
    const d = excelSerialToIso(Number(text));
    return d ? { ok: true, date: d } : notADate(text);
  }
  return notADate(text);
}
