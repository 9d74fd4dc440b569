/**
 * Page weight of the packaged solution. Run after `npm run package`: `npm run bench:bundle`.
 *
 * Prints, from release/assets (the files the .sppkg ships in ClientSideAssets) and release/bundle-graph.json:
 *  - per web part: raw and gzip (-9) of everything it loads before its first content (its config.json bundle, its
 *    `view-…` chunk and the `data-…` chunks of the repositories its first screen reads, with the chunks those
 *    need), and the most it adds to a page that already shows another
 *    Pathways web part;
 *  - a page with the pupil register, attendance (register and cohort) and PIPs web parts together;
 *  - every chunk loaded only on demand (a letter, an export, a tab or form opened later).
 * Two sets of budgets:
 *  - GOALS, issue 18's: 120 KB gzip first load, 15 KB gzip for each further web part (met by every web part since
 *    session 12; see docs/architecture.md "Page weight"): printed, and they fail the run only with `--goals`.
 *  - CEILINGS, what CI holds (`.ci/run`): today's figures with a little room, so page weight can only go down
 *    until the goals are met; docx, write-excel-file and read-excel-file are never in what a web part loads first.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
// What each web part loads first, read from the sources once for both this bench and gulpfile.js's first-common.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstScreens } = require('../tools/bundle/firstScreens') as { firstScreens: (root: string) => WebPartEntry[] };
import { bundleReport, kb, type Budgets, type BundleGraph, type FileSize, type WebPartEntry } from './bundle/bundleReport';

const root = join(__dirname, '..');
const assets = join(root, 'release', 'assets');
const graphFile = join(root, 'release', 'bundle-graph.json');

const ON_DEMAND_PACKAGES = ['docx', 'write-excel-file', 'read-excel-file', 'fast-xml-parser'];

/** Issue 18's goals. */
export const GOALS: Budgets = { firstLoadGzip: 120_000, furtherGzip: 15_000, onDemandPackages: ON_DEMAND_PACKAGES };

