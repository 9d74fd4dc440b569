/**
 * "Check this site" names records that point to a deleted pupil or parent record, or to another pupil's record,
 * with the list, the item, what is wrong and a link, and deletes nothing. Against the emulator over HTTP: the
 * records are entered through the services (one of each list for a pupil), then the pupil is deleted as a site owner
 * would delete an item in SharePoint; a learning-log entry is hand-edited to point to another pupil's log.
 */
import { SiteHealthCheck } from '../../../../src/data/sp/setup/health/SiteHealthCheck';
import type { HealthFinding } from '../../../../src/data/sp/setup/health/healthTypes';
import { listByKey, LISTS, type ListKey } from '../../../../src/lists';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { startGraphFixture, type Connection, type GraphFixture } from '../../graph/support/graphFixture';
import { addOneOfEachList, ONE_OF_EACH_NOW } from '../../../support/oneOfEachList';
import { pupilRecord } from '../../../support/pupilBuilder';
import { learningEntryRecord, learningLogRecord } from '../../../support/sendBuilders';

let fx: GraphFixture;
let admin: Connection;
let siteUrl: string;
let check: SiteHealthCheck;
const records = async (): Promise<HealthFinding[]> => (await check.check()).findings.filter((f) => f.area === 'records');
const itemsOf = (key: ListKey, pupilId: number) => fx.emulator.store.items(listByKey(key).title).filter((i) => i.fsType === 0 && Number(i.data.PwPupilId) === pupilId);

beforeAll(async () => {
  fx = await startGraphFixture();
  admin = fx.connect(DEFAULT_ADMIN.email, { now: () => ONE_OF_EACH_NOW });
  siteUrl = fx.emulator.siteUrl;
  const { services } = admin;
  check = new SiteHealthCheck({ sp: admin.sp, siteUrl, pupilAccess: services.pupilAccess, schools: services.schools, now: () => ONE_OF_EACH_NOW });
}, 120000);
afterAll(() => fx.close());

test('a site whose records all point to their own pupil’s records has no such finding', async () => {
  await addOneOfEachList(admin.services, 'PH-ORF0');
  expect(await records()).toEqual([]);
});

test('every record of a deleted pupil is named with its list, item, what is wrong and a link, and none is deleted', async () => {
  const gone = await addOneOfEachList(admin.services, 'PH-ORF1');
  const children = LISTS.filter((l) => l.fields.some((f) => f.internalName === 'PwPupil')).flatMap((l) => itemsOf(l.key, gone.id).map((i) => ({ list: l, id: i.id })));
  expect(children.length).toBeGreaterThanOrEqual(9);
  await admin.sp.web.lists.getByTitle(listByKey('pupils').title).items.getById(gone.id).delete();

  const found = await records();
  for (const { list, id } of children) {
    const f = found.find((x) => x.id === `records-${list.key}-${id}`);
    expect(f).toMatchObject({
      severity: 'problem',
      message: `“${list.title}”, item ${id}: its pupil (item ${gone.id} of “Pathways Pupils”, column PwPupil) no longer exists: that record was deleted.`,
      link: { href: `${siteUrl}/${list.url}/DispForm.aspx?ID=${id}`, text: `Open item ${id} of “${list.title}”` },
    });
    expect(f?.repair).toBeUndefined();
    // Reported, never deleted.
    expect(fx.emulator.store.items(list.title).some((i) => i.id === id)).toBe(true);
  }
  expect(found.filter((f) => !children.some((c) => f.id === `records-${c.list.key}-${c.id}`))).toEqual([]);
  // Checking again deletes nothing either.
  expect((await records()).length).toBe(found.length);
});

test('a learning-log entry pointing to another pupil’s log is named, with both pupils', async () => {
  const { services } = admin;
  const [mine, theirs] = [await services.pupils.create(pupilRecord('PH-ORF2')), await services.pupils.create(pupilRecord('PH-ORF3'))];
  const myLog = await services.learningLogs.create(learningLogRecord(mine.id), mine.pupilRef);
  const theirLog = await services.learningLogs.create(learningLogRecord(theirs.id), theirs.pupilRef);
  const entry = await services.learningLogs.addEntry(learningEntryRecord(mine.id, { logId: myLog.id, entryDate: '2026-11-16' }), mine.pupilRef);
  expect(await records()).not.toContainEqual(expect.objectContaining({ id: `records-learningLogEntries-${entry.id}` }));
  // A hand edit in SharePoint's own form: the entry now points to the other pupil's log.
  const entries = listByKey('learningLogEntries');
  fx.emulator.store.damageItem(entries.title, entry.id, { PwLogId: theirLog.id });
  const found = (await records()).find((f) => f.id === `records-learningLogEntries-${entry.id}`);
  expect(found?.message).toBe(`“${entries.title}”, item ${entry.id}: its learning log (item ${theirLog.id} of “${listByKey('learningLogs').title}”, column PwLog) belongs to another pupil (pupil item ${theirs.id}, not ${mine.id}).`);
  expect(fx.emulator.store.item(entries.title, entry.id).data.PwLogId).toBe(theirLog.id);
});
