/**
 * The national attendance and absence codes in force from 19 August 2024 (SAPR 2024 regs 10–11;
 * facts sheet §1.3), with how each one counts in the statistics.
 *
 * Whether Q and Y1–Y7 are possible sessions is not confirmed ([S/U] in the facts sheet): the table says
 * "not possible" and settings.notPossibleCodes can switch them (see `isPossibleSession`).
 */

export const ATTENDANCE_CODE_CATEGORIES = [
  'present',
  'aea',
  'authorised',
  'unauthorised',
  'not-required',
  'unavoidable',
  'withdrawn',
] as const;
export type AttendanceCodeCategory = (typeof ATTENDANCE_CODE_CATEGORIES)[number];

export const ATTENDANCE_CODE_CATEGORY_LABELS: Record<AttendanceCodeCategory, string> = {
  present: 'Present',
  aea: 'Attending a place other than the school (approved educational activity)',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  'not-required': 'Attendance not required (administrative)',
  unavoidable: 'Unable to attend: unavoidable cause',
  withdrawn: 'Withdrawn code (history only)',
};

export interface AttendanceCode {
  code: string;
  meaning: string;
  category: AttendanceCodeCategory;
  /**
   * Counts in the denominator of attendance and absence rates (default table; see settings for Q/Y1–Y7).
   * Withdrawn H was a possible session (authorised absence) and still counts so for old entries.
   */
  countsAsPossible: boolean;
  /** Counts as attendance (present + approved educational activity). */
  countsAsAttended: boolean;
  /** One of G, N, O, U: counts toward the penalty-notice threshold (facts §4). */
  countsTowardPenaltyThreshold: boolean;
  /** Shown as a one-click button on the register. */
  commonlyUsed: boolean;
  /** False for withdrawn codes: kept so old entries can be read, never offered for new marks. */
  selectable: boolean;
  /**
   * The pupil is physically in school for the session: the present codes (/, \, L) and U, which records a pupil who
   * arrived after the register closed (counted as an unauthorised absence, but on site). Approved activities
   * (K, V, P, W, B) happen away from the school. Used by the fire register.
   */
  onSite: boolean;
}

type Row = [code: string, meaning: string, category: AttendanceCodeCategory, commonlyUsed: boolean];

const ROWS: Row[] = [
  ['/', 'Present at the start of the morning register', 'present', true],
  ['\\', 'Present at the start of the afternoon register', 'present', true],
  ['L', 'Arrived late, before the register closed', 'present', true],
  ['K', 'Attending education arranged by the local authority', 'aea', false],
  ['V', 'Educational visit or trip', 'aea', false],
  ['P', 'Approved sporting activity', 'aea', false],
  ['W', 'Work experience', 'aea', false],
  ['B', 'Other approved educational activity off site', 'aea', false],
  ['D', 'Attending another school where also registered (dual registration)', 'not-required', false],
  ['C1', 'Leave for a regulated performance or regulated employment abroad', 'authorised', false],
  ['M', 'Leave for a medical or dental appointment', 'authorised', true],
  ['J1', 'Leave for an interview for employment or education', 'authorised', false],
  ['S', 'Leave to study for a public examination', 'authorised', false],
  ['X', 'Below compulsory school age, not required to attend', 'not-required', false],
  ['C2', 'Leave: temporary part-time timetable (PIP)', 'authorised', true],
  ['C', 'Leave for exceptional circumstances', 'authorised', false],
  ['T', 'Parent travelling for work (mobile child)', 'authorised', false],
  ['R', 'Religious observance', 'authorised', false],
  ['I', 'Illness (not a medical or dental appointment)', 'authorised', true],
  ['E', 'Suspended or excluded, no alternative provision made', 'authorised', false],
  ['Q', 'Unable to attend: the local authority has not made access arrangements', 'unavoidable', false],
  ['Y1', 'Unable to attend: usual transport not available', 'unavoidable', false],
  ['Y2', 'Unable to attend: widespread travel disruption', 'unavoidable', false],
  ['Y3', 'Unable to attend: part of the school premises closed', 'unavoidable', false],
  ['Y4', 'Unable to attend: whole school site unexpectedly closed', 'unavoidable', false],
  ['Y5', 'Unable to attend: in criminal justice detention', 'unavoidable', false],
  ['Y6', 'Unable to attend: public health guidance or law', 'unavoidable', false],
  ['Y7', 'Unable to attend: any other unavoidable cause', 'unavoidable', false],
  ['G', 'Holiday not granted by the school', 'unauthorised', false],
  ['N', 'Reason for absence not yet established', 'unauthorised', true],
  ['O', 'Absent in other or unknown circumstances', 'unauthorised', true],
  ['U', 'Arrived after the register closed', 'unauthorised', true],
  ['Z', 'Prospective pupil not yet on the admission register', 'not-required', false],
  ['#', 'Planned whole or partial school closure', 'not-required', false],
  ['H', 'Holiday authorised by the school (withdrawn August 2024)', 'withdrawn', false],
];

