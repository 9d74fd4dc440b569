/**
 * "Apply to all pupils now" / "Repair all" (docs/sharing.md): a change of a sharing setting applied to every pupil in
 * one action, enforced by SharePoint. Read by plain REST as the home school's named staff before and after: the
 * pupils' folders in Pathways PIPs are hidden while PIPs are not shared, and readable once the run has updated them.
 * Cancel stops between pupils (the one in hand finishes whole) and running it again finishes the rest; a pupil
 * already up to date is skipped; a failure is named with its reason and "try again" retries just those; throttling
 * (parts of a batch, then every request) is waited out; someone who may not change permissions is stopped at once.
 */
import { listByKey } from '../../../../src/lists';
import type { RepairAllOptions, RepairAllProgress, RepairAllResult } from '../../../../src/data/ports';
import type { RepairPoolOptions } from '../../../../src/data/sp/access/repairAll';
import { SchoolGroupService } from '../../../../src/data/sp/access/SchoolGroupService';
import type { SchoolSettings } from '../../../../src/domain';
import { pupilFolderUrl } from '../../../../src/data/sp/siteInfo';
import { rawFetch } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'senco@oakfield.example.sch.uk';
const OFFICE = 'office@pathways.example.org';
let fx: PathwaysFixture;
let oakId: number;
const refs = ['PH-R1', 'PH-R2', 'PH-R3', 'PH-R4', 'PH-R5'];

async function withSharing(change: Partial<SchoolSettings['homeSchoolSharing']>): Promise<void> {
  const current = await fx.admin.services.settings.get({ fresh: true });
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing: { ...current.homeSchoolSharing, ...change } }, 'etag' in current ? current.etag : undefined);
}

/** The pupils whose folder in Pathways PIPs the home school's staff can open by plain REST. */
async function pipFoldersReadBy(email: string, pupilRefs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const ref of pupilRefs) {
    const path = new URL(pupilFolderUrl(fx.emulator.siteUrl, listByKey('pips').url, ref), fx.emulator.origin).pathname;
    const r = await rawFetch(`${fx.emulator.siteUrl}/_api/web/getFolderByServerRelativePath(decodedurl='${encodeURIComponent(path)}')/listItemAllFields?$select=Id`, email);
    if (r.status === 200 && typeof ((await r.json()) as { Id?: unknown }).Id === 'number') out.push(ref);
  }
  return out;
}

const outOfDate = async (): Promise<string[]> => (await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef).sort();
/** The service's own options beside the port's (how many at once, the pause and the clock): the tests set them. */
const repairAll = (options: RepairAllOptions & RepairPoolOptions = {}, email?: string): Promise<RepairAllResult> =>
  (email ? fx.as(email) : fx.admin).services.pupilAccess.repairAll(options);
const counts = (r: RepairAllResult) => ({ of: r.of, updated: r.updated, alreadyUpToDate: r.alreadyUpToDate, failed: r.failures.length, notStarted: r.notStarted, cancelled: r.cancelled });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oakId = (await fx.addSchool('Oakfield Academy', '990911', [OAK])).school.id;
  for (const ref of refs) await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oakId });
  fx.addStaff(OFFICE, 'office');
}, 120000);
afterAll(() => fx.close());

