/**
 * Every column of every list read through a record mapper, damaged in turn (generated from src/lists: the wrong
 * type, a choice outside the list, malformed JSON in multi-line columns, an empty required value), on a site seeded
 * with the demo data through the product. The list is then read the way the repositories read it (readAll with the
 * product's mapper): the read never fails, no other record disappears, and the damaged record either still loads
 * (the value was acceptable to it) or is reported as a problem naming the list, the item and the column.
 * The attendance weeks and pupils lists also have their own view-by-view test (badStoredData.test.ts). Lists the demo
 * data leaves empty are named by a test of their own and not damaged here (partial: seed a record of each to cover them).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalMode, type LocalMode, SITE_PATH } from '../../../../local/localMode';
import { connectAs, type LocalConnection } from '../../../../local/seed/localConnection';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { LISTS, type ListDefinition, type ListKey } from '../../../../src/lists';
import { readAll } from '../../../../src/data/sp/listReader';
import type { RecordMapper } from '../../../../src/data/sp/recordMapper';
import { attendanceActionMapper } from '../../../../src/data/sp/attendance/attendanceActionMapper';
import { amendmentMapper } from '../../../../src/data/sp/attendance/amendmentMapper';
import { behaviourLogMapper, semhProfileMapper } from '../../../../src/data/sp/behaviour/behaviourMappers';
import { ehcRequestMapper, reviewMeetingMapper } from '../../../../src/data/sp/meetings/meetingMappers';
import { parentContactMapper } from '../../../../src/data/sp/parents/parentContactMapper';
import { pipReviewMapper } from '../../../../src/data/sp/pips/pipReviewMapper';
import { pipMapper } from '../../../../src/data/sp/pips/pipMapper';
import { notificationMapper } from '../../../../src/data/sp/notifications/notificationMapper';
import { pupilHistoryMapper } from '../../../../src/data/sp/pupils/pupilHistoryMapper';
import { pupilMapper } from '../../../../src/data/sp/mappers/pupilMapper';
import { schoolContactMapper, schoolMapper } from '../../../../src/data/sp/mappers/schoolMappers';
import { learningLogEntryMapper, learningLogMapper } from '../../../../src/data/sp/learning/learningLogMappers';
import { targetMapper } from '../../../../src/data/sp/send/targetMapper';
import { assessmentMapper, supportPlanMapper } from '../../../../src/data/sp/send/sendMappers';
import { damagesFor, storeKey } from '../../../support/storedDamage';

jest.setTimeout(600000);

/** Every list a record mapper reads, by its key in src/lists. */
const MAPPERS: Partial<Record<ListKey, RecordMapper<object>>> = {
  schools: schoolMapper,
  schoolContacts: schoolContactMapper,
  pupils: pupilMapper,
  pupilHistory: pupilHistoryMapper,
  attendanceAmendments: amendmentMapper,
  attendanceActions: attendanceActionMapper,
  pips: pipMapper,
  pipReviews: pipReviewMapper,
  learningLogs: learningLogMapper,
  learningLogEntries: learningLogEntryMapper,
  reviewMeetings: reviewMeetingMapper,
  targets: targetMapper,
  supportPlans: supportPlanMapper,
  assessments: assessmentMapper,
  notifications: notificationMapper,
  ehcRequests: ehcRequestMapper,
  parentContacts: parentContactMapper,
  behaviourLog: behaviourLogMapper,
  semhProfiles: semhProfileMapper,
} as Partial<Record<ListKey, RecordMapper<object>>>;
/** Read by their own code, tested elsewhere: settings (SettingsRepository.test), weeks (badStoredData.test), registers and letters. */
const READ_OTHERWISE: readonly ListKey[] = ['settings', 'attendanceWeeks', 'registers', 'letters'];

let dbDir: string;
let local: LocalMode;
let admin: LocalConnection;

beforeAll(async () => {
  dbDir = mkdtempSync(join(tmpdir(), 'pathways-corruption-'));
  local = await startLocalMode({ port: 0, dbFile: join(dbDir, 'emulator.sqlite'), reset: true, seed: true });
  admin = connectAs(local.origin, SITE_PATH, DEFAULT_ADMIN.email);
});
afterAll(async () => {
  await local?.close();
  if (dbDir) rmSync(dbDir, { recursive: true, force: true });
});

test('every list is either read through a record mapper here or read by its own code tested elsewhere', () => {
  expect(LISTS.map((l) => l.key).filter((k) => !MAPPERS[k] && !READ_OTHERWISE.includes(k))).toEqual([]);
});

/** Lists the demo data leaves empty: their columns cannot be damaged here (seed a record of each to cover them). */
const NO_DEMO_ITEMS: readonly ListKey[] = [
  'pupilHistory', 'attendanceAmendments', 'attendanceActions', 'targets', 'supportPlans',
  'notifications', 'ehcRequests', 'parentContacts', 'semhProfiles',
];
test('the lists left empty by the demo data (not damaged here) are exactly those named', () => {
  const empty = LISTS.filter((l) => MAPPERS[l.key] && local.store.items(l.title).filter((i) => i.fsType === 0).length === 0).map((l) => l.key);
  expect(empty).toEqual(NO_DEMO_ITEMS);
});

const cases = LISTS.filter((l) => MAPPERS[l.key] && !NO_DEMO_ITEMS.includes(l.key)).flatMap((list) =>
  list.fields.flatMap((field) => damagesFor(field).map((damage) => [list.key, field.internalName, damage.why, list, field, damage] as const)),
);

test.each(cases)('%s › %s › %s', async (_key, _column, _why, list: ListDefinition, field, damage) => {
  const mapper = MAPPERS[list.key] as RecordMapper<object>;
  const stored = local.store.items(list.title).filter((i) => i.fsType === 0);
  const before = await readAll(admin.sp, mapper, { what: 'check the list' });
  const healthyBefore = new Set(before.items.map((i) => i.id));
  const victim = stored.find((i) => healthyBefore.has(i.id)) ?? stored[0];
  const original = victim.data[storeKey(field)];
  local.store.damageItem(list.title, victim.id, { [storeKey(field)]: damage.value });
  try {
    const after = await readAll(admin.sp, mapper, { what: 'check the list' });
    const loaded = new Set(after.items.map((i) => i.id));
    // Nothing else is hidden.
    expect([...healthyBefore].filter((id) => id !== victim.id && !loaded.has(id))).toEqual([]);
    // The damaged record loads (its value was still acceptable) or is named, with its column.
    const named = (after.problems ?? []).filter((p) => p.itemId === victim.id).map((p) => `${p.list}|${p.itemId}|${p.field}`);
    if (!loaded.has(victim.id)) expect(named).toContain(`${list.title}|${victim.id}|${field.internalName}`);
  } finally {
    local.store.damageItem(list.title, victim.id, { [storeKey(field)]: original });
  }
});
