/**
 * What each role sees first on Today (issue 14: "their own items first, then the rest"). SharePoint tells the
 * product only what a person may do, not their job, so the role is chosen on the page; the first choice comes from
 * what SharePoint lets them do (Leadership may change the settings: the headteacher's order; other PRU staff who may
 * enrol pupils: the office, the attendance officer's order). The choice is kept in the browser, a display preference,
 * never a record.
 */
export const TODAY_ROLES = ['attendance-officer', 'senco', 'lead-tutor', 'headteacher'] as const;
export type TodayRole = (typeof TODAY_ROLES)[number];

export const TODAY_ROLE_LABELS: Record<TodayRole, string> = {
  'attendance-officer': 'Attendance officer',
  senco: 'SENCO',
  'lead-tutor': 'Lead tutor',
  headteacher: 'Headteacher',
};

/** Every section of the PRU's Today, in the order shown when none is a role's own. */
export const TODAY_SECTIONS = [
  'registers',
  'calling',
  'followups',
  'attendance',
  'incidents',
  'meetings',
  'reviews',
  'baselines',
  'sen-support',
  'transition',
  'pips',
  'la-return',
  'notifications',
] as const;
export type TodaySectionId = (typeof TODAY_SECTIONS)[number];

/** Each role's own sections, in its order. */
export const OWN_SECTIONS: Record<TodayRole, readonly TodaySectionId[]> = {
  'attendance-officer': ['registers', 'calling', 'followups', 'attendance'],
  senco: ['reviews', 'baselines', 'meetings', 'sen-support', 'transition'],
  'lead-tutor': ['registers', 'meetings', 'followups', 'incidents'],
  headteacher: ['pips', 'la-return', 'attendance', 'notifications'],
};

/** The role's own sections first, then the rest in the usual order. */
export function sectionOrder(role: TodayRole): TodaySectionId[] {
  const own = OWN_SECTIONS[role];
  return [...own, ...TODAY_SECTIONS.filter((s) => own.indexOf(s) < 0)];
}

export const isTodayRole = (value: unknown): value is TodayRole => typeof value === 'string' && (TODAY_ROLES as readonly string[]).indexOf(value) >= 0;

const STORAGE_KEY = 'pathways-hub.today.role';

/** The role chosen before in this browser, if any (storage may be unavailable: then none). */
export function rememberedRole(): TodayRole | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isTodayRole(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberRole(role: TodayRole): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, role);
  } catch {
    // A browser that keeps nothing: the choice lasts for this page.
  }
}

/** The first order shown, from what SharePoint lets the person do. */
export function roleFromPermissions(canEditSettings: boolean): TodayRole {
  return canEditSettings ? 'headteacher' : 'attendance-officer';
}
