/**
 * The sharing table (docs/sharing.md, generated from here): for each list, what the pupil's home-school staff group
 * reads. Pure TypeScript. SharePoint enforces it: a pupil's item and their folder in each 'pupil-folder' list carry
 * the home school's Read only where this table (and, for a switch, the setting) says so
 * (src/data/sp/access/PupilAccessService.ts); every other list has no grant for a school at all.
 *
 *  - 'always': what the SEND policy promises the home school (attendance, behaviour and lesson logs) and the pupil
 *    item itself (identity, placement, attendance stage, PIP status: never the confidential part, which is stored
 *    apart in Pathways Pupil Confidential);
 *  - a list's confidential part (a list declaring `confidentialPartOf`: the pupil's safeguarding, health and family
 *    details; a PIP's risk assessment) is 'never', whatever the settings: it is stored apart because SharePoint has
 *    no column-level security, so sharing the record never shares it;
 *  - a setting: shared only while that switch is on (src/domain/settings/homeSchoolSharing.ts);
 *  - 'never': kept by the PRU only.
 *  - 'school-lists': the shared lists that are not per pupil (settings; the school's own record and named staff).
 */
import type { HomeSchoolSharingOption } from '../domain/settings/homeSchoolSharing';
import { DEFAULT_LETTER_SHARING, LETTER_SHARING_ORDER, LETTER_SHARING_WORDS } from '../domain/settings/letterSharing';
import { LISTS } from './lists';
import { LIST_ACCESS } from './siteSecurity';
import type { ListKey } from './types';

export type HomeSchoolShare = 'always' | 'never' | 'school-lists' | { readonly setting: HomeSchoolSharingOption };

export const HOME_SCHOOL_SHARING: Readonly<Record<ListKey, HomeSchoolShare>> = {
  settings: 'school-lists',
  schools: 'school-lists',
  schoolContacts: 'school-lists',
  pupils: 'always',
  pupilConfidential: 'never',
  pupilHistory: 'never',
  attendanceWeeks: 'always',
  attendanceAmendments: 'never',
  registers: 'never',
  attendanceActions: { setting: 'attendanceActions' },
  /** The staff's own notes on an action: never, whatever the setting for actions. */
  attendanceActionNotes: 'never',
  pips: { setting: 'pips' },
  /** The PIP's risk assessment and further information: never, whatever the setting for PIPs. */
  pipConfidential: 'never',
  pipReviews: { setting: 'pipReviews' },
  learningLogs: 'always',
  learningLogEntries: 'always',
  reviewMeetings: { setting: 'reviewMeetings' },
  /** The staff's own notes of a meeting: never, whatever the setting for meetings. */
  reviewMeetingNotes: 'never',
  targets: { setting: 'senSupport' },
  supportPlans: { setting: 'senSupport' },
  assessments: { setting: 'senSupport' },
  notifications: 'never',
  ehcRequests: 'never',
  letters: { setting: 'letters' },
  parentContacts: { setting: 'parentContacts' },
  /** The staff's own notes on a contact with home: never, whatever the setting for contacts. */
  parentContactNotes: 'never',
  behaviourLog: 'always',
  semhProfiles: 'always',
  /** The exit plan: the home school is a party to a return and to any move on (SEND policy 000: partnership with the home school towards the next destination). */
  transitionPlans: 'always',
  laReturns: 'never',
  leadershipReports: 'never',
};

/** Whether the home school reads the list's records of its pupils, with these switches. */
export function homeSchoolReads(key: ListKey, switches: Readonly<Record<HomeSchoolSharingOption, boolean>>): boolean {
  const share = HOME_SCHOOL_SHARING[key];
  if (share === 'always') return true;
  if (share === 'never' || share === 'school-lists') return false;
  return switches[share.setting];
}

const PRU_WORDS: Readonly<Record<string, string>> = { none: '—', read: 'R', contribute: 'W', leadership: 'W', fullControl: 'W' };

/**
 * The sharing table as docs/sharing.md shows it (between its sharing-table markers; tests/lists/sharingTable.test.ts
 * checks the page against this): each list, what each PRU group and the home school may do.
 */
export function sharingTableMarkdown(
  switchWords: Readonly<Record<HomeSchoolSharingOption, string>>,
  defaults: Readonly<Record<HomeSchoolSharingOption, boolean>>,
): string {
  const home = (key: ListKey): string => {
    const share = HOME_SCHOOL_SHARING[key];
    // A list whose confidential part is stored apart: the school never reads that part, whatever it reads of the rest.
    const part = LISTS.find((l) => l.confidentialPartOf?.list === key);
    const apart = part ? `; never what is in ${part.title}` : '';
    if (share === 'always') return key === 'pupils' ? `R (the pupil item${apart})` : part ? `R (${apart.slice(2)})` : 'R';
    if (share === 'never') return LISTS.find((l) => l.key === key)?.confidentialPartOf ? '— never, whatever the settings' : '— never';
    if (share === 'school-lists') return key === 'settings' ? 'R' : 'R (its own school only)';
    const def = LISTS.find((l) => l.key === key);
    const kinds = def?.pruOnlyFolder
      ? `, and only the kinds chosen (${LETTER_SHARING_ORDER.map((k) => `${LETTER_SHARING_WORDS[k]}: default ${DEFAULT_LETTER_SHARING[k] ? 'on' : 'off'}`).join('; ')}); every other kind is filed in the pupil’s “${def.pruOnlyFolder}” folder, which no school can read`
      : '';
    return `R only while the setting “${switchWords[share.setting]}” is on (default: ${defaults[share.setting] ? 'on' : 'off'})${kinds}${apart}`;
  };
  const rows = LISTS.map((l) => {
    const access = LIST_ACCESS[l.key];
    return `| ${l.title} | ${PRU_WORDS[access.leadership]} | ${PRU_WORDS[access.office]} | ${PRU_WORDS[access.staff]} | ${home(l.key)} |`;
  });
  return ['| List | Leadership | Office | Staff | Home school |', '|---|---|---|---|---|', ...rows].join('\n');
}
