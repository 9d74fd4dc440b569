/**
 * Issue 10, item 11: Pathways Hub decorates its SharePoint traffic as Microsoft's throttling guidance asks
 * (X-ClientService-ClientTag: NONISV|<publisher>|PathwaysHub/<version>), on every request, batches included.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CLIENT_TAG, PATHWAYS_HUB_VERSION } from '../../../src/data/sp/pnpSetup';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

const root = join(__dirname, '..', '..', '..');
let fx: PathwaysFixture;

beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

test('the tag names the publisher, the product and its version, as packaged', () => {
  expect(CLIENT_TAG).toMatch(/^NONISV\|[A-Za-z0-9]+\|PathwaysHub\/\d+\.\d+\.\d+$/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } };
  expect(PATHWAYS_HUB_VERSION).toBe(pkg.version);
  expect(solution.solution.version).toBe(`${pkg.version}.0`);
});

test('every SharePoint request the product makes carries it (reads, writes and $batch), not PnPjs’s path tag', async () => {
  fx.emulator.requestLog.clear();
  const pupil = await fx.addPupil('PH-T1'); // add, folders and permissions: single requests and batches
  await fx.admin.services.pupils.list();
  await fx.admin.services.attendance.marksForYear('2026/27');
  const sp = fx.emulator.requestLog.all().filter((r) => r.path.includes('/_api'));
  expect(sp.length).toBeGreaterThan(5);
  expect(sp.some((r) => r.path.endsWith('/$batch'))).toBe(true);
  expect(sp.filter((r) => r.clientTag !== CLIENT_TAG)).toEqual([]);
  expect(pupil.pupilRef).toBe('PH-T1');
});
