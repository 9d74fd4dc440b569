/**
 * What Import needs once a file or list is chosen: reading the file, finding its header and columns, the check's
 * and the report's counts and CSV, their tables, the import's progress. Its own chunk (`import-steps`), loaded when the person picks a
 * file or reads a list (loadImportSteps), so the first screen — choosing the source — does not carry the parsers.
 */
export { loadFile } from './loadSource';
export { prepareSheet } from '../../../domain/import/sourceTable';
export { countOutcomes } from '../../../domain/import/plan';
export { countResults, importReportCsv } from '../../../domain/import/report';
export { IMPORT_KIND_LABELS } from '../../../domain/import/fields';
export { PlanCounts, PlanDetails, ResultCounts } from './PlanSummary';
export { ProgressIndicator } from '../../../ui/plain/ProgressIndicator';
