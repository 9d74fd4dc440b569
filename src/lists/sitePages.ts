/**
 * The site pages setup makes in Site Pages, each with its web parts already placed, declared once (like the lists).
 * Pure TypeScript. Setup (src/data/sp/setup) creates and publishes the missing ones through PnPjs's client-side
 * pages API; the health check reports a missing one with Repair.
 *
 * Who opens which page (docs/architecture.md, "Site pages"): Site Pages inherits the site's permissions, so the
 * PRU's groups (Read or more on the site) open every page. Home-school staff hold only item and folder grants
 * (Limited Access on the site), which opens no page; the one page they need, the home-school page, gets unique
 * permissions: what the site grants, plus Read for every home school's staff group. Nothing else in Site Pages is
 * shared with them.
 */

/** One web part on a page: its component id (the manifest's id) and the properties it starts with. */
export interface PageWebPartDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export type SitePageKey = 'home' | 'pupilRegister' | 'attendance' | 'pips' | 'learningLogs' | 'sendSupport' | 'reviewMeetings' | 'reports' | 'administration' | 'homeSchool';

/** 'pru': the site's own groups (inherits from the site). 'homeSchools': also every home school's staff group. */
export type PageAccess = 'pru' | 'homeSchools';

export interface SitePageDefinition {
  readonly key: SitePageKey;
  /** The file name without .aspx (SharePoint names a new page from it: no spaces). */
  readonly name: string;
  readonly title: string;
  readonly layout: 'Article' | 'Home';
  readonly webParts: readonly PageWebPartDefinition[];
  readonly access: PageAccess;
}

/** The web parts, by the ids in their manifests (src/webparts/<name>/<Name>WebPart.manifest.json; a test keeps them equal). */
export const WEB_PARTS = {
  pupilRegister: { id: '608d03d2-9194-46ca-a885-67a7229b7f40', title: 'Pupil register', description: 'The register of additional need: every pupil on roll.', properties: {} },
  attendance: { id: '81d394ed-3ce5-42ef-abaf-50ef0f016db1', title: 'Attendance', description: 'Registers, and each pupil’s and the cohort’s attendance.', properties: {} },
  pips: { id: '91bb90e3-f40a-4c1c-adf1-3512ab482014', title: 'Phased Integration Plans', description: 'Part-time timetables, letters and reviews.', properties: {} },
  learningLogs: { id: 'b6ee7a06-b1a0-4fc0-a4f7-ad034f9127f3', title: 'Learning logs', description: 'One learning log per pupil per term.', properties: {} },
  sendSupport: { id: 'e2f90c99-a4c1-4aaa-8ced-2e4a732b38fa', title: 'SEND support', description: 'APDR plans, provision map, EHC outcomes and baselines.', properties: {} },
  reviewMeetings: { id: 'e272ea32-ac5a-47f4-b234-aeac25b4c39f', title: 'Review meetings', description: 'What is due, meetings with their agendas and outcomes.', properties: {} },
  administration: { id: '7aee8aad-bf38-499d-99fb-d9909f692823', title: 'Administration', description: 'Settings, schools and their named staff.', properties: {} },
  importRecords: { id: '3f0b7c2e-8d41-4a57-9e0c-5b6a2d9f1c84', title: 'Import records', description: 'Bring in pupils, schools, named staff and marks.', properties: {} },
  reports: { id: 'f825d90d-0d27-4d61-afc5-b14c1b893872', title: 'Reports to leaders and governors', description: 'The termly or yearly report to leaders and governors.', properties: {} },
  today: { id: '972a708c-6994-4562-b2a6-a2a479fd5201', title: 'Today', description: 'What needs doing today.', properties: {} },
  siteSetup: { id: 'f0bae958-7b3a-4dd0-8a4c-6dd7aac6020e', title: 'Site setup', description: 'For site owners: set up, upgrade and check this site.', properties: {} },
} as const satisfies Readonly<Record<string, PageWebPartDefinition>>;

/** The pages, in the order setup makes them. */
export const SITE_PAGES: readonly SitePageDefinition[] = [
  { key: 'home', name: 'Pathways-Hub', title: 'Pathways Hub', layout: 'Home', webParts: [WEB_PARTS.today, WEB_PARTS.pupilRegister, WEB_PARTS.reviewMeetings], access: 'pru' },
  { key: 'pupilRegister', name: 'Pupil-register', title: 'Pupil register', layout: 'Article', webParts: [WEB_PARTS.pupilRegister], access: 'pru' },
  { key: 'attendance', name: 'Attendance', title: 'Attendance', layout: 'Article', webParts: [WEB_PARTS.attendance], access: 'pru' },
  { key: 'pips', name: 'PIPs', title: 'Phased Integration Plans', layout: 'Article', webParts: [WEB_PARTS.pips], access: 'pru' },
  { key: 'learningLogs', name: 'Learning-logs', title: 'Learning logs', layout: 'Article', webParts: [WEB_PARTS.learningLogs], access: 'pru' },
  { key: 'sendSupport', name: 'SEND-support', title: 'SEND support', layout: 'Article', webParts: [WEB_PARTS.sendSupport], access: 'pru' },
  { key: 'reviewMeetings', name: 'Review-meetings', title: 'Review meetings', layout: 'Article', webParts: [WEB_PARTS.reviewMeetings], access: 'pru' },
  { key: 'reports', name: 'Reports', title: 'Reports to leaders and governors', layout: 'Article', webParts: [WEB_PARTS.reports], access: 'pru' },
  {
    key: 'administration',
    name: 'Administration',
    title: 'Administration',
    layout: 'Article',
    webParts: [WEB_PARTS.administration, WEB_PARTS.importRecords, WEB_PARTS.siteSetup],
    access: 'pru',
  },
  // Home-school staff: their own pupils (the register answers only what SharePoint lets them read) and each pupil's record.
  { key: 'homeSchool', name: 'Home-school', title: 'Home school', layout: 'Article', webParts: [WEB_PARTS.today, WEB_PARTS.pupilRegister], access: 'homeSchools' },
];

export const SITE_PAGES_FOLDER = 'SitePages';

/** The page's file name, e.g. 'Home-school.aspx'. */
export const pageFileName = (page: Pick<SitePageDefinition, 'name'>): string => `${page.name}.aspx`;

export function sitePage(key: SitePageKey): SitePageDefinition {
  const p = SITE_PAGES.find((x) => x.key === key);
  if (!p) throw new Error(`No site page '${key}'.`);
  return p;
}

/** The one page home-school staff may open. */
export const HOME_SCHOOL_PAGE: SitePageDefinition = sitePage('homeSchool');
