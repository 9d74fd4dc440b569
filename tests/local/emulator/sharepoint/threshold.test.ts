import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { STAFF } from './people';

const NOTIFICATIONS = 'Pathways Notifications'; // PwPupilId, PwOutcome and PwDedupeKey are indexed; PwKind is not.
const THRESHOLD_ERROR = {
  status: 500,
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
};

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    PwPupilId: (i % 50) + 1,
    PwKind: i % 2 === 0 ? 'Absence' : 'Review',
    PwRecipients: 'office@oakfield.example.sch.uk',
    PwSubject: `Message ${i + 1}`,
    PwOutcome: i === 0 ? 'Failed' : 'Sent',
    PwDedupeKey: `k-${i + 1}`,
  }));

async function setup(viewThreshold?: number, count = 0): Promise<RunningEmulator> {
  const emu = await startTestEmulator(viewThreshold ? { viewThreshold } : {});
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
  if (count) emu.store.bulkInsert(NOTIFICATIONS, rows(count));
  return emu;
}

const fails = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => spErrorOf(e));

describe('list view threshold (small threshold of 20)', () => {
  let emu: RunningEmulator;
  const list = () => spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle(NOTIFICATIONS);
  beforeAll(async () => {
    emu = await setup(20, 21);
  });
  afterAll(() => emu.close());

  it('refuses a filter whose first clause is not on an indexed column', async () => {
    expect(await fails(list().items.filter("PwKind eq 'Absence'")())).toEqual(THRESHOLD_ERROR);
    expect(await fails(list().items.filter("PwKind eq 'Absence' and PwPupilId eq 3")())).toEqual(THRESHOLD_ERROR);
  });

  it('allows an indexed first clause matching no more than the threshold', async () => {
    const r = await list().items.select('Id').filter("PwPupilId eq 3 and PwKind eq 'Absence'")();
    expect(r.map((x) => x.Id)).toEqual([3]);
    expect(await list().items.select('Id').filter("PwOutcome eq 'Failed'")()).toHaveLength(1);
  });

  it('refuses an indexed first clause that alone matches more than the threshold', async () => {
    expect(await fails(list().items.filter("PwPupilId ge 1 and PwKind eq 'Absence'")())).toEqual(THRESHOLD_ERROR);
  });

  it('allows an unfiltered query only when paging by ID within the threshold', async () => {
    expect(await list().items.select('Id').top(20)()).toHaveLength(20);
    expect(await list().items.select('Id').orderBy('ID', false).top(5)()).toHaveLength(5);
    expect(await fails(list().items.select('Id').orderBy('PwSubject').top(5)())).toEqual(THRESHOLD_ERROR);
    expect(await fails(list().items.select('Id')())).toEqual(THRESHOLD_ERROR); // default page size 100 > 20
  });

  it('always allows getById', async () => {
    expect((await list().items.getById(21).select('PwSubject')()).PwSubject).toBe('Message 21');
  });
});

describe('list view threshold at SharePoint Online scale (5,000)', () => {
  let emu: RunningEmulator;
  const list = () => spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle(NOTIFICATIONS);
  beforeAll(async () => {
    emu = await setup(undefined, 5001);
  }, 30000);
  afterAll(() => emu.close());

  it('holds 5,001 items', async () => {
    expect((await list().select('ItemCount')()).ItemCount).toBe(5001);
  });

  it('refuses a non-indexed query and answers an indexed one', async () => {
    expect(await fails(list().items.filter("PwKind eq 'Review'")())).toEqual(THRESHOLD_ERROR);
    const hits = await list().items.select('Id', 'PwSubject').filter("PwDedupeKey eq 'k-4999'")();
    expect(hits).toEqual([expect.objectContaining({ Id: 4999, PwSubject: 'Message 4999' })]);
    const pupil = await list().items.select('Id').filter("PwPupilId eq 7 and PwKind eq 'Absence'").top(5000)();
    expect(pupil.length).toBe(100);
  });

  it('pages through every item by ID with $top=5000', async () => {
    let count = 0;
    let pages = 0;
    for await (const page of list().items.select('Id').top(5000)) {
      count += (page as unknown[]).length;
      pages += 1;
    }
    expect({ count, pages }).toEqual({ count: 5001, pages: 2 });
  });
});

