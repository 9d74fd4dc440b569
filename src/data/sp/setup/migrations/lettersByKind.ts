/**
 * Letters shared per kind (docs/sharing.md, "Letters by kind"): sites set up before it hold every letter in the
 * pupil's Letters folder, read by the home school whatever its kind. For every pupil (those with no home school too,
 * so that a school given later never finds old letters in reach), this makes and secures the PRU-only folder with the
 * pupil's other folders, applies the pupil's sharing again (recording the new marker, so the check no longer lists
 * them) and moves each letter of a kind not shared into the PRU-only folder (a shared kind out of it), pointing a PIP's
 * signed agreement at its file again (letterFolders.ts). Through the product's own services.
 *
 * Idempotent and resumable: a pupil whose folders are secured, whose sharing matches and whose letters are where
 * their kinds say is only read, so a second run writes nothing; a run stopped half-way is finished by the next.
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
  const letterKinds = (await settings.get()).homeSchoolSharing.letterKinds;
  const { items } = await readAll(sp, pupilMapper, { what: 'list the pupils whose letters to file by kind' });
  const unfinished: string[] = [];
  for (const [i, pupil] of items.entries()) {
    progress(i, items.length, 'pupils');
    const name = `${pupil.firstName} ${pupil.lastName} (${pupil.pupilRef})`;
    try {
      const toSecure = await access.foldersToSecure(pupil.pupilRef);
      const folders = toSecure.length > 0 ? await access.ensureFolders(pupil.pupilRef) : undefined;
      const outcome = await service.converge(await service.read(pupil.id), folders, { force: folders !== undefined });
      if (outcome.access.reason === 'busy' || outcome.access.reason === 'failed') {
        unfinished.push(name);
        continue;
      }
      // Also for a pupil no school sees (converge leaves them alone): their letters are filed as their kinds say.
      await access.refileLetters(pupil, letterKinds);
    } catch (e) {
      unfinished.push(name);
      if (e instanceof DataError && e.kind !== 'throttled' && e.kind !== 'network') throw e;
    }
  }
  progress(items.length, items.length, 'pupils');
  if (unfinished.length > 0) {
    throw new DataError(
      'throttled',
      `The letters of ${unfinished.length} pupil${unfinished.length === 1 ? '' : 's'} could not all be filed by kind yet (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ' …' : ''}). Run the upgrade again.`,
    );
  }
}

export const lettersByKind: Migration = { ...MIGRATION_INFO.lettersByKind, run };
