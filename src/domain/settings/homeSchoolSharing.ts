import { z } from 'zod';
import { DEFAULT_LETTER_SHARING_BY_KEY, letterSharingSchema, type LetterSharing } from './letterSharing';

/**
 * What the pupil's home school may read beyond what the SEND policy promises it (attendance, behaviour and lesson
 * logs): one switch per kind of record that a PRU may or may not want to share (docs/sharing.md). Off by default
 * for safeguarding, health and risk detail and for family contacts; the SEN support plan, targets and assessments
 * are on by default (SEN support is shared with a dual-registered pupil's home school), and so are letters and
 * documents, because the termly progress report is shared with the home school by a link to it; which kinds of letter
 * the school reads is set per kind (letterKinds, letterSharing.ts: by default only the progress report; PIP letters to
 * parents, signed agreements and transfer files are kept in the pupil's PRU-only folder). The storage follows the
 * switch: a record kind switched off is not shared in SharePoint (src/lists/homeSchoolSharing.ts,
 * src/data/sp/access/PupilAccessService.ts), so no route round the screens reads it.
 */
export const HOME_SCHOOL_SHARING_OPTIONS = [
  'attendanceActions',
  'pips',
  'pipReviews',
  'reviewMeetings',
  'parentContacts',
  'letters',
  'senSupport',
] as const;
export type HomeSchoolSharingOption = (typeof HOME_SCHOOL_SHARING_OPTIONS)[number];

/** Each switch in words (the settings screen and docs/sharing.md). */
export const HOME_SCHOOL_SHARING_WORDS: Readonly<Record<HomeSchoolSharingOption, string>> = {
  attendanceActions: 'Stage 2 and 3 attendance actions: what was done or is planned, and when (never the staff’s notes)',
  pips: 'PIPs: the plan, its reasons, interventions, targets, timetable and agreement (never its risk assessment)',
  pipReviews: 'PIP reviews, with their meeting notes',
  reviewMeetings: 'Review meetings: when, who, outcomes, actions, the pupil’s and parents’ views and target outcomes (never the staff’s notes)',
  parentContacts: 'Contacts with parents and carers: when, with whom, the reason given for an absence, the expected return (never the staff’s notes)',
  letters: 'Letters and documents: only the kinds ticked for letters (every other kind is kept in a PRU-only folder)',
  senSupport: 'SEN support: support plans (what was assessed), targets and assessments',
};

export const DEFAULT_HOME_SCHOOL_SHARING: Readonly<Record<HomeSchoolSharingOption, boolean>> = {
  attendanceActions: false,
  pips: false,
  pipReviews: false,
  reviewMeetings: false,
  parentContacts: false,
  letters: true,
  senSupport: true,
};

/** The switches, and which kinds of letter are filed where the school reads them (letterSharing.ts). */
export const homeSchoolSharingSchema = z
  .object(
    Object.fromEntries(HOME_SCHOOL_SHARING_OPTIONS.map((k) => [k, z.boolean().default(DEFAULT_HOME_SCHOOL_SHARING[k])])) as {
      [K in HomeSchoolSharingOption]: z.ZodDefault<z.ZodBoolean>;
    },
  )
  .extend({ letterKinds: letterSharingSchema.default(DEFAULT_LETTER_SHARING_BY_KEY) });
export type HomeSchoolSharing = z.infer<typeof homeSchoolSharingSchema>;

/** The settings' default: the switches above and the letter kinds' defaults. */
export const DEFAULT_HOME_SCHOOL_SHARING_SETTINGS: Readonly<Record<HomeSchoolSharingOption, boolean> & { letterKinds: LetterSharing }> = {
  ...DEFAULT_HOME_SCHOOL_SHARING,
  letterKinds: DEFAULT_LETTER_SHARING_BY_KEY,
};