describe('sorting a list above the threshold (threshold of 20)', () => {
  let emu: RunningEmulator;
  const list = () => spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle(NOTIFICATIONS);
  beforeAll(async () => {
    emu = await setup(20, 21);
  });
  afterAll(() => emu.close());

  it('refuses a sort on a column without an index, even behind an indexed filter that narrows to a few items', async () => {
    expect(await fails(list().items.select('Id').filter('PwPupilId eq 3').orderBy('PwSubject')())).toEqual(THRESHOLD_ERROR);
    expect(await fails(list().items.select('Id').filter('PwPupilId eq 3').orderBy('Modified', false)())).toEqual(THRESHOLD_ERROR);
  });

  it('allows a sort on ID or on an indexed column of the list, behind an indexed filter', async () => {
    expect((await list().items.select('Id').filter('PwPupilId eq 3').orderBy('ID', false)()).map((r) => r.Id)).toEqual([3]);
    expect(await list().items.select('Id').filter('PwPupilId le 3').orderBy('PwDedupeKey')()).toHaveLength(3);
  });
});

describe('sorting on a lookup column above the threshold (threshold of 3)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await setup(3);
    const oak = emu.store.addItem('Pathways Schools', { Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary' });
    const briar = emu.store.addItem('Pathways Schools', { Title: 'Briarwood School', PwUrn: '100002', PwPhase: 'Secondary' });
    for (const n of [1, 2, 3, 4]) emu.store.addItem('Pathways School Contacts', { Title: `Contact ${n}`, PwSchoolId: n <= 2 ? oak.id : briar.id, PwRole: 'SENCO', PwClientKey: `contact-${n}` });
  });
  afterAll(() => emu.close());

  it('refuses it even though the lookup is indexed (people and lookup sorts fail in SharePoint Online)', async () => {
    const contacts = spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle('Pathways School Contacts');
    expect(await contacts.items.select('Id').filter('PwSchoolId eq 1').orderBy('ID')()).toHaveLength(2);
    expect(await fails(contacts.items.select('Id').filter('PwSchoolId eq 1').orderBy('PwSchoolId')())).toEqual(THRESHOLD_ERROR);
  });
});

describe('the threshold counts the rows an indexed filter matches BEFORE security trimming (threshold of 20)', () => {
  let emu: RunningEmulator;
  const GUEST = 'lee.hart@briarwood.example.sch.uk';
  beforeAll(async () => {
    emu = await setup(20, 0);
    emu.store.addUser({ email: GUEST, displayName: 'Lee Hart', userType: 'Guest' });
    const group = emu.store.createGroup('Briarwood staff');
    emu.store.addToGroup(group.id, GUEST);
    // 30 items in one pupil's folder would be few to the school; 21 rows share the indexed value, the school may read 1.
    emu.store.bulkInsert(NOTIFICATIONS, rows(21).map((r) => ({ ...r, PwPupilId: 7 })));
    emu.store.bulkInsert(NOTIFICATIONS, [{ ...rows(1)[0], PwPupilId: 8, PwDedupeKey: 'school-1' }], { folder: 'PH-0008' });
    emu.store.breakInheritance({ list: NOTIFICATIONS, folder: 'PH-0008' });
    emu.store.grant({ list: NOTIFICATIONS, folder: 'PH-0008' }, group.id, 'Read');
  });
  afterAll(() => emu.close());

  it('refuses a home-school user whose indexed filter matches more rows than the threshold, though they see one', async () => {
    const guest = spFor(GUEST, { siteUrl: emu.siteUrl }).web.lists.getByTitle(NOTIFICATIONS);
    expect(await guest.items.select('Id').filter('PwPupilId eq 8')()).toHaveLength(1);
    expect(await fails(guest.items.select('Id').filter('PwPupilId ge 7')())).toEqual(THRESHOLD_ERROR);
  });
});
