/**
 * A cell as it comes from a CSV (always text) or a workbook (text, number, true/false or a date), and the check
 * every text cell passes before it can reach a record: nothing that a spreadsheet would run as a formula, and no
 * script or markup, is ever imported.
 */
export type CellValue = string | number | boolean | Date | null;

/** A table read from a file: its rows of cells, numbered as the file numbers them (1 = first line or row). */
export interface SourceSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A cell as text (dates as ISO, from the workbook's UTC date), trimmed. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value).trim();
}

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?\d[\d\s,.]*%?$/;
const PHONE_LIKE = /^\+\d[\d\s()-]*$/;
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|a|style|link|meta|form|input|body|html|div|span|p|b|i|u)\b[^>]*>?/i;
const SCRIPT_URL = /\b(javascript|vbscript|data)\s*:/i;
const EVENT_HANDLER = /\bon[a-z]+\s*=/i;

/**
 * Why a text cell cannot be imported, or undefined when it is safe. Formulas (=, +, -, @ at the start, as in
 * OWASP's CSV-injection guidance) are refused unless the text is a number or a phone number; tags, script URLs
 * and event handlers are refused wherever they appear.
 */
export function unsafeTextReason(text: string): string | undefined {
  if (text === '') return undefined;
  if (FORMULA.test(text) && !NUMBER_LIKE.test(text) && !PHONE_LIKE.test(text) && text !== '-')
    return `'${shorten(text)}' starts like a spreadsheet formula (${JSON.stringify(text[0])}): type the value itself, without the formula`;
  if (MARKUP.test(text) || SCRIPT_URL.test(text) || EVENT_HANDLER.test(text))
    return `'${shorten(text)}' contains web markup or script: remove it and type plain text`;
  // eslint-disable-next-line no-control-regex -- control characters are what is being refused.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return 'contains control characters: retype the value';
  return undefined;
}

export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
