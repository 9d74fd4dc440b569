/**
 * SpLaReturnLog against the SharePoint emulator over HTTP (real PnPjs): a return recorded as sent is filed in the
 * 'Pathways LA Returns' library with its record, listed newest first, downloaded byte for byte; recording the same
 * period and day again makes a new version of the file, not a second file; a bad record files nothing; a teacher
 * reads the record but cannot write one (SharePoint refuses it, not only the screen). Through the services, the list
 * and a download load the reads (`data-la-returns`, Today's first screen) and recording loads the whole log.
 */
import { connectAs } from '../../../../local/seed/localConnection';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { ownChunkLoads } from '../../../../src/composition/dataModules';
import { SpLaReturnLog } from '../../../../src/data/sp/pips/LaReturnRepository';
import { listByKey } from '../../../../src/lists';
import { SITE_PATH } from '../../../support/emulator';
import { sentLaReturn } from '../../../support/laReturnBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const TEACHER = 'teacher@pathways.example.org';
let fx: PathwaysFixture;
let repo: SpLaReturnLog;
const csv = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(TEACHER, 'staff');
  repo = new SpLaReturnLog(fx.admin.sp, fx.emulator.siteUrl);
}, 120000);
afterAll(() => fx.close());

describe('SpLaReturnLog (emulator)', () => {
  it('files the return as sent with its record, lists it newest first and gives the same bytes back', async () => {
    const first = await repo.record(sentLaReturn({ period: 'Autumn 1 2026/27', periodStart: '2026-09-03', periodEnd: '2026-10-23', sentOn: '2026-10-23', nil: true, pupilCount: 0, pipIds: [], fileName: 'Part-time timetables Autumn 1 2026-27 sent 2026-10-23.csv' }), csv('Return\nNil return'));
    const second = await repo.record(sentLaReturn(), csv('Pupil reference\nP-1\nP-2'));
    expect(second).toMatchObject({ period: 'Autumn 2 2026/27', sentOn: '2026-11-20', how: 'E-mail', pipIds: [11, 12], pupilCount: 2, nil: false });
    expect(second.url).toBe('/sites/pathways/PwLaReturns/Part-time timetables Autumn 2 2026-27 sent 2026-11-20.csv');
    const listed = await repo.list();
    expect(listed.problems).toEqual([]);
    expect(listed.items.map((r) => [r.period, r.sentOn, r.nil, r.fileName])).toEqual([
      ['Autumn 2 2026/27', '2026-11-20', false, 'Part-time timetables Autumn 2 2026-27 sent 2026-11-20.csv'],
      ['Autumn 1 2026/27', '2026-10-23', true, 'Part-time timetables Autumn 1 2026-27 sent 2026-10-23.csv'],
    ]);
    expect(new TextDecoder().decode(await repo.content(first.url))).toBe('Return\nNil return');
    // What Today reads of them: only what ends a reminder.
    const sent = await repo.sent();
    expect(sent.problems).toEqual([]);
    expect(sent.items.map(({ id, period, sentOn, pipIds, ...rest }) => [id, period, sentOn, pipIds, Object.keys(rest)])).toEqual([
      [first.id, 'Autumn 1 2026/27', '2026-10-23', [], ['etag']],
      [second.id, 'Autumn 2 2026/27', '2026-11-20', [11, 12], ['etag']],
    ]);
  });

  it('recording the same period and day again makes a new version of the one file', async () => {
    const again = await repo.record(sentLaReturn({ how: 'LA portal upload', sentTo: 'The LA’s portal' }), csv('Pupil reference\nP-1\nP-2\nP-3'));
    const same = (await repo.list()).items.filter((r) => r.period === 'Autumn 2 2026/27');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ id: again.id, how: 'LA portal upload', sentTo: 'The LA’s portal' });
    const item = await fx.admin.sp.web.lists.getByTitle(listByKey('laReturns').title).items.getById(again.id).select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
    expect(Number(item.OData__UIVersionString)).toBeGreaterThan(2);
    expect(new TextDecoder().decode(await repo.content(again.url))).toBe('Pupil reference\nP-1\nP-2\nP-3');
  });

  it('refuses a bad record with its reason and files nothing', async () => {
    const before = (await repo.list()).items.length;
    await expect(repo.record(sentLaReturn({ sentOn: '2026-10-01', fileName: 'Part-time timetables Autumn 2 2026-27 sent 2026-10-01.csv' }), csv('x'))).rejects.toThrow(
      'The return was not recorded: Enter a date sent on or after the period began (02/11/2026)',
    );
    expect((await repo.list()).items).toHaveLength(before);
  });

  it('through the services, listing and downloading load the reads only; the first record loads the whole log', async () => {
    const office = connectAs(fx.emulator.origin, SITE_PATH, DEFAULT_ADMIN.email, DEFAULT_ADMIN.email, new Date('2026-11-20T12:00:00Z'));
    ownChunkLoads.length = 0;
    const listed = await office.services.laReturns.list();
    expect(new TextDecoder().decode(await office.services.laReturns.content(listed.items[0].url)).length).toBeGreaterThan(0);
    expect(ownChunkLoads).toEqual(['laReturns']);
    const filed = await office.services.laReturns.record(sentLaReturn({ sentOn: '2026-11-18', fileName: 'Part-time timetables Autumn 2 2026-27 sent 2026-11-18.csv' }), csv('Pupil reference\nP-1'));
    expect(ownChunkLoads).toEqual(['laReturns', 'laReturnsWrite']);
    expect((await office.services.laReturns.list()).items.map((r) => r.id)).toContain(filed.id);
  });

  it('a teacher reads the record; SharePoint refuses a teacher’s upload to the library', async () => {
    const teacher = connectAs(fx.emulator.origin, SITE_PATH, TEACHER, TEACHER, new Date('2026-11-20T12:00:00Z'));
    expect((await teacher.services.laReturns.list()).items.length).toBeGreaterThan(0);
    await expect(teacher.services.laReturns.record(sentLaReturn({ fileName: 'Part-time timetables Autumn 2 2026-27 sent 2026-11-19.csv', sentOn: '2026-11-19' }), csv('x'))).rejects.toMatchObject({
      kind: 'access-denied',
    });
    expect(listByKey('laReturns').security).toBe('staff-only');
  });
});
