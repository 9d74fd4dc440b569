/**
 * Excel workbooks (.xlsx) read in the browser with read-excel-file, loaded only when a workbook is chosen (a
 * dynamic import: the import view costs nothing until then). Every worksheet comes back as a SourceSheet; date
 * cells stay dates, numbers stay numbers, so the import reads them as the spreadsheet meant them.
 */
import type { CellValue, SourceSheet } from '../../domain/import/cells';

const toCell = (value: unknown): CellValue => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
};

export async function readWorkbook(name: string, content: ArrayBuffer): Promise<SourceSheet[]> {
  const { default: readXlsxFile } = await import(/* webpackChunkName: 'read-excel-file' */ 'read-excel-file/universal');
  try {
    const sheets = await readXlsxFile(content);
    return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(toCell)) }));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`'${name}' could not be read as an Excel workbook (${reason}). Open it in Excel, save it again as .xlsx, and choose it again.`);
  }
}
