/** The pupils and home-school access (one chunk, `data-pupils`): built together, the first time either is used. */
import type { SPFI } from '../../data/sp/pnpSetup';
import type { ISchoolRepository, ISettingsRepository } from '../../data/ports';
import { PupilAccessService } from '../../data/sp/access/PupilAccessService';
import { HomeSchoolAccessService } from '../../data/sp/access/HomeSchoolAccessService';
import { SpPupilRepository } from '../../data/sp/PupilRepository';

export interface PupilDataDeps {
  readonly sp: SPFI;
  readonly siteUrl: string;
  readonly schools: ISchoolRepository;
  readonly settings: ISettingsRepository;
  readonly now: () => Date;
}

export function createPupilData(d: PupilDataDeps): { pupils: SpPupilRepository; pupilAccess: HomeSchoolAccessService } {
  const access = new PupilAccessService(d.sp, d.siteUrl);
  const pupilAccess = new HomeSchoolAccessService({
    sp: d.sp,
    access,
    schools: async () => (await d.schools.list()).items,
    rule: async () => await d.settings.get(),
    now: d.now,
  });
  return { pupils: new SpPupilRepository(d.sp, access, pupilAccess), pupilAccess };
}
