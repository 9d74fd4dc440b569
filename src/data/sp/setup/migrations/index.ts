/**
 * The data migrations, in the order they run. To add one: write it in its own file here (a Migration: a new,
 * never-reused id, a plain description, an idempotent run), append it to MIGRATIONS, raise SCHEMA_VERSION
 * (src/lists/schemaVersion.ts) if the release changes the schema, and test it on data against the emulator
 * (tests/data/sp/setup/migrations/). Setup runs, on every site, each migration the site has not recorded, after
 * adding the new lists and columns; a site set up from nothing records them all as done without running them.
 * Never remove or reorder a released entry.
 */
import type { Migration } from './migrationTypes';
import { pupilFoldersTransitionPlans, pupilFoldersV2 } from './pupilFoldersInNewLists';
import { applySharingTable, recordPupilSharing } from './recordPupilSharing';
import { pupilConfidentialSplit } from './pupilConfidentialSplit';
import { pipConfidentialSplit } from './pipConfidentialSplit';
import { meetingNotesSplit } from './meetingNotesSplit';
import { actionNotesSplit, contactNotesSplit } from './notesSplits';
import { lettersByKind } from './lettersByKind';

export const MIGRATIONS: readonly Migration[] = [recordPupilSharing, pupilFoldersV2, pupilConfidentialSplit, applySharingTable, pupilFoldersTransitionPlans, pipConfidentialSplit, meetingNotesSplit, actionNotesSplit, contactNotesSplit, lettersByKind];

/** The upgrades that move a record's confidential columns to the list holding its confidential part (by that list). */
export const CONFIDENTIAL_MOVES = [
  { to: 'pupilConfidential', migration: pupilConfidentialSplit },
  { to: 'pipConfidential', migration: pipConfidentialSplit },
  { to: 'reviewMeetingNotes', migration: meetingNotesSplit },
  { to: 'attendanceActionNotes', migration: actionNotesSplit },
  { to: 'parentContactNotes', migration: contactNotesSplit },
] as const;

export type { Migration, MigrationEnvironment, MigrationProgress } from './migrationTypes';
