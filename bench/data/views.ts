/**
 * The views bench/dataRequests.ts opens: each web part's first view in the local workbench (?part=<alias>), and the
 * later tabs issue 18 names (cohort, alerts, the PIP tracker, the Due view), each opened after its web part's first
 * view, and learning logs' and SEND support's view of one pupil, chosen in the picker. Reports' leaders' report is measured as built, after "Build the report for this period", and Site setup's check after "Check this site". Who opens it: the member of the demo's staff who uses it (Site setup: the site's owner;
 * 'home-school': a home school's named member of staff, a guest of the tenant, the one whose school has the most of
 * the demo's pupils).
 */
export type Opener = 'headteacher' | 'attendance-officer' | 'owner' | 'home-school';

export interface BenchView {
  readonly name: string;
  readonly alias: string;
  readonly as: Opener;
  /** Tabs clicked in turn once the first view has loaded; the figures are those of the last click. */
  readonly tabs?: readonly string[];
  /**
   * Then a pupil chosen in the web part's pupil picker (typed, Enter), the figures those of the pupil's view: the demo's
   * first pupil with a learning log, or its first pupil.
   */
  readonly pupil?: 'with-learning-log' | 'first';
  /** Measured on a second visit: the page loaded once, then again in the same browser (its storage kept, no cache). */
  readonly again?: true;
  /** Then a button pressed, the figures those of the press (e.g. Reports' "Build the report for this period"). */
  readonly press?: string;
}

export const VIEWS: readonly BenchView[] = [
  { name: 'Today', alias: 'TodayWebPart', as: 'headteacher' },
  { name: 'Pupil register', alias: 'PupilRegisterWebPart', as: 'headteacher' },
  { name: 'Pupil register (home school)', alias: 'PupilRegisterWebPart', as: 'home-school' },
  { name: 'Pupil register (home school, again)', alias: 'PupilRegisterWebPart', as: 'home-school', again: true },
  { name: 'Attendance: register', alias: 'AttendanceWebPart', as: 'attendance-officer' },
  { name: 'Attendance: cohort', alias: 'AttendanceWebPart', as: 'attendance-officer', tabs: ['Pupils, cohort and alerts', 'Cohort'] },
  { name: 'Attendance: alerts', alias: 'AttendanceWebPart', as: 'attendance-officer', tabs: ['Pupils, cohort and alerts', 'Alerts and worklists'] },
  { name: 'Learning logs', alias: 'LearningLogsWebPart', as: 'headteacher' },
  { name: 'Learning logs: a pupil', alias: 'LearningLogsWebPart', as: 'headteacher', pupil: 'with-learning-log' },
  { name: 'SEND support', alias: 'SendSupportWebPart', as: 'headteacher' },
  { name: 'SEND support: a pupil', alias: 'SendSupportWebPart', as: 'headteacher', pupil: 'first' },
  { name: 'PIPs: plans', alias: 'PipsWebPart', as: 'headteacher' },
  { name: 'PIPs: tracker', alias: 'PipsWebPart', as: 'headteacher', tabs: ['Tracker'] },
  { name: 'Review meetings: Due', alias: 'ReviewMeetingWebPart', as: 'headteacher' },
  { name: 'Import records', alias: 'ImportRecordsWebPart', as: 'headteacher' },
  { name: 'Administration', alias: 'AdministrationWebPart', as: 'headteacher' },
  { name: 'Reports', alias: 'ReportsWebPart', as: 'headteacher' },
  { name: 'Reports: leaders’ report built', alias: 'ReportsWebPart', as: 'headteacher', press: 'Build the report for this period' },
  // Site setup opens on the site's status; the whole check runs when "Check this site" is pressed.
  { name: 'Site setup', alias: 'SiteSetupWebPart', as: 'owner' },
  { name: 'Site setup: checked', alias: 'SiteSetupWebPart', as: 'owner', press: 'Check this site' },
];

/** True when the web part shows content: it is there, holds text, and shows no spinner or shimmer. Runs in the page. */
export function webPartShowsContent(): boolean {
  const part = document.querySelector('.wb-webpart');
  if (!part || (part.textContent ?? '').trim() === '') return false;
  return part.querySelector('.ms-Spinner, .ms-Shimmer-container') === null;
}
