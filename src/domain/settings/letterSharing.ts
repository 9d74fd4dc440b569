import { z } from 'zod';
import { LETTER_KINDS, type LetterKind } from '../pip/letterRecord';

/**
 * Which kinds of letter and document the pupil's home school reads (docs/sharing.md, "Letters by kind"). The
 * Letters library holds, in each pupil's folder, documents meant for the home school (the termly progress report,
 * shared with it as a link) beside letters to the family (PIP timetable letters, with the family's address), signed
 * PIP agreements (signatures, address) and the statutory transfer files. One switch per kind; SharePoint enforces it
 * by where the file is stored: a kind not shared is filed in the pupil's PRU-only folder inside their Letters folder
 * (no school's grant), a kind shared in the pupil's Letters folder itself (read by the home school while the Letters
 * switch is on).
 */
export const LETTER_SHARING_KEYS: Readonly<Record<LetterKind, string>> = {
  'Termly progress report': 'termlyProgressReport',
  'PIP timetable': 'pipTimetable',
  'PIP agreement': 'pipAgreement',
  'Common transfer file': 'commonTransferFile',
  'Attendance transfer': 'attendanceTransfer',
  Other: 'other',
};

/** Each kind in words (Settings › Home schools and docs/sharing.md). */
export const LETTER_SHARING_WORDS: Readonly<Record<LetterKind, string>> = {
  'Termly progress report': 'Termly progress reports (the school is sent a link to each)',
  'PIP timetable': 'PIP timetable letters to parents and carers (they hold the family’s address)',
  'PIP agreement': 'Signed PIP agreements (the parent’s or carer’s signature and address)',
  'Common transfer file': 'Common transfer files made when a pupil leaves',
  'Attendance transfer': 'Attendance transfers for a dual-registered pupil’s main school',
  Other: 'Other letters and documents',
};

/** Shared by default: only the termly progress report, which is written for the home school. */
export const DEFAULT_LETTER_SHARING: Readonly<Record<LetterKind, boolean>> = {
  'Termly progress report': true,
  'PIP timetable': false,
  'PIP agreement': false,
  'Common transfer file': false,
  'Attendance transfer': false,
  Other: false,
};

/** The kinds in the order Settings shows them (the shared-by-default one first). */
export const LETTER_SHARING_ORDER: readonly LetterKind[] = ['Termly progress report', 'PIP timetable', 'PIP agreement', 'Common transfer file', 'Attendance transfer', 'Other'];

type LetterSharingShape = { [key: string]: z.ZodDefault<z.ZodBoolean> };

/** Stored by key (`termlyProgressReport: true`, …); a kind missing from stored settings takes its default. */
export const letterSharingSchema = z.object(
  Object.fromEntries(LETTER_KINDS.map((k) => [LETTER_SHARING_KEYS[k], z.boolean({ invalid_type_error: `Tick or untick “${LETTER_SHARING_WORDS[k]}”` }).default(DEFAULT_LETTER_SHARING[k])])) as LetterSharingShape,
);
export type LetterSharing = Readonly<Record<string, boolean>>;

export const DEFAULT_LETTER_SHARING_BY_KEY: LetterSharing = Object.fromEntries(LETTER_KINDS.map((k) => [LETTER_SHARING_KEYS[k], DEFAULT_LETTER_SHARING[k]]));

/** Whether a kind of letter is filed where the home school reads it (in the pupil's Letters folder itself). */
export function letterKindShared(kind: LetterKind, sharing: LetterSharing | undefined): boolean {
  const value = sharing?.[LETTER_SHARING_KEYS[kind]];
  return typeof value === 'boolean' ? value : DEFAULT_LETTER_SHARING[kind];
}

/** Where a letter of this kind is filed in the pupil's Letters folder: 'shared' (the folder itself) or 'pru-only'. */
export type LetterPlace = 'shared' | 'pru-only';
export const letterPlace = (kind: LetterKind, sharing: LetterSharing | undefined): LetterPlace => (letterKindShared(kind, sharing) ? 'shared' : 'pru-only');

/** The kinds shared, as the keys sorted (for the record of what a pupil's letters were filed under). */
export const sharedLetterKeys = (sharing: LetterSharing | undefined): string[] =>
  LETTER_KINDS.filter((k) => letterKindShared(k, sharing))
    .map((k) => LETTER_SHARING_KEYS[k])
    .sort();
