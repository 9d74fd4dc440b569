/**
 * The tracker as an Excel workbook (write-excel-file): one worksheet per tracker sheet, with real dates
 * (dd/mm/yyyy), hours to one decimal (0.0) and percentages (0.0%), as the spreadsheet had them.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Row } from 'write-excel-file/universal';
import type { TrackerCell, TrackerColumnKind, TrackerSheet } from '../../../../domain';

function cellOf(value: TrackerCell, kind: TrackerColumnKind): Cell {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'date': {
      if (typeof value !== 'string') return { value: String(value), type: String };
      const [y, m, d] = value.split('-').map(Number);
      return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd/mm/yyyy' };
    }
    case 'hours':
      return typeof value === 'number' ? { value, type: Number, format: '0.0' } : { value, type: String };
    case 'percent':
      return typeof value === 'number' ? { value: value / 100, type: Number, format: '0.0%' } : { value, type: String };
    case 'integer':
      return typeof value === 'number' ? { value, type: Number, format: '0' } : { value, type: String };
    default:
      return { value: String(value), type: String };
  }
}

/** Excel worksheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function trackerWorkbook(sheets: readonly TrackerSheet[]): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((s) => {
      const header: Row = s.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true }));
      const rows: Row[] = s.rows.map((r) => r.map((v, i) => cellOf(v, s.columns[i].kind)));
      return { sheet: sheetName(s.name), data: [header, ...rows], stickyRowsCount: 1 };
    }),
  ).toBlob();
}
