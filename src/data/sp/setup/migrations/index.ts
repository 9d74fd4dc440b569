/**
 * The data migrations, in the order they run. To add one: write it in its own file here (a Migration: a new,
 * never-reused id and a plain description in catalogue.ts, an idempotent run), export it from runs.ts, append it to
 * MIGRATIONS, raise SCHEMA_VERSION (src/lists/schemaVersion.ts) if the release changes the schema, and test it on
 * data against the emulator (tests/data/sp/setup/migrations/). Setup runs, on every site, each migration the site has
 * not recorded, after adding the new lists and columns; a site set up from nothing records them all as done without
 * running them. Never remove or reorder a released entry.
 *
 * The entries here carry each migration's id and description; its code (runs.ts, in the chunk of setup's writes)
 * loads the first time one runs, so a plan or a check of the site loads none of it.
 */
import { MIGRATION_INFO, type MigrationName } from './catalogue';
import type { Migration } from './migrationTypes';
import { loadForWrites } from '../loadForWrites';

const loadRuns = (): Promise<typeof import('./runs')> => loadForWrites(() => import(/* webpackChunkName: 'setup-run' */ './runs'));

function onRun(name: MigrationName): Migration {
  return { ...MIGRATION_INFO[name], run: async (sp, progress, env) => (await loadRuns())[name].run(sp, progress, env) };
}

const pupilConfidentialSplit = onRun('pupilConfidentialSplit');
const pipConfidentialSplit = onRun('pipConfidentialSplit');
const meetingNotesSplit = onRun('meetingNotesSplit');
const actionNotesSplit = onRun('actionNotesSplit');
const contactNotesSplit = onRun('contactNotesSplit');

export const MIGRATIONS: readonly Migration[] = [
  onRun('recordPupilSharing'),
  onRun('pupilFoldersV2'),
  pupilConfidentialSplit,
  onRun('applySharingTable'),
  onRun('pupilFoldersTransitionPlans'),
  pipConfidentialSplit,
  meetingNotesSplit,
  actionNotesSplit,
  contactNotesSplit,
  onRun('lettersByKind'),
  onRun('leadTutorPerson'),
];

/** The upgrades that move a record's confidential columns to the list holding its confidential part (by that list). */
export const CONFIDENTIAL_MOVES = [
  { to: 'pupilConfidential', migration: pupilConfidentialSplit },
  { to: 'pipConfidential', migration: pipConfidentialSplit },
  { to: 'reviewMeetingNotes', migration: meetingNotesSplit },
  { to: 'attendanceActionNotes', migration: actionNotesSplit },
  { to: 'parentContactNotes', migration: contactNotesSplit },
] as const;

export type { Migration, MigrationEnvironment, MigrationProgress } from './migrationTypes';
