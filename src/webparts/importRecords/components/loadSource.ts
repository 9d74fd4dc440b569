/**
 * A chosen file read in the browser: checked (type, size, empty), then decoded (CSV) or opened (Excel, loaded on
 * demand). Nothing is sent anywhere.
 */
import { checkSourceFile } from '../../../domain/import/sourceFile';
import { csvSheet } from '../../../domain/import/sourceTable';
import type { SourceSheet } from '../../../domain/import/cells';
import type { IImportService } from '../../../data/import/importTypes';
import { fileBytes } from '../../../ui/fileBytes';

export interface LoadedSource {
  readonly name: string;
  readonly sheets: readonly SourceSheet[];
  /** How it was read, for the person: 'CSV, UTF-8 with BOM', 'Excel workbook, 2 sheets', 'SharePoint list'. */
  readonly description: string;
}

export async function loadFile(file: File, imports: IImportService): Promise<LoadedSource> {
  // The size is checked before the file is read into memory.
  const head = new Uint8Array(await fileBytes(file.slice(0, 8192)));
  const check = checkSourceFile(file.name, file.size, head);
  if (!check.ok) throw new Error(check.message);
  const bytes = await fileBytes(file);
  if (check.format === 'ctf') {
    const ctf = await imports.readCtf(file.name, bytes);
    return { name: file.name, sheets: [ctf.sheet], description: ctf.description };
  }
  if (check.format === 'xlsx') {
    const sheets = await imports.readWorkbook(file.name, bytes);
    if (sheets.every((s) => s.rows.length === 0)) throw new Error(`'${file.name}' is empty: there is nothing to import.`);
    return { name: file.name, sheets, description: `Excel workbook, ${sheets.length === 1 ? '1 sheet' : `${sheets.length} sheets`}` };
  }
  const read = csvSheet(file.name, new Uint8Array(bytes));
  if ('message' in read) throw new Error(read.message);
  return { name: file.name, sheets: [read.sheet], description: `CSV, ${read.encoding}` };
}
