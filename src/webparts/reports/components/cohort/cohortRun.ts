/**
 * What "Generate" needs and the group's first screen does not: the runner (records, report, Word maker), the weekly
 * chart drawn for each document and the comments staff wrote. Loaded on the first "Generate" (chunk
 * `ondemand-word-cohort-reports`), so the section opens on the choice of group alone.
 */
import type { CohortOutcome } from '../../../../domain';
import { generateCohortReports, type CohortRunRequest, type CohortRunServices } from '../../../../data/reports/cohortReportRunner';
import { loadProgressComments } from '../../../../data/reports/progressComments';
import { progressChartPicture } from '../progress/progressChart';

export function runCohortReports(services: CohortRunServices, request: Omit<CohortRunRequest, 'chart' | 'commentsFor'>): Promise<CohortOutcome[]> {
  const { period, settings } = request;
  return generateCohortReports(services, {
    ...request,
    chart: (report) => progressChartPicture(report, settings.stageBoundaries),
    commentsFor: async (pupilId) => (await loadProgressComments(services.learningLogs, pupilId, period, settings.terms)).comments,
  });
}
