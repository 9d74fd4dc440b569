/**
 * Each data migration's id and description: what a plan, the check and the Setup page show. Their code (runs.ts)
 * loads when setup or a repair first runs one (index.ts), so checking a site carries none of it.
 */
export const MIGRATION_INFO = {
  recordPupilSharing: {
    id: 'v2-pupil-sharing-marker',
    description: 'Recording which home school each pupil’s records are shared with (pupils added before version 2)',
  },
  pupilFoldersV2: {
    id: 'v2-pupil-folders-new-lists',
    description: 'Making each pupil’s folder, with their home school’s access, in the new lists (parent contacts, behaviour log, SEMH focus profiles)',
  },
  pupilConfidentialSplit: {
    id: 'v2-pupil-confidential-split',
    description: 'Moving each pupil’s safeguarding, health and family contact details to a list their home school cannot read',
  },
  applySharingTable: {
    id: 'v2-home-school-sharing-table',
    description: 'Sharing with each pupil’s home school only what the sharing table and settings allow (removing the rest)',
  },
  pupilFoldersTransitionPlans: {
    id: 'v2-pupil-folders-transition-plans',
    description: 'Making each pupil’s folder, with their home school’s access, in the new lists (transition plans)',
  },
  pipConfidentialSplit: {
    id: 'v2-pip-confidential-split',
    description: 'Moving each PIP’s risk assessment and further information to a list the home school cannot read',
  },
  meetingNotesSplit: {
    id: 'v2-meeting-notes-split',
    description: 'Moving the staff’s notes of each review meeting to a list the home school cannot read',
  },
  actionNotesSplit: {
    id: 'v2-action-notes-split',
    description: 'Moving the staff’s notes on each attendance action to a list the home school cannot read',
  },
  contactNotesSplit: {
    id: 'v2-contact-notes-split',
    description: 'Moving the staff’s notes on each contact with home to a list the home school cannot read',
  },
  lettersByKind: {
    id: 'v2-letters-by-kind',
    description: 'Filing each pupil’s letters by kind: the kinds not shared with home schools moved into the pupil’s PRU-only folder',
  },
  leadTutorPerson: {
    id: 'v3-lead-tutor-person',
    description: 'Recording each pupil’s lead tutor as a person (from their e-mail address), so the tutor’s name is read with the pupil',
  },
} as const;

export type MigrationName = keyof typeof MIGRATION_INFO;

/** A value that counts as empty on a record's retired confidential column (text empty, yes/no No). */
export const isBlankValue = (v: unknown): boolean => v === undefined || v === null || v === '' || v === false;
