/**
 * What kind of file was chosen, and whether it can be imported at all: the first check on every import, before
 * anything is parsed. Each refusal names the file and says what to do.
 */
import { MAX_IMPORT_BYTES, megabytes } from './sourceLimits';

// The limit and its wording are their own module (sourceLimits.ts), which the first step shows without these checks.
export { MAX_IMPORT_BYTES, megabytes };

export type SourceFormat = 'csv' | 'xlsx' | 'ctf';

export type FileCheck = { readonly ok: true; readonly format: SourceFormat } | { readonly ok: false; readonly message: string };

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** True when there is nothing but white space (and perhaps a byte order mark) in the file. */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const bom = (i < 3 && startsWith(bytes, [0xef, 0xbb, 0xbf])) || (i < 2 && (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])));
    if (!bom && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00 && b !== 0x2c && b !== 0x3b) return false;
  }
  return true;
}

/** Checks the name, size and first bytes of a chosen file. `size` is the file's size (the bytes may be a prefix). */
export function checkSourceFile(name: string, size: number, head: Uint8Array): FileCheck {
  const ext = extensionOf(name);
  if (size === 0 || (size === head.length && isBlank(head))) return { ok: false, message: `'${name}' is empty: there is nothing to import.` };
  if (size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `'${name}' is ${megabytes(size)}: files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported. Split it (for example one file per term) and import each part.`,
    };
  if (ext === 'xls' || startsWith(head, OLE))
    return { ok: false, message: `'${name}' is an Excel 97–2003 workbook (.xls): open it in Excel and save it as an Excel workbook (.xlsx) or CSV.` };
  if (startsWith(head, PDF)) return { ok: false, message: `'${name}' is a PDF: export the records from your MIS as CSV or Excel instead.` };
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (!startsWith(head, ZIP)) return { ok: false, message: `'${name}' is not an Excel workbook: it may be damaged, or another kind of file renamed .xlsx.` };
    return { ok: true, format: 'xlsx' };
  }
  if (startsWith(head, ZIP))
    return { ok: false, message: `'${name}' is a compressed file (a workbook or a zip), not ${ext === 'xml' ? 'an XML file' : 'a CSV file'}: save it as .xlsx or CSV and choose it again.` };
  if (ext === 'xml') return { ok: true, format: 'ctf' };
  if (ext === 'csv' || ext === 'txt') {
    const zeros = head.subarray(0, 4096).filter((b) => b === 0).length;
    const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
    if (zeros > 0 && !utf16) return { ok: false, message: `'${name}' is not a text file: export it from your MIS or Excel as CSV.` };
    return { ok: true, format: 'csv' };
  }
  return {
    ok: false,
    message: `'${name}' cannot be imported: choose a CSV file (.csv), an Excel workbook (.xlsx) or a Common Transfer File (.xml).`,
  };
}
