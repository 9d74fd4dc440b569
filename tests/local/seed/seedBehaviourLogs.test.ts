/**
 * The demo behaviour and engagement logs go in through the production repository (services.behaviourLog.add: every
 * rule, nothing dated ahead) and read back whole, in each pupil's folder.
 */
import { generateDemoData } from '../../../local/demo';
import { DEMO_SETTINGS } from '../../../local/demo/calendar';
import { demoBehaviourEntries, seedBehaviourLogs } from '../../../local/seed/seedBehaviourLogs';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('seedBehaviourLogs', () => {
  const data = generateDemoData();

  it('makes engagement ratings on school days before the demo date, and incidents with what, where, who, action and outcome', () => {
    const entries = demoBehaviourEntries(data, data.today, DEMO_SETTINGS);
    expect(new Set(entries.map((e) => e.pupilKey)).size).toBe(6);
    expect(entries.every((e) => e.entry.at < `${data.today}T00:00:00Z`)).toBe(true);
    const incidents = entries.filter((e) => e.entry.kind === 'Incident');
    expect(incidents.length).toBe(4);
    expect(incidents.every((e) => e.entry.what && e.entry.where && e.entry.involved && e.entry.action && e.entry.outcome)).toBe(true);
    expect(entries.filter((e) => e.entry.kind === 'Engagement').every((e) => e.entry.engagement !== undefined && e.entry.engagement >= 1 && e.entry.engagement <= 5)).toBe(true);
  });

  it('seeds them through services.behaviourLog into each pupil’s folder', async () => {
    const entries = demoBehaviourEntries(data, data.today, DEMO_SETTINGS);
    const pupilIds = new Map<string, number>();
    const pupilRefs = new Map<number, string>();
    for (const key of new Set(entries.map((e) => e.pupilKey))) {
      const demo = data.pupils.find((p) => p.key === key)!;
      const saved = await fx.addPupil(demo.pupil.pupilRef, { firstName: demo.pupil.firstName, lastName: demo.pupil.lastName });
      pupilIds.set(key, saved.id);
      pupilRefs.set(saved.id, saved.pupilRef);
    }
    const lines: string[] = [];
    expect(await seedBehaviourLogs(fx.admin.services, data, pupilIds, pupilRefs, (l) => lines.push(l))).toBe(entries.length);
    expect(lines).toEqual([`Seeding ${entries.length} behaviour and engagement log entries…`]);
    const first = pupilIds.get(entries[0].pupilKey)!;
    const read = await fx.admin.services.behaviourLog.forPupil(first);
    expect(read.problems).toEqual([]);
    expect(read.items).toHaveLength(entries.filter((e) => e.pupilKey === entries[0].pupilKey).length);
    const item = await fx.admin.sp.web.lists.getByTitle('Pathways Behaviour Log').items.getById(read.items[0].id).select('FileDirRef')();
    expect(String(item.FileDirRef)).toMatch(new RegExp(`/${pupilRefs.get(first)}$`));
  });
});
