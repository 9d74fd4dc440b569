/**
 * Termly progress reports for a whole cohort in one action: for each pupil in turn, the records for the term are
 * read, the report assembled (the domain's progressReport, as on the pupil record), the Word document made and filed
 * in the pupil's folder of the Letters library. Progress is reported before each pupil; a cancellation stops before
 * the next pupil (the one in hand is finished, so no document is left half-filed); a pupil whose report fails is
 * named with the reason and the run goes on. Loaded on demand (it loads docx).
 */
import {
  progressReport,
  cohortProgressText,
  reportName,
  NO_COMMENTS,
  type CohortOutcome,
  type ProgressComments,
  type ProgressReport,
  type Pupil,
  type ReviewPeriod,
  type SchoolSettings,
} from '../../domain';
import { plainErrorText } from '../errors';
import type { ILetterRepository, Saved } from '../ports';
import type { ChartImage } from './docxParts';
import { loadProgressRecords, type ProgressRecordServices } from './progressRecords';
import { progressReportDocx } from './progressReportDocx';

export interface CohortRunServices extends ProgressRecordServices {
  readonly letters: ILetterRepository;
}

export interface CohortProgress {
  /** Counts from 1. */
  readonly position: number;
  readonly total: number;
  readonly name: string;
  readonly text: string;
}

export interface CohortRunRequest {
  readonly pupils: readonly Saved<Pupil>[];
  readonly period: ReviewPeriod;
  readonly today: string;
  readonly settings: SchoolSettings;
  readonly homeSchoolName: (schoolId: number) => string | undefined;
  /** Who made the reports (the Letters library's "sent by"). */
  readonly madeBy: string;
  /** The comments staff have written for a pupil's report this term (none: the report has no comments). */
  readonly commentsFor?: (pupilId: number) => Promise<ProgressComments>;
  /** The weekly attendance chart as a picture (drawn in the browser); none: the document has the table of weeks only. */
  readonly chart?: (report: ProgressReport) => Promise<ChartImage | undefined>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CohortProgress) => void;
}

export async function generateCohortReports(services: CohortRunServices, request: CohortRunRequest): Promise<CohortOutcome[]> {
  const { pupils, period, settings } = request;
  const outcomes: CohortOutcome[] = [];
  for (const [i, pupil] of pupils.entries()) {
    const name = reportName(pupil);
    if (request.signal?.aborted) {
      outcomes.push({ pupilId: pupil.id, name, status: 'cancelled' });
      continue;
    }
    request.onProgress?.({ position: i + 1, total: pupils.length, name, text: cohortProgressText(i + 1, pupils.length, name) });
    try {
      const [records, comments] = await Promise.all([loadProgressRecords(services, pupil.id, period), request.commentsFor?.(pupil.id) ?? NO_COMMENTS]);
      const report = progressReport({
        pupil,
        homeSchool: pupil.homeSchoolId === undefined ? undefined : request.homeSchoolName(pupil.homeSchoolId),
        serviceName: settings.service.name,
        period,
        today: request.today,
        settings,
        marks: records.marks,
        pips: records.pips,
        targets: records.targets,
        assessments: records.assessments,
        entries: records.entries,
        behaviour: records.behaviour,
        comments,
      });
      const chart = await request.chart?.(report);
      const content = await progressReportDocx(report, chart);
      const filed = await services.letters.file(
        { pupilId: pupil.id, kind: 'Termly progress report', letterDate: request.today, sentBy: request.madeBy, fileName: report.fileName },
        content,
        pupil.pupilRef,
      );
      outcomes.push({ pupilId: pupil.id, name, status: 'filed', fileName: filed.fileName, leftOut: records.problems.length });
    } catch (e) {
      outcomes.push({ pupilId: pupil.id, name, status: 'failed', reason: plainErrorText(e) });
    }
  }
  return outcomes;
}
