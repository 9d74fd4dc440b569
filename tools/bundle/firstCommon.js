'use strict';
/**
 * The `first-common` chunk group's modules (gulpfile.js): what nine or more of the twelve first screens read (zod,
 * the settings and their rules, the list reader and field codec, the pupils' reads and rules, the user's rights,
 * the columns and lists they all declare), in one file rather than the seventeen small ones the `shared` rule made of
 * it: each file is compressed on its own, so many small files cost more than their sum (measured with
 * `npm run bench:bundle`: Today 160.6 -> 148.9 KB gzip, the register 102.0 -> 94.3, Reports 164.8 -> 153.1; Import,
 * which reads only the user's rights, 67.0 -> 92.4, and Site setup 117.9 -> 119.5 load some of it without using it).
 * Only read code: what a write alone needs (validation, the exactly-once writer, folder writer) stays in the write
 * chunks. A module that few first screens read must not be added to this list (every web part would load it).
 * Session 10: the plain controls and hooks eleven or twelve first screens draw with came in (below).
 *
 * Session 11: besides the list, first-common takes in every module that the first screens of two or more web parts
 * read (firstCommonModule, below), bar KEPT_OUT. Issue 18 asks for both a first load of 120 KB gzip and at most 15 KB
 * more for each further web part on a page: whatever a web part reads first beyond 15 KB must then be in what every
 * web part loads. Before, code two first screens shared (the due calendar, PIPs' and attendance's reads and rules)
 * was loaded again by each of them after any other web part (Today, the panel, Attendance, Site setup, Review
 * meetings added 39-44 KB). Now a second web part adds only its own first screen (Review meetings 38.8 -> 5.6 KB,
 * the panel 42.4 -> 14.8, Today 44.3 -> 14.4); the price is that web parts which read little (Import, the register,
 * SEND support) load 25-30 KB more on their first visit, all still under 120 KB. The shared file is the same for
 * every page of the site, so the browser downloads it once per release, not once per page.
 *
 * The list is kept here, on its own, so that tests/bench/firstCommon.test.ts can check that every entry still names
 * a module (a renamed file would otherwise drop out of the group without anything failing). Two kinds of entry:
 * - `lib/<path>`: the module webpack bundles from lib/<path>.js, compiled from src/<path>.ts or .tsx;
 * - `node_modules/<package path>/`: every file under that folder of a package.
 * Two entries of the regular expression this list replaced matched no module and were left out (the group holds the
 * same modules): `data/sp/confidential/` (a folder, but the pattern ended in `.js`) and `data/sp/mappers/pupil`
 * (the files are pupilMapper and pupilConfidentialMapper). Measured since (session 10): they belong here, named
 * one by one below with ConfidentialStore and confidentialKey.
 */
const FIRST_COMMON = [
  'node_modules/zod/',
  'lib/domain/settings/schoolSettings',
  'lib/domain/settings/termDates',
  'lib/domain/settings/sessionTimes',
  'lib/domain/settings/laPartTimeReturn',
  'lib/domain/settings/behaviourLogSettings',
  'lib/domain/settings/reportSettings',
  'lib/domain/settings/defaultSettings',
  'lib/domain/settings/letterSharing',
  'lib/domain/settings/homeSchoolSharing',
  'lib/domain/common/fields',
  'lib/domain/common/validationIssue',
  'lib/domain/dates/clockTime',
  'lib/domain/dates/academicYear',
  'lib/domain/dates/isoDates',
  'lib/domain/dates/londonTime',
  'lib/domain/vocabulary',
  'lib/domain/pupils/pupil',
  'lib/domain/pupils/upn',
  'lib/domain/pupils/pupilContacts',
  'lib/domain/attendance/codes',
  'lib/domain/send/censusCodes',
  'lib/domain/pip/letterRecord',
  'lib/data/sp/SettingsRepository',
  'lib/data/sp/SettingsValidationError',
  'lib/data/sp/listReader',
  'lib/data/sp/fieldCodec',
  'lib/data/sp/recordMapper',
  'lib/data/sp/spDates',
  'lib/data/sp/PupilReads',
  // What the pupils' reads use (ten first screens read pupils): with them here, a web part on a page with another
  // does not load them again (learning logs adds 15.4 -> 13.2 KB gzip after another, the register 12.7 -> 10.6, PIPs
  // 21.0 -> 18.9, the rest -2); Import and Administration, which read no pupil, load them first (+1.2 KB gzip each).
  'lib/data/sp/mappers/pupilMapper',
  'lib/data/sp/mappers/pupilConfidentialMapper',
  'lib/data/sp/confidential/ConfidentialStore',
  'lib/data/sp/confidential/confidentialKey',
  'lib/data/sp/pupils/PupilConfidentialStore',
  'lib/data/sp/access/UserAccess',
  'lib/data/sp/access/shareAction',
  'lib/data/sp/pnp/security',
  'lib/lists/declared/columns',
  'lib/lists/declared/pupils',
  'lib/lists/declared/pupilConfidential',
  'lib/lists/declared/schools',
  'lib/lists/declared/learningLogEntries',
  'lib/lists/declared/ehcRequests',
  'lib/lists/retentionRules',
  'lib/lists/uniqueKeys',
  'lib/lists/weekSessions',
  // The plain controls and hooks every first screen draws with (eleven or twelve of them): one copy in this file, not
  // one in each web part's view chunk, so a second web part on a page does not load them again.
  'lib/ui/plain/sheet',
  'lib/ui/plain/MessageBar',
  'lib/ui/plain/buttons',
  'lib/ui/plain/icons',
  'lib/ui/plain/Text',
  'lib/ui/errorText',
  'lib/ui/useAsync',
  'lib/ui/onDemand',
  'node_modules/@pnp/sp/security/',
  'node_modules/@pnp/sp/site-groups/',
  'node_modules/@pnp/sp/site-users/',
];