/**
 * The ceilings CI enforces until the goals are met. History: 252.4 KB / 87.1 KB (04/12/2026), raised to 280 KB /
 * 135 KB the same evening (270.0 KB / 127.2 KB measured after this round's new record kinds). Then the services
 * became lazy (each repository's code a `data-…` chunk loaded when a view first uses it; the rules shared per area,
 * the data plumbing in one `core-data` chunk) and the register's record and enrolment form loaded when opened:
 * the largest first load fell to 257.8 KB (pupil register, from 271.4 KB), the light web parts to 82–153 KB (from
 * 145–208 KB), the page of three to 307.0 KB (from 316.8 KB); but Today (+17.6 KB: its first screen reads ten
 * repositories), attendance (+11.8), learning logs, SEND support, PIPs and review meetings (+5 to +11) now load more
 * first (their rules and repositories in several files compress less well than in one). First load: 265 KB (5 KB of room for the web parts being changed now). What one
 * web part adds after another is measured after the lightest (now Site setup at 87 KB, which reads no repository),
 * so it rose to 178.0 KB: 185 KB, because the shared code left the one bundle, not because any page got heavier.
 * Then (05/12/2026) the rules and data plumbing were split by who uses them (gulpfile.js: a web part no longer loads
 * a whole rules folder for one function), the register stopped loading Fluent's ComboBox with `pupilIdFromPage`, and
 * attendance's parent-contact form (Dropdown, Panel) loads when opened: pupil register 259.1 → 229.6 KB, attendance
 * 260.1 → 244.6 (with the fire register, week view and offline queue landed the same hour), the others −4 to −21;
 * but Today 180.9 → 192.5 (it reads eleven repositories, now in more, smaller files, and gained features) and the page
 * of three 315.4 → 325.6 (the same features). First load: 248 KB; what one adds after another (max 162.3): 166 KB.
 * Then (05/12/2026) the pupil register's and attendance's first screens became plain markup (src/ui/plain: a semantic
 * table, native selects, search, checkboxes and radios; a dd/mm/yyyy date field whose calendar loads when opened):
 * pupil register 232.5 → 153.7 KB, attendance 247.6 → 231.8; then attendance's code list a native select (was
 * ComboBox) and its conflict panel on demand: 203.3 (register 154.8, with others' features landed the same hour); PIPs'
 * list filter a native select (was Dropdown): 205.0 → 179.1; the page of three 328.6 → 233.4. Those three web parts
 * get their own ceilings, just above their figures (157.0 / 206.5 / 182.0 KB with the features others landed by
 * 04:30 — the round-trip work in the PnPjs setup, the meeting chat link, the fire register's offline marks — which
 * added 2–3 KB to every web part), so they cannot grow back unnoticed. The shared ceiling was raised 248 → 253 KB
 * for the same landings: review meetings went 245.6 → 250.2 KB without any change of this work (what it adds after
 * another 162.3 → 166.3: 166 → 169 KB).
 * Then (05/12/2026) learning logs' and SEND support's first screens became plain markup (the pupil picker a light
 * combobox, the tabs plain, the term a native select; the entry and plan forms loaded when shown): learning logs
 * 225.8 → 165.9 KB, SEND support 209.7 → 152.4; their own ceilings just above (168 / 155 KB). Their new on-demand
 * chunks cost every web part ~0.1 KB (the webpack runtime in the shared bundle names each chunk and its hash): the
 * pupil register (160.1) and PIPs (185.1), at their ceilings, 160 → 160.5 and 185 → 185.5 KB.
 * Then (05/12/2026) Today: its LA-return reminder no longer loads the return itself (domain/pip/halfTerms.ts) nor its
 * fire-register link the register's model (defaultSession.ts): 206.5 → 199.2 KB; and its first load now counts the
 * behaviour log it reads on its first screen (`firstData`; it was loaded after the first call, uncounted): 202.5 KB,
 * 203.9 KB with what others landed by 07:00 (the register, attendance and PIPs grew 1.5–2 KB the same way). Today's own
 * ceiling: 204.5 KB.
 * Then (05/12/2026) Review meetings' first screen became plain markup (plain tabs, radios and checkbox; the meeting,
 * the Meetings tab, the Due view's forms, the offline-outcomes banner and its sending loaded when shown): 252.3 →
 * 176.7 KB (with the Due view's new transition-plan and EHC-step records landed the same hour, and its transition
 * plans and assessments now counted in its first load, which they are); the meeting panel, whose first screen is the
 * meeting, 252.3 → 239.0. Their own ceilings, 180 / 242 KB, leave 3 KB: those figures were measured just before
 * main's letters-by-kind and readForPupils landings, and not again (the package runs at most 3 times a session here).
 * Then others' landings (letters by kind, plan reviews, readForPupils) added ~5.6 KB to every web part's
 * shared rules and data chunks: learning logs 171.5, SEND support 157.9 on main at 07:20 (the learning-log entry form,
 * now plain controls, loads on demand and is not in these): their own ceilings 168 → 173 and 155 → 159.5 KB.
 * Then (05/12/2026) the shared part itself: the one bundle every web part loads first (pathways-hub) went 84.1 → 39.5
 * KB. Out of it: Fluent UI (the shell's error boundary, "cannot open its site" and on-demand loading are plain markup,
 * src/ui/plain/PlainMessage.tsx; Fluent's core now loads, as one ~36 KB chunk, with the first view that uses it) and
 * the list schema (one file per list, src/lists/declared: a repository's chunk carries only its lists; pupils' and
 * schools' access services, which read the whole schema, load on the first write; record problems load it when
 * shown). Left in it: PnPjs with every selective import, the lazy services, the shell. Measured on this change alone
 * (main at e9d6d0e): pupil register 160.1 → 150.5 KB, attendance 209.5 → 206.1, PIPs 185.1 → 175.8, learning logs
 * 165.9 → 156.5, SEND support 152.4 → 145.3, review meetings 252.3 → 243.5, the others −0.3 to −8.6; page of three
 * 239.6 → 233.8. Then, with the letters-by-kind landing (+2.0 KB on every web part that reads settings first): register
 * 152.6, attendance 208.1, PIPs 177.8, learning logs 158.5, SEND support 147.3, review meetings 245.5, Today 208.2,
 * page of three 235.8; what one adds after another 170.1 (review meetings after site setup: the landing's +2.0 KB, and
 * site setup, the lightest, no longer loads Fluent's core from the shared bundle). First load 253 → 247 KB; further
 * 169 → 171.5 KB (for that landing); the register's, attendance's and PIPs' own 160.5 / 210 / 185.5 → 154 / 209.5 / 179.
 * Rebased on main at 07:34 (66a666e: others' landings had put the register at 165.7, attendance 215.2, PIPs 190.7,
 * over their own ceilings), the whole build with the shared part: register 153.0, attendance 209.1, PIPs 178.9,
 * Today 205.9, learning logs 158.9, SEND support 147.7, review meetings 174.8 (panel 237.9), import 152.5,
 * administration 173.3, site setup 87.1, reports 123.4; page of three 237.6; adds-after max 162.1. First load 253 →
 * 239.5 KB, further 169 → 163.5, register 160.5 → 154.5, PIPs 185.5 → 180.5 (attendance stays 210); Today's own
 * 204.5 → 207 KB: 205.9 on this build, over it by 1.4 KB (main alone was not measured; its landings since Today's
 * ceiling added ~5.6 KB to the other web parts).
 * Then (05/12/2026) Today measured honestly: its first screen reads the notifications log (PRU staff), which came with
 * the Graph services (`services-graph`, 14.6 KB gzip with what it uses) and was not counted. The log is now its own
 * data module (`data-notification-log`, 1.8 KB gzip, no Graph code) in Today's `firstData`: on this build 206.3 KB
 * counted without it → 208.1 KB with it (before, Today really loaded up to 14.6 KB more than it counted). Today's own ceiling
 * RAISED 207 → 208.5 KB: the honest figure is higher than the one the old ceiling held. Reports' first screen reads
 * the settings, now in its `firstData` too: 123.6 → 135.0 KB (under the shared ceiling). Site setup's first screen
 * checks the site, which loaded the setup service (`services-setup`), who can see each pupil and the schools
 * uncounted: the setup service is now a data module (`data-site-setup`) named with those two in its `firstData`:
 * 87.2 → 176.2 KB, its own ceiling 177 KB. It is no longer the lightest web part, so "adds after another" is now
 * measured after Import (most 122.8 KB, was 162.3 after Site setup). Still uncounted: the leaders' report
 * (`reports-leaders` and what it reads) and the learning logs Today reads for home-school staff.
 * The meeting panel's first screen (the meeting: outcome form, views, who attended, moving it) on the plain controls
 * instead of Fluent's TextField, ChoiceGroup, Dropdown and Checkbox: the panel 237.9 → 194.7 KB, its own 242 → 196 KB
 * (review meetings 175.3, its 180 kept).
 * Today's first screen on the plain controls (no Fluent UI in its first load): 208.1 → 173.6 KB, its own 208.5 → 175 KB.
 * Then (05/12/2026) register, learning logs, SEND support without Fluent UI first (plain stand-ins; no due calendar in data-pupils):
 * 155.1 → 104.7, 161.7 → 112.5, 150.7 → 104.4 KB (the register's census and SEN fix on demand); own 154.5/173/159.5 → 105.5/113/105.
 * Administration, Import records and Site setup without Fluent UI on their first screens (plain fields, tabs, progress):
 * 173.5 → 92.6, 152.7 → 72.9, 176.2 → 140.1 KB; own ceilings 93.5, 74 and 177 → 141 KB.
 * Today with where items are done loaded on demand: 173.6 → 172.6 KB, its own 175 → 173.5 KB.
 * Attendance's first screen (taking the register) without Fluent UI (plain tabs, code buttons, fields; the fire register
 * on demand): 209.3 → 153.2 KB (144.9 with main's pupils-without-due-calendar), its own 210 → 145.5 KB; no Fluent first.
 * PIPs without Fluent UI first (one PIP's page on demand): 179.1 → 117.4 KB, own 180.5 → 118.5. Reports counts the leaders'
 * report it opens on (its view and the ten repositories it reads, no Fluent UI): 135.0 uncounted → 173.2 KB, own 174.5.
 * PnPjs's features out of the shared bundle (39.5 → 32.1 KB; src/data/sp/pnp): Today 173.6 → 169.2, register/logs/SEND −4 to −5 KB; first load 239.5 → 204 KB (meeting panel 197.2, the largest);
 * Site setup's own RAISED 141 → 147 KB: it loads every feature, now in several data chunks (+4–6 KB on two builds), not measured on final main.
 * Review meetings and the panel without Fluent UI (src/ui/plain; the Due view and the outcome saving their own chunks; the
 * panel counting what the meeting reads): 177.7 → 147.5 and 197.5 → 163.3 KB; own ceilings 180 / 196 → 148.5 / 164 KB.
 * Rebased on main at 10:20, with meetingDay out of the due calendar: 149.7 (main's landings +2.2) and 156.0; own 150.5 / 156.5.
 * Session 8, all landed (main 22819f1, measured by the lead): no Fluent UI in any first load. Every ceiling lowered to ~1.5 KB
 * above its figure (first load 204 → 178, further 163.5 → 128) except Reports' own, RAISED 174.5 → 177.5: 176.2 measured
 * after the Review meetings, Attendance and PnPjs landings that followed its owner's 173.2 (the leaders' report now counted).
 * Session 9: Reports counts the termly progress reports for a group, which its first screen shows PRU staff without a
 * click (was `reports-cohort`, 95.5 KB with Fluent, uncounted), now plain and in its view (178.2 KB counted); the cohort's
 * runner and the leaders' Word maker with the charts' pictures load on the click, `percentText` in its own module: 174.8,
 * own 177.5 → 176.5; `isOpenPlan` out of the transition plan (the due calendar no longer brings its schemas): 172.7 (before the repositories'
 * write split; its ceiling then set by that landing, 164.5).
 * Session 9, Attendance: its firstData counts the day's calls home its first screen reads (was uncounted) and not the
 * user's rights (nothing on it asks); the C2 prefill without the attendance statistics, the flags without the register
 * view, the after-save work and the offline queue's sending on demand: 138.6 → 133.4 KB, own 140.5 → 135 KB.
 * Session 9: Review meetings and the panel load their first screen with the shell of Review meetings in one chunk, and the
 * sending of outcomes kept on this device when there is one (the panel keeps one without it): 144.3 → 135.9 and
 * 151.5 → 145.0 KB on main at 7e05ea9; 129.3 and 134.0 rebased on main with the repositories' read/write split; on main
 * at 07952cc 132.7 and 137.5 (141.0 and 144.0 at 436bca0 just before it, where every first load had grown ~3 KB); own
 * 139 / 142 → 134 / 139. Reports after Import rose 126.2 → 130.1 on the first build (the chunk of plain controls webpack
 * had made for Import, Reports and the two old review views went with them); 119.0 on main at 07952cc, the further ceiling back to 128.
 * Session 9, all landed (main 07952cc, measured by the lead): the landings, each measured on its own branch, added up
 * over several own ceilings (Today 160.6 against 157, the register 102.0 against 101.5, Reports 164.8 against 164.5, …).
 * Then `first-common` (gulpfile.js): what nine or more first screens read is one file instead of seventeen: Today
 * 160.6 → 148.9, the register 102.0 → 94.3, Attendance 128.5 → 124.3, Learning logs 108.6 → 100.5, SEND support
 * 99.6 → 92.0, Review meetings 132.7 → 123.2, the panel 137.5 → 127.2, PIPs 109.4 → 103.1, Reports 164.8 → 153.1,
 * Administration 88.2 → 87.3; RAISED: Import 67.0 → 92.4 (it reads only the user's rights, and now loads the common
 * file every other web part loads anyway; still far under 120) and Site setup 117.9 → 119.5 (own ceiling 120, the goal).
 * Every other ceiling ~1.5 KB above its figure; further 129.5 → 83.5 (the most any web part adds after another fell
 * from 119.0 to 81.8 KB).
 * Then the writes of seven more repositories (parent contacts, behaviour log, transition plans, learning logs, targets,
 * EHC requests, notification log) load at the first write: Attendance 124.3 → 120.6, the panel 127.2 → 122.8, Review
 * meetings 123.2 → 122.3, Today 148.9 → 147.3; the write loaders add ~0.4 to the shared code (Site setup 119.5 → 119.9:
 * its ceiling RAISED 120 → 121 so a rebuild's ±0.1 does not fail CI; the goal stays 120).
 * Then the settings' rules (validateSettings, the calendar rules) load at the settings' save (`settings-check`), and the
 * home-school access repair pool at "Repair all" (`access-repair-all`): Attendance 120.6 → 119.3, Site setup 119.9 →
 * 119.5, Today 147.3 → 146.0, Reports 152.9 → 151.6, Review meetings 122.3 → 121.0, the panel 122.8 → 121.5,
 * learning logs 100.3 → 99.0, SEND support 92.0 → 90.7, PIPs 103.5 → 102.2, the register 94.7 → 93.4.
 * Session 10: the TypeScript target es2017 → es2020 (tsconfig.json): optional chaining, `??` and object spread ship
 * as written instead of helper code (SharePoint Online and Teams support only current browsers, all ES2020):
 * every first load −1.3 to −3.3 KB: Review meetings 121.0 → 118.8, the panel 121.5 → 118.8, Today 146.0 → 142.7,
 * Reports 151.6 → 148.4, Attendance 119.3 → 116.5, Site setup 119.5 → 117.0; further 81.1 → 78.6.
 * Then Reports opens on the period, the version and the one filed for it, and builds the leaders' report when asked
 * for ("Build the report for this period": its rules, charts and seven repositories in `reports-leaders-build` and
 * their `data-…` chunks): Reports 148.4 → 96.2, adds 78.6 → 26.4; the overall first-load ceiling is now Today's
 * (150 → 144.2) and so is the most one adds after another (72.8: further 80.5 → 74.5).
 * Today's first screen in one file (its view with the reads of the fifteen repositories it reads, todayData.ts; gulpfile's
 * WHOLE_FIRST_SCREENS): 142.7 → 122.3 KB in 49 → 3 files, own ceiling 144.2 → 123.8; it adds 73.0 → 52.6 after another.
 * Then the leadership library's filing (with PnPjs's files and folders) loads at the first filing
 * (`data-leadership-reports-write`): Reports 96.2 → 90.9, adds 26.4 → 21.0.
 * Session 10, adds: Import's steps after choosing the source (parsing, the check, the report) load with the file
 * (`import-steps`), Administration's settings check at the save (validateSettings; the banner's rule apart from the
 * calendar rules), the register's suggested reference apart from the enrolment rules, learning logs' sending of
 * entries kept on this device when some are kept or with the entry form (`learning-logs-offline`), and the plain
 * controls and hooks eleven or twelve first screens use in first-common (one copy, not one per view chunk). KB gzip
 * first load / adds after another, main 1e8cc89 (first loads as its commits measured them) → this: Import 91.2 → 77.7
 * (adds 4.9), Administration 86.0 → 85.2 (12.5), the register 86.1 → 85.5 (12.7), learning logs 91.3 → 88.1 (15.4),
 * PIPs 94.4 → 93.8 (21.0), SEND support 84.8 → 86.0 (13.3: it loads a few of those controls it does not use; own
 * ceiling kept). The most one adds after another: Today after the register, 46.4 (further 51.1 → 47.9).
 * Then what the pupils' reads use (pupilMapper, pupilConfidentialMapper, ConfidentialStore, confidentialKey) in
 * first-common: ten first screens read pupils, and each loaded them again after another web part. Adds after another:
 * learning logs 15.4 → 13.2, the register 12.7 → 10.6, SEND support 13.3 → 11.2, Reports 12.7 → 10.6, PIPs 21.0 →
 * 18.9, the rest −2; their first loads −0.2 to −0.9 (fewer files). Import 77.7 → 78.9 and Administration 85.2 → 86.4,
 * which read no pupil, load them first: their own ceilings RAISED 78.7 → 80.4 and 86.2 → 87.9 for that trade.
 * Then (with the support plans' split) LA returns' reads apart from recording, previousAcademicYear out of attendance
 * insights' loader: Today 118.8 KB gzip (117.9 with main 9c163c6's mappers' split), under the 120 KB goal; own 119.7 → 119.4.
 * Session 10, all landed (main 3557461, measured by the lead): every web part under the 120 KB goal (the largest, Today,
 * 117.9), so the overall first-load ceiling is the goal itself (144.2 → 120); further 46.4 → 45.8 (the most, Today
 * after the pupil register, 44.3). Six web parts add 15 KB or less after every other; six do not (Today 44.3,
 * the panel 42.4, Attendance 39.9, Site setup 39.6, Review meetings 38.8, PIPs 18.6).
 * Session 11: first-common holds what two or more first screens read (gulpfile.js, tools/bundle/firstCommon.js), so
 * a web part adds only its own first screen to a page that has another. KB gzip first load / adds after another:
 * Today 117.9 → 119.2 / 44.3 → 14.4, the panel 116.1 → 119.5 / 42.4 → 14.8, Review meetings 112.5 → 110.4 / 38.8 → 5.6,
 * PIPs 92.2 → 108.7 / 18.6 → 3.9, Attendance 113.6 → 123.9 / 39.9 → 19.1, Site setup 113.2 → 135.5 / 39.6 → 30.7,
 * the register 84.3 → 112.0 / 10.6 → 7.2, learning logs 86.9 → 111.0 / 13.3 → 6.3, SEND support 84.8 → 110.4 /
 * 11.2 → 5.7, Reports 84.3 → 111.7 / 10.7 → 7.0, Administration 86.1 → 115.5 / 12.5 → 10.7, Import 78.6 → 108.2 /
 * 4.9 → 3.4. Every own ceiling but Today's RAISED for that trade (the shared file is downloaded once for every page of
 * the site); further 45.8 → 32.2.
 * Then (session 11, all landed; measured by the lead on main bfcfa60 with this commit): Site setup opens on the site's status, the check on
 * the press (135.5 → 111.4 / 30.7 → 8.5); the panel's outcome and moving forms on the press (119.5 → 112.1 / 14.8 →
 * 9.3); Today's narrower reads (119.2 → 116.9 / 14.4 → 14.1); Attendance's offline sending, first-day calling and
 * record problems when needed (123.9 → 119.3 / 19.1 → 16.5); 8-digit content hashes (gulpfile.js: −1.5 on every
 * first load); the declared lists only Today and Site setup or Reports read kept out of first-common. Every first
 * load under 120 again, so the overall ceiling is the goal; every own ceiling ~1.5 above its figure (Attendance's at
 * the goal, 0.7 above); further 32.2 → 17.0 (the most: Attendance, 16.5, the one web part still over 15).
 * Session 12: every web part's first screen in one file (gulpfile.js, firstScreens.js `viewChunks`), and Today opens
 * the register, PIPs and Review meetings from their view chunks: Attendance 118.8 → 117.7 / 15.8 → 14.8, the register
 * 109.9 → 109.5 / 6.9 → 6.5, learning logs 109.3 → 108.9 / 6.3 → 6.0, the rest within 0.1. Every web part now adds
 * 15 KB or less after any other, so what one adds is held to the goal itself (further 16.4 → 15.0).
 * Lower them as the figures fall; never raise them without saying why in the commit.
 */
