/**
 * The code of each repository, its own chunk (`data-…`), loaded the first time a view uses that repository and then
 * kept for the page (webpack loads a chunk once; createServices builds each repository once). The one bundle every
 * web part loads first holds none of it. A web part names the modules its first screen reads (`firstData` in
 * PathwaysWebPart) so they load alongside its view instead of after it; `npm run bench:bundle` counts them in
 * the web part's first load.
 *
 * A repository whose writes need much code a read does not is two modules: `x` (its reads, the chunk a first screen
 * loads) and `xWrite` (`data-x-write`: the whole repository, extending the reads), loaded at the first write
 * (onDemandService's `writes`), or as soon as a person starts editing (preloadData(['xWrite'])), so a save does not
 * wait for it. Never name an `xWrite` in `firstData`: a first screen only reads.
 */
const importers = {
  pupils: () => import(/* webpackChunkName: 'data-pupils' */ '../data/sp/PupilReads'),
  pupilsWrite: () => import(/* webpackChunkName: 'data-pupils-write' */ '../data/sp/PupilRepository'),
  pupilAccess: () => import(/* webpackChunkName: 'data-pupil-access' */ './onDemand/pupilAccessData'),
  schools: () => import(/* webpackChunkName: 'data-schools' */ '../data/sp/SchoolReads'),
  schoolsWrite: () => import(/* webpackChunkName: 'data-schools-write' */ './onDemand/schoolData'),
  settings: () => import(/* webpackChunkName: 'data-settings' */ '../data/sp/SettingsRepository'),
  attendance: () => import(/* webpackChunkName: 'data-attendance' */ '../data/sp/attendance/AttendanceReads'),
  attendanceWrite: () => import(/* webpackChunkName: 'data-attendance-write' */ '../data/sp/attendance/AttendanceRepository'),
  attendanceActions: () => import(/* webpackChunkName: 'data-attendance-actions' */ '../data/sp/attendance/AttendanceActionRepository'),
  parentContacts: () => import(/* webpackChunkName: 'data-parent-contacts' */ '../data/sp/parents/ParentContactReads'),
  parentContactsWrite: () => import(/* webpackChunkName: 'data-parent-contacts-write' */ '../data/sp/parents/ParentContactRepository'),
  behaviourLog: () => import(/* webpackChunkName: 'data-behaviour-log' */ '../data/sp/behaviour/BehaviourLogReads'),
  behaviourLogWrite: () => import(/* webpackChunkName: 'data-behaviour-log-write' */ '../data/sp/behaviour/BehaviourLogRepository'),
  semhProfiles: () => import(/* webpackChunkName: 'data-semh-profiles' */ '../data/sp/behaviour/SemhProfileRepository'),
  transitionPlans: () => import(/* webpackChunkName: 'data-transition-plans' */ '../data/sp/transition/TransitionPlanReads'),
  transitionPlansWrite: () => import(/* webpackChunkName: 'data-transition-plans-write' */ '../data/sp/transition/TransitionPlanRepository'),
  pips: () => import(/* webpackChunkName: 'data-pips' */ '../data/sp/pips/PipReads'),
  pipsWrite: () => import(/* webpackChunkName: 'data-pips-write' */ '../data/sp/pips/PipRepository'),
  letters: () => import(/* webpackChunkName: 'data-letters' */ '../data/sp/pips/LetterReads'),
  lettersWrite: () => import(/* webpackChunkName: 'data-letters-write' */ '../data/sp/pips/LetterRepository'),
  laReturns: () => import(/* webpackChunkName: 'data-la-returns' */ '../data/sp/pips/LaReturnReads'),
  laReturnsWrite: () => import(/* webpackChunkName: 'data-la-returns-write' */ '../data/sp/pips/LaReturnRepository'),
  leadershipReports: () => import(/* webpackChunkName: 'data-leadership-reports' */ '../data/sp/reports/LeadershipReportReads'),
  leadershipReportsWrite: () => import(/* webpackChunkName: 'data-leadership-reports-write' */ '../data/sp/reports/LeadershipReportLibrary'),
  learningLogs: () => import(/* webpackChunkName: 'data-learning-logs' */ '../data/sp/learning/LearningLogReads'),
  learningLogsWrite: () => import(/* webpackChunkName: 'data-learning-logs-write' */ '../data/sp/learning/LearningLogRepository'),
  targets: () => import(/* webpackChunkName: 'data-targets' */ '../data/sp/send/TargetReads'),
  targetsWrite: () => import(/* webpackChunkName: 'data-targets-write' */ '../data/sp/send/TargetRepository'),
  supportPlans: () => import(/* webpackChunkName: 'data-support-plans' */ '../data/sp/send/SupportPlanReads'),
  supportPlansWrite: () => import(/* webpackChunkName: 'data-support-plans-write' */ '../data/sp/send/SupportPlanRepository'),
  pupilHistory: () => import(/* webpackChunkName: 'data-pupil-history' */ '../data/sp/pupils/PupilHistoryRepository'),
  userAccess: () => import(/* webpackChunkName: 'data-user-access' */ '../data/sp/access/UserAccess'),
  people: () => import(/* webpackChunkName: 'data-people' */ '../data/sp/people/SitePeopleDirectory'),
  meetings: () => import(/* webpackChunkName: 'data-meetings' */ '../data/sp/meetings/ReviewMeetingReads'),
  meetingsWrite: () => import(/* webpackChunkName: 'data-meetings-write' */ '../data/sp/meetings/ReviewMeetingRepository'),
  ehcRequests: () => import(/* webpackChunkName: 'data-ehc-requests' */ '../data/sp/meetings/EhcRequestReads'),
  ehcRequestsWrite: () => import(/* webpackChunkName: 'data-ehc-requests-write' */ '../data/sp/meetings/EhcRequestRepository'),
  notificationLog: () => import(/* webpackChunkName: 'data-notification-log' */ '../data/sp/notifications/NotificationLogReads'),
  notificationLogWrite: () => import(/* webpackChunkName: 'data-notification-log-write' */ '../data/sp/notifications/NotificationLogRepository'),
  /** Where the site stands, for the Site setup page's first screen (one round trip, no plan). */
  siteStatus: () => import(/* webpackChunkName: 'data-site-status' */ './onDemand/siteStatus'),
  /** Site setup's check, setup, upgrade and repairs over the site's lists and groups: loaded when one is asked for. */
  siteSetup: () => import(/* webpackChunkName: 'data-site-setup' */ './onDemand/siteSetup'),
} as const;

