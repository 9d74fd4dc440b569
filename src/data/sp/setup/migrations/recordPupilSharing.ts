/**
 * Schema version 2 added PwSharedWithGroupId to the Pupils list: the staff group a pupil's records were last
 * shared with (src/data/sp/access/HomeSchoolAccessService.ts). Pupils saved before it have it empty, so the
 * health check would call every one of them "not yet shared" although version 1 did share them. This migration
 * applies each such pupil's home-school access again through the product's own service (reads each scope's grants,
 * changes only what differs) and records the group. Idempotent: a pupil whose record already matches the rule is
 * skipped, so an interrupted run picks up where it stopped.
 */
import { DataError } from '../../../errors';
import { HomeSchoolAccessService } from '../../access/HomeSchoolAccessService';
import { PupilAccessService } from '../../access/PupilAccessService';
import type { SPFI } from '../../pnpSetup';
import { SpSchoolRepository } from '../../SchoolRepository';
import { SpSettingsRepository } from '../../SettingsRepository';
import type { Migration, MigrationEnvironment, MigrationProgress } from './migrationTypes';
import { MIGRATION_INFO } from './catalogue';

async function run(sp: SPFI, progress: MigrationProgress, env: MigrationEnvironment): Promise<void> {
  const schools = new SpSchoolRepository(sp);
  const settings = new SpSettingsRepository(sp);
  const service = new HomeSchoolAccessService({
    sp,
    access: new PupilAccessService(sp, env.siteUrl),
    schools: async () => (await schools.list()).items,
    rule: () => settings.get(),
    now: env.now,
  });
  const { items } = await service.findMismatches();
  const unfinished: string[] = [];
  for (const [i, mismatch] of items.entries()) {
    progress(i, items.length, 'pupils');
    const access = await service.repairAccess(mismatch.pupilId);
    // A school with no staff group yet is not this migration's to fix: the health check reports it.
    if (access.reason === 'busy' || access.reason === 'failed') unfinished.push(`${mismatch.name} (${mismatch.pupilRef})`);
  }
  progress(items.length, items.length, 'pupils');
  if (unfinished.length > 0) {
    throw new DataError(
      'throttled',
      `The sharing of ${unfinished.length} pupil${unfinished.length === 1 ? '' : 's'}’ records with their home school could not be recorded yet (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ' …' : ''}).`,
    );
  }
}

/**
 * The sharing table (docs/sharing.md, src/lists/homeSchoolSharing.ts): pupils shared before it have every
 * pupil-folder list shared with their home school and no PwSharedLists, so the check lists them; this applies the
 * table with the site's settings to each (the same repair: the grants the table forbids are removed, each scope's
 * grants read first and only what differs changed) and records it. Idempotent in the same way.
 */
export const applySharingTable: Migration = { ...MIGRATION_INFO.applySharingTable, run };

export const recordPupilSharing: Migration = { ...MIGRATION_INFO.recordPupilSharing, run };