export const CEILINGS: Budgets = {
  firstLoadGzip: 120_000,
  firstLoadGzipOf: {
    PupilRegisterWebPart: 111_000,
    AttendanceWebPart: 119_200,
    PipsWebPart: 108_200,
    LearningLogsWebPart: 110_400,
    SendSupportWebPart: 110_000,
    TodayWebPart: 118_400,
    ReviewMeetingWebPart: 109_900,
    ReviewMeetingPanelWebPart: 113_600,
    SiteSetupWebPart: 112_900,
    AdministrationWebPart: 115_100,
    ImportRecordsWebPart: 107_700,
    ReportsWebPart: 111_600,
  },
  furtherGzip: 15_000,
  onDemandPackages: ON_DEMAND_PACKAGES,
  /** Web parts whose first screen is plain markup (src/ui/plain): CI fails if Fluent UI comes back into their first load. */
  withoutFluentFirst: ['TodayWebPart', 'PupilRegisterWebPart', 'LearningLogsWebPart', 'SendSupportWebPart', 'AdministrationWebPart', 'ImportRecordsWebPart', 'SiteSetupWebPart', 'AttendanceWebPart', 'PipsWebPart', 'ReportsWebPart', 'ReviewMeetingWebPart', 'ReviewMeetingPanelWebPart'],
};
/** The page the issue measures: the pupil register, attendance (taking the register, the cohort) and PIPs. */
const PAGE = ['PupilRegisterWebPart', 'AttendanceWebPart', 'PipsWebPart'];

