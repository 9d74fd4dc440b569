/**
 * Every column of every list read through a record mapper, damaged in turn (generated from src/lists: the wrong
 * type, a choice outside the list, malformed JSON in multi-line columns, an empty required value), on a site seeded
 * with the demo data through the product, plus one record of each list the demo may leave empty, entered through
 * the product's services (tests/support/oneOfEachList.ts). After each damage every repository read the views make of
 * that list is run (listReaders.ts), and the whole list is read with the product's mapper: no read fails, no other
 * record disappears, and the damaged record either still loads (the value was acceptable to it) or is reported as a
 * problem naming the list, the item and the column. A read whose query filters on the damaged column may simply not
 * find the item (SharePoint would not either); the whole-list read must still name it.
 * The attendance weeks and pupils lists also have their own view-by-view test (badStoredData.test.ts).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalMode, type LocalMode, SITE_PATH } from '../../../../local/localMode';
import { connectAs, type LocalConnection } from '../../../../local/seed/localConnection';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { LISTS, type FieldDefinition, type ListDefinition, type ListKey } from '../../../../src/lists';
import { readAll } from '../../../../src/data/sp/listReader';
import type { RecordReader } from '../../../../src/data/sp/recordMapper';
import { attendanceActionMapper, attendanceActionNotesMapper } from '../../../../src/data/sp/attendance/attendanceActionMapper';
import { amendmentMapper } from '../../../../src/data/sp/attendance/amendmentMapper';
import { behaviourLogMapper } from '../../../../src/data/sp/behaviour/behaviourMappers';
import { semhProfileMapper } from '../../../../src/data/sp/behaviour/semhProfileMapper';
import { ehcRequestMapper, meetingNotesMapper, reviewMeetingMapper } from '../../../../src/data/sp/meetings/meetingMappers';
import { parentContactMapper, parentContactNotesMapper } from '../../../../src/data/sp/parents/parentContactMapper';
import { pipReviewMapper } from '../../../../src/data/sp/pips/pipReviewMapper';
import { pipMapper } from '../../../../src/data/sp/pips/pipMapper';
import { pipConfidentialMapper } from '../../../../src/data/sp/pips/pipConfidentialMapper';
import { laReturnMapper } from '../../../../src/data/sp/pips/LaReturnRepository';
import { leadershipReportMapper } from '../../../../src/data/sp/reports/LeadershipReportLibrary';
import { notificationMapper } from '../../../../src/data/sp/notifications/notificationMapper';
import { pupilHistoryMapper } from '../../../../src/data/sp/pupils/pupilHistoryMapper';
import { pupilMapper } from '../../../../src/data/sp/mappers/pupilMapper';
import { pupilConfidentialMapper } from '../../../../src/data/sp/mappers/pupilConfidentialMapper';
import { schoolContactMapper, schoolMapper } from '../../../../src/data/sp/mappers/schoolMappers';
import { learningLogEntryMapper, learningLogMapper } from '../../../../src/data/sp/learning/learningLogMappers';
import { targetMapper } from '../../../../src/data/sp/send/targetMapper';
import { assessmentMapper, supportPlanMapper } from '../../../../src/data/sp/send/sendMappers';
import { transitionPlanMapper } from '../../../../src/data/sp/transition/transitionMappers';
import { damagesFor, storeKey, type StoredDamage } from '../../../support/storedDamage';
import { addOneOfEachList, ONE_OF_EACH_NOW } from '../../../support/oneOfEachList';
import { outcomeOf, READERS, type Reader, type ReaderContext } from './listReaders';

jest.setTimeout(600000);

/** Every list a record mapper reads, by its key in src/lists. */
const MAPPERS: Partial<Record<ListKey, RecordReader<object>>> = {
  schools: schoolMapper,
  schoolContacts: schoolContactMapper,
  pupils: pupilMapper,
  pupilConfidential: pupilConfidentialMapper,
  pupilHistory: pupilHistoryMapper,
  attendanceAmendments: amendmentMapper,
  attendanceActions: attendanceActionMapper,
  attendanceActionNotes: attendanceActionNotesMapper,
  pips: pipMapper,
  pipConfidential: pipConfidentialMapper,
  pipReviews: pipReviewMapper,
  learningLogs: learningLogMapper,
  learningLogEntries: learningLogEntryMapper,
  reviewMeetings: reviewMeetingMapper,
  reviewMeetingNotes: meetingNotesMapper,
  targets: targetMapper,
  supportPlans: supportPlanMapper,
  assessments: assessmentMapper,
  notifications: notificationMapper,
  ehcRequests: ehcRequestMapper,
  parentContacts: parentContactMapper,
  parentContactNotes: parentContactNotesMapper,
  behaviourLog: behaviourLogMapper,
  semhProfiles: semhProfileMapper,
  laReturns: laReturnMapper,
  leadershipReports: leadershipReportMapper,
  transitionPlans: transitionPlanMapper,
} as Partial<Record<ListKey, RecordReader<object>>>;
/** Read by their own code, tested elsewhere: settings (SettingsRepository.test), weeks (badStoredData.test), registers and letters. */
const READ_OTHERWISE: readonly ListKey[] = ['settings', 'attendanceWeeks', 'registers', 'letters'];

let dbDir: string;
let local: LocalMode;
let admin: LocalConnection;

