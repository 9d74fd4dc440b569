/**
 * The site snapshot finds the declared unique columns holding an empty value (every list's asked in one batch), which
 * setup must fill before it can keep them unique.
 */
import { readSiteSnapshot } from '../../../../src/data/sp/setup/siteSnapshot';
import { listByKey } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

test('a unique column with an empty value is found; one without is not; the empties are asked in one request', async () => {
  const before = await readSiteSnapshot(fx.admin.sp);
  expect(before.lists.get('schools')?.emptyUnique).toEqual([]);
  fx.emulator.store.addItem(listByKey('schools').title, { Title: 'No URN yet', PwPhase: 'Primary' });
  const { result, requests } = await fx.countRequests(() => readSiteSnapshot(fx.admin.sp));
  expect(result.lists.get('schools')?.emptyUnique).toEqual(['PwUrn']);
  expect(result.lists.get('pupils')?.emptyUnique).toEqual([]);
  expect(requests.filter((r) => /eq(\s|%20|\+)null/i.test(r))).toEqual([]); // none asked on its own: in the batch
});
