/** The record of a report to leaders or governors filed in the leadership library, for every test. */
import type { FiledLeadersReportRecord } from '../../src/domain';

export const filedLeadersReport = (over: Partial<FiledLeadersReportRecord> = {}): FiledLeadersReportRecord => ({
  period: 'Autumn 2026/27',
  periodStart: '2026-09-02',
  periodEnd: '2026-11-20',
  audience: 'Leaders',
  filedOn: '2026-11-20',
  filedBy: 'Head Teacher',
  fileName: 'Leaders report Autumn 2026-27.docx',
  ...over,
});
