/**
 * A release that adds a pupil-folder list (src/lists, security 'pupil-folder') leaves every pupil enrolled before it
 * without a folder in the new list: the product adds records only inside the pupil's folder, so nothing could be
 * recorded for them, and the folder must carry the pupil's permissions (the PRU's groups and the home school's
 * Read). This migration makes each pupil's missing folders through the product's own service and applies the
 * pupil's access again to all of their scopes (each scope's grants are read and only what differs is changed).
 * Idempotent and resumable: a pupil whose folders all exist and are secured is left alone (reads only); a folder that
 * exists is reused and a grant already there is left alone, so a run stopped half-way is finished by the next. Until
 * then a new folder inherits the list's own permissions: the PRU's groups only, never a school.
 *
 * When a later release adds another pupil-folder list, append another `pupilFoldersMigration(MIGRATION_INFO.…)` (its id and description in catalogue.ts).
 */
import { DataError } from '../../../errors';
import { HomeSchoolAccessService } from '../../access/HomeSchoolAccessService';
import { PupilAccessService } from '../../access/PupilAccessService';
import { readAll } from '../../listReader';
import { pupilMapper } from '../../mappers/pupilMapper';
import type { SPFI } from '../../pnpSetup';
import { SpSchoolRepository } from '../../SchoolRepository';
import { SpSettingsRepository } from '../../SettingsRepository';
import type { Migration, MigrationEnvironment, MigrationProgress } from './migrationTypes';
import { MIGRATION_INFO } from './catalogue';

async function run(sp: SPFI, progress: MigrationProgress, env: MigrationEnvironment): Promise<void> {
  const schools = new SpSchoolRepository(sp);
  const settings = new SpSettingsRepository(sp);
  const access = new PupilAccessService(sp, env.siteUrl);
  const service = new HomeSchoolAccessService({ sp, access, schools: async () => (await schools.list()).items, rule: () => settings.get(), now: env.now });
  const { items } = await readAll(sp, pupilMapper, { what: 'list the pupils whose folders to check' });
  const unfinished: string[] = [];
  for (const [i, pupil] of items.entries()) {
    progress(i, items.length, 'pupils');
    let folders: Map<string, number>;
    try {
      if ((await access.foldersToSecure(pupil.pupilRef)).length === 0) continue;
      folders = await access.ensureFolders(pupil.pupilRef);
    } catch (e) {
      unfinished.push(`${pupil.firstName} ${pupil.lastName} (${pupil.pupilRef})`);
      if (e instanceof DataError && e.kind !== 'throttled') throw e;
      continue;
    }
    const outcome = await service.converge(await service.read(pupil.id), folders, { force: true });
    if (outcome.access.reason === 'busy' || outcome.access.reason === 'failed') unfinished.push(`${pupil.firstName} ${pupil.lastName} (${pupil.pupilRef})`);
  }
  progress(items.length, items.length, 'pupils');
  if (unfinished.length > 0) {
    throw new DataError(
      'throttled',
      `The folders of ${unfinished.length} pupil${unfinished.length === 1 ? '' : 's'} in the new lists could not be made or secured yet (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ' …' : ''}). Run the upgrade again.`,
    );
  }
}

/** A migration that makes each pupil's folders in the lists a release added (its id and description in catalogue.ts). */
export function pupilFoldersMigration(info: { readonly id: string; readonly description: string }): Migration {
  return { ...info, run };
}

/** Version 2's pupil-folder lists added after sites were set up: contacts with parents, the behaviour log, SEMH focus profiles. */
export const pupilFoldersV2 = pupilFoldersMigration(MIGRATION_INFO.pupilFoldersV2);

/** Transition plans (issue 15, workflow 4), added after the migration above had run on some sites. */
export const pupilFoldersTransitionPlans = pupilFoldersMigration(MIGRATION_INFO.pupilFoldersTransitionPlans);
