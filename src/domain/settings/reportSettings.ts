import { z } from 'zod';
import { optionalText, percentSchema } from '../common/fields';

/**
 * What the termly report to leaders and governors compares with and shows (issue 17). National figures change
 * every year and are published by the DfE (Pupil absence in schools in England, explore-education-statistics):
 * they are entered with their source, never built in. How long a PIP may run before it is flagged is not set
 * nationally (facts §5: local norms review at 6–8 weeks), so it is a setting too.
 */
export const GOVERNOR_PUPIL_DETAIL = ['Counts only', 'Initials'] as const;
export type GovernorPupilDetail = (typeof GOVERNOR_PUPIL_DETAIL)[number];

const optionalPercent = z.preprocess((v) => (v === '' || v === null ? undefined : v), percentSchema.optional());

export const nationalFiguresSchema = z.object({
  /** The year the figures are for, as published ('2023/24'). */
  academicYear: optionalText(20),
  overallAbsencePercent: optionalPercent,
  authorisedAbsencePercent: optionalPercent,
  unauthorisedAbsencePercent: optionalPercent,
  persistentAbsencePercent: optionalPercent,
  severeAbsencePercent: optionalPercent,
  /** Where they come from: the publication, table and address. */
  source: optionalText(500),
});
export type NationalFigures = z.infer<typeof nationalFiguresSchema>;

export const reportSettingsSchema = z.object({
  national: nationalFiguresSchema.default({}),
  /** A PIP running longer than this many weeks is flagged in the leaders' and governors' report. */
  longPipWeeks: z
    .number({ invalid_type_error: 'Enter the number of weeks as a number' })
    .int('Enter the number of weeks as a whole number')
    .min(1, 'Enter 1 week or more')
    .max(52, 'Enter 52 weeks or fewer')
    .default(8),
  /** What the governors' version shows of individual pupils: counts only, or initials. Never names. */
  governorPupilDetail: z.enum(GOVERNOR_PUPIL_DETAIL, { errorMap: () => ({ message: 'Choose counts only or initials' }) }).default('Counts only'),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { national: {}, longPipWeeks: 8, governorPupilDetail: 'Counts only' };