function main(): void {
  if (!existsSync(graphFile) || !existsSync(assets)) {
    console.error("No release/bundle-graph.json or release/assets: run 'npm run package' first.");
    process.exit(1);
  }
  const webParts: WebPartEntry[] = firstScreens(root);
  const sizes = new Map<string, FileSize>();
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const content = readFileSync(join(assets, f));
    sizes.set(f, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as BundleGraph;
  const enforceGoals = process.argv.includes('--goals');
  const report = bundleReport(graph, webParts, sizes, PAGE, enforceGoals ? GOALS : CEILINGS);
  const goals = bundleReport(graph, webParts, sizes, PAGE, GOALS);

  const cells = (l: FileSize): string => `${kb(l.raw).padStart(10)} raw ${kb(l.gzip).padStart(9)} gzip`;
  console.log(`First load of each web part (goal ${kb(GOALS.firstLoadGzip)} gzip), and the most it adds after another (goal ${kb(GOALS.furtherGzip)}):`);
  for (const w of report.webParts) {
    const fluent = w.fluentRaw > 0 ? `Fluent UI ${kb(w.fluentRaw)} raw` : 'no Fluent UI';
    console.log(`  ${w.alias.padEnd(28)} ${cells(w)}  in ${w.files.length} file(s);  adds ${kb(w.further.gzip).padStart(8)} gzip after ${w.further.after};  ${fluent}`);
  }
  console.log(`\nA page with ${report.page.aliases.join(' + ')}:`);
  for (const s of report.page.steps) console.log(`  + ${s.alias.padEnd(26)} ${cells(s)}`);
  console.log(`  = ${'all together'.padEnd(26)} ${cells(report.page.total)}`);
  console.log('\nLoaded only on demand (0 bytes until asked for):');
  for (const o of report.onDemand) console.log(`  ${o.name.padEnd(28)} ${cells(o)}  (${o.packages.join(', ')})`);
  console.log('\nFiles:');
  for (const [f, s] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${f.padEnd(56)} ${cells(s)}`);

  if (goals.failures.length > 0) {
    console.log(`\nIssue 18's goals not met yet (${goals.failures.length}):\n- ${goals.failures.join('\n- ')}`);
  } else {
    console.log("\nIssue 18's goals hold.");
  }
  const own = Object.entries(CEILINGS.firstLoadGzipOf ?? {}).map(([alias, b]) => `, ${alias} ${kb(b)}`).join('');
  const which = enforceGoals ? 'goals' : `ceilings (${kb(CEILINGS.firstLoadGzip)} first load${own}, ${kb(CEILINGS.furtherGzip)} further)`;
  if (report.failures.length > 0) {
    console.error(`\nOver the ${which}:\n- ${report.failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`\nWithin the ${which}.`);
}

main();