const PENALTY_CODES = ['G', 'N', 'O', 'U'];

/** The full table, in register order. */
export const ATTENDANCE_CODES: readonly AttendanceCode[] = ROWS.map(([code, meaning, category, commonlyUsed]) => ({
  code,
  meaning,
  category,
  countsAsPossible:
    category === 'present' ||
    category === 'aea' ||
    category === 'authorised' ||
    category === 'unauthorised' ||
    category === 'withdrawn',
  countsAsAttended: category === 'present' || category === 'aea',
  countsTowardPenaltyThreshold: PENALTY_CODES.indexOf(code) >= 0,
  commonlyUsed,
  selectable: category !== 'withdrawn',
  onSite: category === 'present' || code === 'U',
}));

const BY_CODE: Record<string, AttendanceCode> = {};
for (const c of ATTENDANCE_CODES) BY_CODE[c.code] = c;

/** Codes that may be entered on a register today (all but withdrawn ones). */
export const SELECTABLE_CODES: readonly string[] = ATTENDANCE_CODES.filter((c) => c.selectable).map((c) => c.code);

/** Codes for the one-click buttons on the register. */
export const COMMON_CODES: readonly string[] = ATTENDANCE_CODES.filter((c) => c.commonlyUsed).map((c) => c.code);

/** The codes whose "possible session" status is unconfirmed and may be switched in settings: Q and Y1–Y7. */
export const SWITCHABLE_NOT_POSSIBLE_CODES: readonly string[] = ATTENDANCE_CODES.filter(
  (c) => c.category === 'unavoidable',
).map((c) => c.code);

/** Codes that are never possible sessions, whatever the settings: D, X, Z, #. */
export const ALWAYS_NOT_POSSIBLE_CODES: readonly string[] = ATTENDANCE_CODES.filter(
  (c) => c.category === 'not-required',
).map((c) => c.code);

/** Default list of not-possible codes: D, X, Z, #, Q, Y1–Y7. */
export const DEFAULT_NOT_POSSIBLE_CODES: readonly string[] = [...ALWAYS_NOT_POSSIBLE_CODES, ...SWITCHABLE_NOT_POSSIBLE_CODES];

/** Known to the table, including withdrawn codes such as H (old entries). Case-sensitive: codes are upper case. */
export function isKnownCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(BY_CODE, code);
}

/** True for a code that may be put on a register now. */
export function isSelectableCode(code: string): boolean {
  return isKnownCode(code) && BY_CODE[code].selectable;
}

/** The table row for a code, or undefined. */
export function findCode(code: string): AttendanceCode | undefined {
  return isKnownCode(code) ? BY_CODE[code] : undefined;
}

/** The table row for a code; throws for an unknown code. */
export function getCode(code: string): AttendanceCode {
  const c = findCode(code);
  if (!c) throw new Error(`Unknown attendance code '${code}'.`);
  return c;
}