test('a switch turned on is applied to every pupil in one run, with progress; SharePoint then lets the school read each folder', async () => {
  expect(await pipFoldersReadBy(OAK, refs)).toEqual([]);
  await withSharing({ pips: true });
  expect(await outOfDate()).toEqual(refs);
  expect(await pipFoldersReadBy(OAK, refs)).toEqual([]);

  const progress: RepairAllProgress[] = [];
  const result = await repairAll({ onProgress: (p) => progress.push(p) });
  expect(counts(result)).toEqual({ of: 5, updated: 5, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
  expect(progress[0]).toEqual({ done: 0, of: 5 });
  expect(progress[progress.length - 1]).toMatchObject({ done: 5, of: 5 });
  expect(progress.filter((p) => p.current !== undefined).map((p) => p.current)).toContain('FirstPHR3 LastPHR3');
  expect(await pipFoldersReadBy(OAK, refs)).toEqual(refs);
  expect(await outOfDate()).toEqual([]);
  // Nothing left to do: a second run touches nobody.
  expect(counts(await repairAll())).toEqual({ of: 0, updated: 0, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
});

test('Cancel stops between pupils (the one in hand finishes whole); running it again finishes the rest and skips those up to date', async () => {
  await withSharing({ pips: false });
  const controller = new AbortController();
  const cancelled = await repairAll({
    signal: controller.signal,
    concurrency: 1,
    onProgress: (p) => {
      if (p.current !== undefined && p.done === 0) controller.abort(); // Cancel pressed while the first pupil is in hand
    },
  });
  expect(counts(cancelled)).toEqual({ of: 5, updated: 1, alreadyUpToDate: 0, failed: 0, notStarted: 4, cancelled: true });
  // The first pupil is finished whole: the school no longer reads its folder, and it is not listed out of date.
  expect(await pipFoldersReadBy(OAK, refs)).toEqual(refs.slice(1));
  expect(await outOfDate()).toEqual(refs.slice(1));

  // "Try again" for pupils of whom one is already up to date: it is skipped, nothing is written for it.
  const some = (await fx.admin.services.pupilAccess.findMismatches()).items.slice(0, 1).map((m) => m.pupilId);
  const first = (await fx.admin.services.pupils.list()).items.find((p) => p.pupilRef === 'PH-R1')?.id ?? 0;
  expect(counts(await repairAll({ pupilIds: [first, ...some] }))).toEqual({ of: 2, updated: 1, alreadyUpToDate: 1, failed: 0, notStarted: 0, cancelled: false });

  expect(counts(await repairAll())).toEqual({ of: 3, updated: 3, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
  expect(await pipFoldersReadBy(OAK, refs)).toEqual([]);
  expect(await outOfDate()).toEqual([]);
});

test('throttled parts of a batch are sent again after their Retry-After; a pupil SharePoint keeps refusing as busy is paused for and tried again', async () => {
  await withSharing({ pips: true });
  // Single parts of the next batches answered 429 with Retry-After (SharePoint throttles parts; PnPjs retries only whole requests).
  fx.emulator.batchFaults.inject({ skip: 3, count: 4, status: 429, retryAfterSeconds: 0 });
  const partly = await repairAll({ concurrency: 2 });
  expect(counts(partly)).toEqual({ of: 5, updated: 5, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
  expect(await pipFoldersReadBy(OAK, refs)).toEqual(refs);

  // Every request throttled (503 Server Too Busy): the run pauses everyone, and once SharePoint answers again goes on.
  await withSharing({ pips: false });
  const throttle = fx.emulator.context.throttle;
  throttle.status = 503;
  throttle.retryAfterSeconds = 0;
  const pauses: number[] = [];
  const progress: RepairAllProgress[] = [];
  let result: RepairAllResult;
  try {
    result = await repairAll({
      concurrency: 2,
      pauseMs: (attempt: number) => attempt * 1000,
      onProgress: (p: RepairAllProgress) => {
        // The run has found its pupils (its first report comes before any pupil starts): from now on SharePoint answers every request 503.
        if (progress.length === 0) throttle.rate = 1;
        progress.push(p);
      },
      wait: async (ms: number) => {
        pauses.push(ms);
        throttle.rate = 0; // SharePoint has recovered by the end of the pause
      },
    });
  } finally {
    throttle.rate = 0;
  }
  expect(counts(result)).toEqual({ of: 5, updated: 5, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
  expect(pauses.length).toBeGreaterThan(0);
  expect(progress.some((p) => (p.waitingSeconds ?? 0) > 0)).toBe(true);
  expect(await pipFoldersReadBy(OAK, refs)).toEqual([]);
});

test('a pupil that cannot be updated is named with the reason; “try again” retries just those; someone without the right is stopped at once', async () => {
  const birch = await fx.admin.services.schools.create({ name: 'Birchwood School', urn: '990912', phase: 'Secondary', email: 'office@990912.example.sch.uk', active: true });
  await fx.addPupil('PH-R6', { registration: 'Dual', homeSchoolId: birch.id });
  await withSharing({ pips: true });
  const result = await repairAll();
  expect(counts(result)).toEqual({ of: 6, updated: 5, alreadyUpToDate: 0, failed: 1, notStarted: 0, cancelled: false });
  expect(result.failures).toEqual([expect.objectContaining({ pupilRef: 'PH-R6', reason: 'no-staff-group', message: expect.stringMatching(/Birchwood School has no staff group yet/) })]);

  // The school's named staff added: trying the one again updates it.
  fx.emulator.store.addUser({ email: 'head@birchwood.example.sch.uk', displayName: 'Head Birchwood', userType: 'Guest' });
  const contact = await fx.admin.services.schools.addContact({ schoolId: birch.id, fullName: 'Head Birchwood', role: 'SENCO', email: 'head@birchwood.example.sch.uk', notify: true });
  const groups = new SchoolGroupService(fx.admin.sp);
  await groups.syncMembers(await groups.ensureGroup(await fx.admin.services.schools.get(birch.id)), [contact]);
  expect(counts(await repairAll({ pupilIds: result.failures.map((f) => f.pupilId) }))).toEqual({ of: 1, updated: 1, alreadyUpToDate: 0, failed: 0, notStarted: 0, cancelled: false });
  expect(await pipFoldersReadBy('head@birchwood.example.sch.uk', ['PH-R6'])).toEqual(['PH-R6']);
  expect(await outOfDate()).toEqual([]);

  // Office staff may not change permissions: the first pupil says so, and no other is started.
  await withSharing({ pips: false });
  const office = await repairAll({ concurrency: 1 }, OFFICE);
  expect(counts(office)).toEqual({ of: 6, updated: 0, alreadyUpToDate: 0, failed: 1, notStarted: 5, cancelled: false });
  expect(office.failures[0]).toMatchObject({ reason: 'needs-leadership', message: expect.stringMatching(/only a member of Pathways Hub Leadership or a site owner/) });
  expect(await pipFoldersReadBy(OAK, refs)).toEqual(refs);
});
