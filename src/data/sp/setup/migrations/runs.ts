/** The data migrations' code, by name (catalogue.ts): one chunk with setup's writes, loaded when one first runs. */
export { recordPupilSharing, applySharingTable } from './recordPupilSharing';
export { pupilFoldersV2, pupilFoldersTransitionPlans } from './pupilFoldersInNewLists';
export { pupilConfidentialSplit } from './pupilConfidentialSplit';
export { pipConfidentialSplit } from './pipConfidentialSplit';
export { meetingNotesSplit } from './meetingNotesSplit';
export { actionNotesSplit, contactNotesSplit } from './notesSplits';
export { lettersByKind } from './lettersByKind';
export { leadTutorPerson } from './leadTutorPerson';
