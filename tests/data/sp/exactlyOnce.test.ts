/**
 * Exactly-once creates over real HTTP (issue 16), through the production learning-log repository and PnPjs with its
 * own retries: a record whose answer is lost (the emulator stores it, then answers 504 or drops the connection, and
 * PnPjs sends it again by itself) is stored once and returned; a record whose read-back is throttled is reported as
 * saved, not failed, and the person's "try again" finds the first copy instead of making a second. A school's
 * named contact (a list outside the pupils' folders) likewise.
 */
import { SpLearningLogRepository } from '../../../src/data/sp/learning/LearningLogRepository';
import type { LearningLogEntry } from '../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { aContact } from '../../support/schoolBuilders';

let fx: PathwaysFixture;
let repo: SpLearningLogRepository;
const TEACHER = 'maths.teacher@pathways.example.org';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  repo = new SpLearningLogRepository(fx.admin.sp, fx.emulator.siteUrl);
});
afterAll(() => fx.close());

const throttle = (rate: number): Promise<Response> =>
  fetch(`${fx.emulator.origin}/_emulator/throttle`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rate, retryAfterSeconds: 0 }) });

async function pupilWithLog(ref: string): Promise<{ pupilId: number; logId: number }> {
  const pupil = await fx.addPupil(ref);
  const log = await repo.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, ref);
  return { pupilId: pupil.id, logId: log.id };
}

const entryFor = (ids: { pupilId: number; logId: number }, entry: string): LearningLogEntry => ({
  ...ids,
  subject: 'Maths',
  teacher: TEACHER,
  entryDate: '2026-11-16',
  entry,
  highlight: false,
});

/** Stored copies of an entry, as an administrator sees the list (not through the repository under test). */
const copies = async (entry: string): Promise<number> =>
  (await fx.admin.sp.web.lists.getByTitle('Pathways Learning Log Entries').items.select('Id', 'PwEntry')<{ PwEntry: string }[]>()).filter((i) => i.PwEntry === entry).length;

test.each(['504', 'drop'] as const)('an entry whose answer is lost (%s, re-sent by PnPjs) is stored once and returned', async (mode) => {
  const ids = await pupilWithLog(`PH-X${mode}`);
  fx.emulator.lostAnswers.inject({ path: 'AddValidateUpdateItemUsingPath', count: 1, mode });
  const saved = await repo.addEntry(entryFor(ids, `Lost answer ${mode}`), `PH-X${mode}`);
  expect(fx.emulator.lostAnswers.pending).toBe(0);
  expect(saved).toMatchObject({ id: expect.any(Number), entry: `Lost answer ${mode}`, pupilId: ids.pupilId });
  expect(await copies(`Lost answer ${mode}`)).toBe(1);
});

test('an entry whose read-back is throttled is reported as saved, and trying again finds it instead of adding a second', async () => {
  const ids = await pupilWithLog('PH-XR');
  const entry = entryFor(ids, 'Read-back throttled');
  // Throttle everything once the add has been answered: the entry is stored, reading it back is refused.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await realFetch(input, init);
    if (/AddValidateUpdateItemUsingPath/i.test(String(input instanceof Request ? input.url : input))) await throttle(1);
    return res;
  }) as typeof fetch;
  let failure: unknown;
  try {
    await repo.addEntry(entry, 'PH-XR');
  } catch (e) {
    failure = e;
  } finally {
    globalThis.fetch = realFetch;
    await throttle(0);
  }
  expect(failure).toMatchObject({ kind: 'saved-unconfirmed' });
  const message = (failure as Error).message;
  expect(message).toMatch(/^The Maths entry was saved/);
  expect(message).toMatch(/no need to add it again/);
  expect(message).not.toMatch(/429|Retry count|try again/i);

  const again = await repo.addEntry(entry, 'PH-XR');
  expect(again).toMatchObject({ entry: 'Read-back throttled' });
  expect(await copies('Read-back throttled')).toBe(1);
  // The same words on another occasion are a new entry, not the first one found again.
  await repo.addEntry(entry, 'PH-XR');
  expect(await copies('Read-back throttled')).toBe(2);
});

test('an entry linked to another pupil’s log is refused, nothing written', async () => {
  const mine = await pupilWithLog('PH-XA');
  const theirs = await pupilWithLog('PH-XB');
  await expect(repo.addEntry(entryFor({ pupilId: mine.pupilId, logId: theirs.logId }, 'Wrong log'), 'PH-XA')).rejects.toMatchObject({
    kind: 'invalid-record',
    message: expect.stringMatching(/belongs to another pupil/),
  });
  expect(await copies('Wrong log')).toBe(0);
});

describe('a school’s named contact', () => {
  /** Stored copies of a contact by e-mail address, as an administrator sees the list. */
  const contactCopies = async (email: string): Promise<number> =>
    (await fx.admin.sp.web.lists.getByTitle('Pathways School Contacts').items.select('Id', 'PwEmail')<{ PwEmail: string }[]>()).filter((i) => i.PwEmail === email).length;

  test.each(['504', 'drop'] as const)('whose answer is lost (%s, re-sent by PnPjs) is stored once, with its key, and returned', async (mode) => {
    const { school } = await fx.addSchool(`Lost Answer ${mode} School`, mode === '504' ? '990504' : '990505', []);
    const email = `senco.${mode}@lost${mode}.example.sch.uk`;
    fx.emulator.lostAnswers.inject({ method: 'POST', path: '/items', count: 1, mode });
    const saved = await fx.admin.services.schools.addContact(aContact({ schoolId: school.id, fullName: `Sam Lost ${mode}`, email }));
    expect(fx.emulator.lostAnswers.pending).toBe(0);
    expect(saved).toMatchObject({ id: expect.any(Number), email, schoolId: school.id });
    expect(await contactCopies(email)).toBe(1);
    const stored = fx.emulator.store.item('Pathways School Contacts', saved.id).data.PwClientKey;
    expect(typeof stored === 'string' && stored.length > 0).toBe(true);
    expect((await fx.admin.services.schools.contacts(school.id)).items.map((c) => c.email)).toEqual([email]);
  });
});
