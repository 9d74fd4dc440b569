import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
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
  emu.store.addToGroup(DEFAULT_GROUPS.members.id, STAFF.email);
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