/**
 * Read by two or more first screens, but kept out of first-common: only web parts whose own first screen stays well
 * under 15 KB gzip with them read them (Review meetings and the panel, learning logs and SEND support, the register,
 * PIPs and the panel, Attendance and Reports, …), and every other web part would load them first for nothing
 * (measured: first-common 77.5 -> 71.6 KB gzip without them).
 */
const KEPT_OUT = [
  'lib/webparts/reviewMeeting/components/ReviewMeetings',
  'lib/webparts/reviewMeeting/components/host',
  'lib/webparts/reviewMeeting/components/shared',
  'lib/webparts/reviewMeeting/components/meeting/offline/outcomeKeeper',
  'lib/ui/plain/PlainCombobox',
  'lib/ui/PupilPage',
  'lib/ui/DataTable',
  'lib/ui/RecordProblems',
  'lib/ui/download',
  'lib/ui/offline/offlineQueue',
  'lib/ui/offline/connection',
  'lib/data/sp/send/TargetReads',
  'lib/data/sp/send/targetMapper',
  'lib/domain/targets/target',
  'lib/domain/pupils/pupilFlags',
  // Read first by Today and one light screen only (Site setup's status names every list, Reports its library):
  // Today and they load them anyway, so every other web part need not.
  'lib/lists/declared/behaviourLog',
  'lib/lists/declared/laReturns',
  'lib/lists/declared/notifications',
  'lib/lists/declared/leadershipReports',
];

const SEP = '[\\\\/]';
const escape = (segment) => segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathPattern = (path) => path.split('/').filter(Boolean).map(escape).join(SEP);

/** The pattern one entry stands for, matched against the absolute path webpack gives a module (either separator). */
function entryPattern(entry) {
  if (entry.startsWith('lib/') && !entry.endsWith('/')) return `${SEP}lib${SEP}${pathPattern(entry.slice('lib/'.length))}\\.js$`;
  if (entry.startsWith('node_modules/') && entry.endsWith('/')) return `${SEP}${pathPattern(entry)}${SEP}`;
  throw new Error(`first-common: "${entry}" is neither lib/<module path> nor node_modules/<folder>/`);
}

/** The cache group's `test`: a module is in first-common when any entry matches it. */
function firstCommonTest(entries = FIRST_COMMON) {
  return new RegExp(entries.map(entryPattern).join('|'));
}

/** Chunk group name -> the aliases of the web parts that load it first (firstScreens.js). */
function firstReaders(screens) {
  const readers = new Map();
  for (const s of screens) for (const g of s.firstChunkGroups) readers.set(g, new Set([...(readers.get(g) || []), s.alias]));
  return readers;
}

/**
 * The first-common cache group's `test`: a module is in it when the list names it, or when the first screens of two
 * or more web parts load it (the web parts that load first any chunk group the module is in, before the split) and
 * KEPT_OUT does not name it. `screens`: firstScreens(root) (tools/bundle/firstScreens.js).
 */
function firstCommonModule(screens) {
  const listed = firstCommonTest();
  const keptOut = firstCommonTest(KEPT_OUT);
  const readers = firstReaders(screens);
  return (module, { chunkGraph }) => {
    const name = module.nameForCondition() || '';
    if (listed.test(name)) return true;
    if (keptOut.test(name)) return false;
    const aliases = new Set();
    for (const chunk of chunkGraph.getModuleChunksIterable(module)) for (const g of chunk.groupsIterable) for (const a of readers.get(g.name) || []) aliases.add(a);
    return aliases.size >= 2;
  };
}

module.exports = { FIRST_COMMON, KEPT_OUT, entryPattern, firstCommonTest, firstCommonModule };
