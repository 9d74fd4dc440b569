import { DEFAULT_SETTINGS } from '../../src/domain';
import { FakeSettings } from '../support/fakeSettings';
import { FakeSchools } from '../support/fakeSchools';
import { aSchool } from '../support/schoolBuilders';

/** BroadcastChannel as browsers have it (a message reaches every other channel of the name), in memory. */
class MemoryChannel {
  private static readonly open: MemoryChannel[] = [];
  private readonly listeners: ((event: { data: unknown }) => void)[] = [];
  public constructor(private readonly name: string) {
    MemoryChannel.open.push(this);
  }
  public addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
    this.listeners.push(listener);
  }
  public postMessage(data: unknown): void {
    for (const c of MemoryChannel.open) if (c !== this && c.name === this.name) c.listeners.forEach((l) => l({ data }));
  }
}

type PageCache = typeof import('../../src/composition/pageCache');
let cache: PageCache;

beforeAll(async () => {
  // A page: the module keeps its reads only in a browser.
  Object.assign(globalThis, { window: globalThis, BroadcastChannel: MemoryChannel });
  cache = await import('../../src/composition/pageCache');
});

afterAll(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'BroadcastChannel');
});

function counted(settings: FakeSettings): { repo: FakeSettings; reads: () => number } {
  const get = jest.spyOn(settings, 'get');
  return { repo: settings, reads: () => get.mock.calls.length };
}

describe('page cache', () => {
  it('reads the settings once for all the web parts on a page, per site, and again after a save through any of them', async () => {
    const site = 'https://contoso.example.org/sites/one';
    // One store (SharePoint), each web part with its own repository over it.
    const sharePoint = counted(new FakeSettings());
    const [registerPart, pipsPart] = [cache.pageSharedSettings(site, sharePoint.repo), cache.pageSharedSettings(site, sharePoint.repo)];
    await Promise.all([registerPart.get(), pipsPart.get(), registerPart.get()]);
    expect(sharePoint.reads()).toBe(1);

    const other = counted(new FakeSettings());
    await cache.pageSharedSettings('https://contoso.example.org/sites/two', other.repo).get();
    expect(other.reads()).toBe(1);

    await pipsPart.save({ ...DEFAULT_SETTINGS, pipReviewIntervalWeeks: 4 });
    expect((await registerPart.get()).pipReviewIntervalWeeks).toBe(4);
    expect(sharePoint.reads()).toBe(2);
  });

  it('forgets the settings when another tab saves them (the settings channel), and on a fresh read', async () => {
    const site = 'https://contoso.example.org/sites/three';
    const a = counted(new FakeSettings());
    const part = cache.pageSharedSettings(site, a.repo);
    await part.get();
    await part.get();
    expect(a.reads()).toBe(1);
    new MemoryChannel('pathways-hub-settings').postMessage({ saved: '2026-12-04T21:00:00Z' });
    await part.get();
    expect(a.reads()).toBe(2);
    await part.get({ fresh: true });
    expect(a.reads()).toBe(3);
  });

  it('lists the schools once per page; any write clears the list for every web part; a failed read is not kept', async () => {
    const site = 'https://contoso.example.org/sites/four';
    const schools = new FakeSchools([], []);
    const list = jest.spyOn(schools, 'list');
    const [a, b] = [cache.pageSharedSchools(site, schools), cache.pageSharedSchools(site, schools)];
    await Promise.all([a.list(), b.list()]);
    expect(list).toHaveBeenCalledTimes(1);
    await b.create(aSchool());
    expect((await a.list()).items).toHaveLength(1);
    expect(list).toHaveBeenCalledTimes(2);

    list.mockRejectedValueOnce(new Error('The server did not answer'));
    cache.invalidate(`${site}|schools`);
    await expect(a.list()).rejects.toThrow('did not answer');
    expect((await b.list()).items).toHaveLength(1);
  });

  it('reads again once a shared read is older than MAX_AGE_MS', async () => {
    let clock = 0;
    const read = jest.fn(async () => 'value');
    await cache.pageCached('k', read, () => clock);
    clock = cache.MAX_AGE_MS - 1;
    await cache.pageCached('k', read, () => clock);
    expect(read).toHaveBeenCalledTimes(1);
    clock = cache.MAX_AGE_MS;
    await cache.pageCached('k', read, () => clock);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
