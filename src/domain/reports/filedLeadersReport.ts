import { z } from 'zod';
import { choiceOf, isoDateSchema, requiredText } from '../common/fields';
import type { IsoDate } from '../dates/isoDates';
import type { Audience, LeadersReport } from './leadersReport';

/**
 * The report to leaders or governors filed in the 'Pathways Leadership Reports' library (leadership only): one Word
 * file per period and version, named by both, so filing the same period and version again makes a new version of
 * that file, never a second file.
 */
export const LEADERS_REPORT_VERSIONS = ['Leaders', 'Governors'] as const;

/**
 * The Word file of a period's report in one version, e.g. "Governors report Autumn term 2026-27.docx": the name the
 * report is downloaded and filed under, so the screen can find the filed one before (or without) building the report.
 */
export function leadersReportFileName(periodLabel: string, audience: Audience): string {
  return `${audience === 'leaders' ? 'Leaders' : 'Governors'} report ${periodLabel.replace(/\//g, '-')}.docx`;
}

export const filedLeadersReportSchema = z
  .object({
    period: requiredText('the period of the report'),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    audience: choiceOf(LEADERS_REPORT_VERSIONS, 'the version of the report'),
    filedOn: isoDateSchema,
    filedBy: requiredText('who filed the report'),
    fileName: requiredText('the file name', 250).refine((n) => /\.docx$/i.test(n) && !/["*:<>?\\|/#%]/.test(n), 'File the report as a .docx file'),
  })
  .superRefine((r, ctx) => {
    if (r.periodEnd < r.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period must end on or after the day it starts' });
  });
export type FiledLeadersReportRecord = z.infer<typeof filedLeadersReportSchema>;

/** The record of filing a report made on screen today by `filedBy`. */
export function filedLeadersReportOf(report: Pick<LeadersReport, 'period' | 'from' | 'to' | 'audience' | 'fileName'>, filedBy: string, today: IsoDate): FiledLeadersReportRecord {
  return filedLeadersReportSchema.parse({
    period: report.period,
    periodStart: report.from,
    periodEnd: report.to,
    audience: report.audience === 'leaders' ? 'Leaders' : 'Governors',
    filedOn: today,
    filedBy,
    fileName: report.fileName,
  });
}
