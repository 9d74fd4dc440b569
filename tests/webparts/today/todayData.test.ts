/**
 * Today's first screen in one chunk (issue 18): the reads it makes come in its view's chunk (todayData.ts) and
 * TodayWebPart hands them to the services (provideData). Each is the very module its `data-…` chunk holds, and once
 * provided, Today's first screen, as PRU staff and as home-school staff (over real HTTP against the emulator, through
 * the production services), asks no repository module of its own chunk: a read added to Today that is not in
 * todayData fails here (it would load a second round of code after the view).
 */
import { dataModules, ownChunkLoads, provideData, type DataModule } from '../../../src/composition/dataModules';
import { loadToday } from '../../../src/webparts/today/components/loadToday';
import { todayData } from '../../../src/webparts/today/components/todayData';
import { connectAs } from '../../../local/seed/localConnection';
import { SITE_PATH } from '../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

jest.setTimeout(120000);

const STAFF = 'today.office@pathways.example.org';
const HEAD = 'today.head@pathways.example.org';
const GUEST = 'senco@todayoak.example.sch.uk';
const NOW = new Date('2026-11-20T10:00:00Z');

let fx: PathwaysFixture;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF);
  fx.addStaff(HEAD, 'leadership');
  const oak = (await fx.addSchool('Oakfield Academy', '990701', [GUEST])).school.id;
  await fx.addPupil('PH-T001', { registration: 'Dual', homeSchoolId: oak, enrolmentDate: '2026-09-07', placementStart: '2026-09-07' });
  await fx.addPupil('PH-T002', { enrolmentDate: '2026-11-02', placementStart: '2026-11-02' });
});
afterAll(() => fx.close());

describe("Today's reads in its view's chunk", () => {
  it('are each the module its own chunk holds', async () => {
    // Before anything is provided: dataModules loads each from its own chunk.
    for (const name of Object.keys(todayData) as DataModule[]) expect(await dataModules[name]()).toBe(todayData[name as keyof typeof todayData]);
  });

  it.each([
    ['PRU staff', STAFF, true],
    ['leadership', HEAD, true],
    ['home-school staff', GUEST, false],
  ])('once provided, Today as %s asks no repository module of its own chunk', async (_who, email, pru) => {
    provideData(todayData);
    ownChunkLoads.length = 0;
    const { services } = connectAs(fx.emulator.origin, SITE_PATH, email, email, NOW);
    const data = await loadToday(services);
    expect(data.pru).toBe(pru);
    expect(data.problems).toEqual([]);
    if (!pru) {
      // The home-school glance read its pupil's marks and learning log.
      expect(data.pupils.map((p) => p.pupilRef)).toEqual(['PH-T001']);
      expect(data.glance?.size).toBe(1);
      expect(data.latestEntries?.size).toBe(1);
    }
    expect(ownChunkLoads).toEqual([]);
  });

  it('without them, the same first screen loads its modules from their own chunks (what the test above would catch)', async () => {
    const { services } = connectAs(fx.emulator.origin, SITE_PATH, GUEST, GUEST, NOW);
    ownChunkLoads.length = 0;
    // A module not provided (the schools', which Today does not read) is asked of its own chunk.
    await services.schools.list();
    expect(ownChunkLoads).toEqual(['schools']);
  });
});