beforeAll(async () => {
  dbDir = mkdtempSync(join(tmpdir(), 'pathways-corruption-'));
  local = await startLocalMode({ port: 0, dbFile: join(dbDir, 'emulator.sqlite'), reset: true, seed: true });
  admin = connectAs(local.origin, SITE_PATH, DEFAULT_ADMIN.email, DEFAULT_ADMIN.displayName, ONE_OF_EACH_NOW);
  await addOneOfEachList(admin.services);
});
afterAll(async () => {
  await local?.close();
  if (dbDir) rmSync(dbDir, { recursive: true, force: true });
});

const itemsOf = (list: ListDefinition) => local.store.items(list.title).filter((i) => i.fsType === 0);

test('every list is either read through a record mapper here or read by its own code tested elsewhere', () => {
  expect(LISTS.map((l) => l.key).filter((k) => !MAPPERS[k] && !READ_OTHERWISE.includes(k))).toEqual([]);
});

test('every list read through a mapper names the reads the views make of it', () => {
  expect(LISTS.map((l) => l.key).filter((k) => MAPPERS[k] && !READERS[k])).toEqual([]);
});

test('every list read through a mapper holds a record to damage (none is left out for being empty)', () => {
  expect(LISTS.filter((l) => MAPPERS[l.key] && itemsOf(l).length === 0).map((l) => l.key)).toEqual([]);
});

/** What every read returned before any damage, once per list (each case puts the value back). */
interface Baseline {
  readonly victim: { readonly id: number; readonly data: Readonly<Record<string, unknown>> };
  /** Each read, the ids it returned and the $filter text of the queries it made. */
  readonly reads: ReadonlyArray<{ readonly name: string; readonly read: Reader; readonly ids: ReadonlySet<number>; readonly filters: string }>;
}
const baselines = new Map<ListKey, Baseline>();

function readersOf(list: ListDefinition): Array<[string, Reader]> {
  const mapper = MAPPERS[list.key] as RecordReader<object>;
  return [['readAll (the whole list)', (c: ReaderContext) => readAll(c.sp, mapper, { what: 'check the list' })], ...Object.entries(READERS[list.key] ?? {})];
}

async function baselineOf(list: ListDefinition): Promise<Baseline> {
  const known = baselines.get(list.key);
  if (known) return known;
  const mapper = MAPPERS[list.key] as RecordReader<object>;
  const healthy = outcomeOf(await readAll(admin.sp, mapper, { what: 'check the list' })).ids;
  const stored = itemsOf(list);
  const victim = stored.find((i) => healthy.has(i.id)) ?? stored[0];
  const context: ReaderContext = { services: admin.services, sp: admin.sp, stored: { ...victim.data } };
  const reads = [];
  for (const [name, read] of readersOf(list)) {
    const { result, filters } = await withFilterColumns(() => read(context));
    reads.push({ name, read, ids: outcomeOf(result).ids, filters });
  }
  const made = { victim: { id: victim.id, data: { ...victim.data } }, reads };
  baselines.set(list.key, made);
  return made;
}

/** The columns a read's queries filter on (from the $filter of every request it made, batched or not). */
async function withFilterColumns<T>(work: () => Promise<T>): Promise<{ result: T; filters: string }> {
  const realFetch = globalThis.fetch;
  const seen: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = typeof init?.body === 'string' ? init.body : '';
    for (const text of [url, body]) {
      let decoded = text;
      try {
        decoded = decodeURIComponent(text);
      } catch {
        /* keep it as sent */
      }
      for (const m of decoded.matchAll(/\$filter=([^&\r\n]*)/g)) seen.push(m[1]);
    }
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    return { result: await work(), filters: seen.join(' ') };
  } finally {
    globalThis.fetch = realFetch;
  }
}
const filtersOn = (filters: string, f: FieldDefinition): boolean => new RegExp(`\\b${f.internalName}(Id)?\\b`).test(filters);

const cases = LISTS.filter((l) => MAPPERS[l.key]).flatMap((list) =>
  list.fields.flatMap((field) => damagesFor(field).map((damage) => [list.key, field.internalName, damage.why, list, field, damage] as const)),
);

test.each(cases)('%s › %s › %s', async (_key, _column, _why, list: ListDefinition, field: FieldDefinition, damage: StoredDamage) => {
  const { victim, reads } = await baselineOf(list);
  const context: ReaderContext = { services: admin.services, sp: admin.sp, stored: victim.data };
  const expected = `${list.title}|${victim.id}|${field.internalName}`;
  local.store.damageItem(list.title, victim.id, { [storeKey(field)]: damage.value });
  try {
    // The reads run side by side (each case's time is its slowest read); their queries are those of the baseline.
    const failures = await Promise.all(reads.map(async ({ name, read, ids: before, filters }) => {
      let result: Awaited<ReturnType<Reader>>;
      try {
        result = await read(context);
      } catch (e) {
        return [`${name} failed: ${e instanceof Error ? e.message : String(e)}`];
      }
      const { ids, named } = outcomeOf(result);
      const out: string[] = [];
      // Nothing else is hidden.
      const lost = [...before].filter((id) => id !== victim.id && !ids.has(id));
      if (lost.length > 0) out.push(`${name} lost items ${lost.join(', ')}`);
      // The damaged record loads, is named with its column, or is not found by a query on the damaged column.
      if (before.has(victim.id) && !ids.has(victim.id) && !named.includes(expected) && !filtersOn(filters, field))
        out.push(`${name} left item ${victim.id} out without naming it (named: ${named.join('; ') || 'nothing'})`);
      return out;
    }));
    expect(failures.flat()).toEqual([]);
  } finally {
    local.store.damageItem(list.title, victim.id, { [storeKey(field)]: victim.data[storeKey(field)] });
  }
});
