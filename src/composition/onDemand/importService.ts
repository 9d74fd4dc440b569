/** The import service (Import records web part): loaded the first time it is used, built once by createServices. */
import type { ServiceConnection } from '../connection';
import type { IPipRepository, IPupilRepository, ISchoolRepository, ISettingsRepository } from '../../data/ports';
import type { IImportService } from '../../data/import/importTypes';
import { SpAttendanceImport } from '../../data/sp/attendance/AttendanceImport';
import { ImportService } from '../../data/import/ImportService';
import { SpMappingStore } from '../../data/import/MappingStore';
import { SpSiteListSource } from '../../data/import/SiteListSource';
import { SpLearningLogRepository } from '../../data/sp/learning/LearningLogRepository';

export interface ImportServiceDeps {
  readonly connection: ServiceConnection;
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly settings: ISettingsRepository;
  readonly pupilRefs: (ids: readonly number[]) => Promise<ReadonlyMap<number, string>>;
  readonly now: () => Date;
  /** The PIP repository the PIP screens use (imported PIPs refresh the pupil summaries the same way). */
  readonly pips: IPipRepository;
}

export function createImportService(d: ImportServiceDeps): IImportService {
  const { sp, siteUrl, user } = d.connection;
  const { settings } = d;
  return new ImportService({
    pupils: d.pupils,
    schools: d.schools,
    attendance: new SpAttendanceImport(sp, siteUrl, d.pupilRefs),
    mappings: new SpMappingStore(sp),
    siteLists: new SpSiteListSource(sp),
    currentUser: user,
    now: d.now,
    learningLogs: new SpLearningLogRepository(sp, siteUrl),
    terms: async () => (await settings.get()).terms,
    pips: d.pips,
    pipReviewIntervalWeeks: async () => (await settings.get()).pipReviewIntervalWeeks,
  });
}
