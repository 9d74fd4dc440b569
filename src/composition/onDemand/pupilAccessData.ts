/**
 * Home-school access to the pupils' records (chunk `data-pupil-access`): the pupils' folders and who may read them.
 * Built the first time a pupil is added or saved, or sharing is checked — not when pupils are only read, so a first
 * screen listing pupils carries neither these services nor the whole list schema they read (which lists are kept in
 * pupil folders). The folders' own code (making folders, granting access, filing letters: chunk `data-pupil-folders`)
 * loads at the first of those writes, so checking who can see each pupil (Site setup's first screen) reads without it.
 */
import type { SPFI } from '../../data/sp/pnpSetup';
import type { ISchoolRepository, ISettingsRepository } from '../../data/ports';
import type { PupilAccessService } from '../../data/sp/access/PupilAccessService';
import { HomeSchoolAccessService } from '../../data/sp/access/HomeSchoolAccessService';
import { onDemandService } from '../onDemandService';

export interface PupilAccessDeps {
  readonly sp: SPFI;
  readonly siteUrl: string;
  readonly schools: ISchoolRepository;
  readonly settings: ISettingsRepository;
  readonly now: () => Date;
}

export interface PupilAccess {
  /** The pupils' folders in every pupil-folder list. */
  readonly folders: PupilAccessService;
  /** Home-school sharing of a pupil's records. */
  readonly homeSchool: HomeSchoolAccessService;
}

export function createPupilAccess(d: PupilAccessDeps): PupilAccess {
  const folders = onDemandService<PupilAccessService>(
    { ensureFolders: true, foldersToSecure: true, apply: true, refileLetters: true },
    async () => new (await import(/* webpackChunkName: 'data-pupil-folders' */ '../../data/sp/access/PupilAccessService')).PupilAccessService(d.sp, d.siteUrl),
  );
  const homeSchool = new HomeSchoolAccessService({
    sp: d.sp,
    access: folders,
    schools: async () => (await d.schools.list()).items,
    rule: async () => await d.settings.get(),
    now: d.now,
  });
  return { folders, homeSchool };
}