/** A repository module's name (the `data-…` chunk it is in). */
export type DataModule = keyof typeof importers;

/** A repository module's code, as its `import()` gives it. */
export type DataModuleCode<K extends DataModule> = Awaited<ReturnType<(typeof importers)[K]>>;

/** Repository modules a view's own chunk already holds (provideData), by name. */
export type ProvidedData = { readonly [K in DataModule]?: DataModuleCode<K> };

const provided: { -readonly [K in DataModule]?: DataModuleCode<K> } = {};

/**
 * Each repository module's code: the module a view's chunk provided (provideData), else its own `data-…` chunk. A
 * web part whose first screen reads many repositories may carry their reads in its view's chunk (one file compresses
 * far better than fourteen and the shared pieces they pull in: Today) and hand them over here, so the services use
 * them instead of fetching the same code again.
 */
export const dataModules = Object.fromEntries(
  (Object.keys(importers) as DataModule[]).map((name) => [name, () => (provided[name] ? Promise.resolve(provided[name]) : fromOwnChunk(name))]),
) as unknown as typeof importers;

/** The modules asked of their own chunks, in order (a test holds a view whose chunk provides its reads to none). */
export const ownChunkLoads: DataModule[] = [];

function fromOwnChunk(name: DataModule): Promise<unknown> {
  ownChunkLoads.push(name);
  return importers[name]();
}

/**
 * Hands the services the repository modules a view's chunk holds (statically imported there), so their first use
 * loads nothing more. A module loaded before (another web part on the page) is the same code: webpack keeps one
 * instance of each module per page, whichever chunk brought it.
 */
export function provideData(modules: ProvidedData): void {
  Object.assign(provided, modules);
}

/** Starts loading the named modules' code (nothing is read from SharePoint); a failure is left to the first real use. */
export function preloadData(modules: readonly DataModule[]): void {
  for (const m of modules) dataModules[m]().catch(() => undefined);
}
