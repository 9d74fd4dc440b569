import type { trackerWorkbook } from './trackerWorkbook';

/** The Excel writer (write-excel-file) loads only when someone asks for a workbook. */
export async function loadTrackerWorkbook(): Promise<typeof trackerWorkbook> {
  return (await import(/* webpackChunkName: 'ondemand-excel-export' */ './trackerWorkbook')).trackerWorkbook;
}
