/**
 * The demo learning logs and entries go in through the production repository, into each pupil's folder, and read
 * back whole: one log per pupil per term, every entry under its log, highlights available for meeting agendas.
 */
import { generateDemoData } from '../../../local/demo';
import { seedLearningLogs } from '../../../local/seed/seedLearningLogs';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

// 40 pupils with their folders and about 260 records over HTTP: more than the default 5 s on a busy machine.
jest.setTimeout(60000);

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('seedLearningLogs', () => {
  it('seeds every demo log and entry through services.learningLogs', async () => {
    const data = generateDemoData();
    const pupilIds = new Map<string, number>();
    const pupilRefs = new Map<number, string>();
    for (const key of new Set(data.learningLogs.map((l) => l.pupilKey))) {
      const demo = data.pupils.find((p) => p.key === key);
      if (!demo) throw new Error(`no demo pupil ${key}`);
      const saved = await fx.addPupil(demo.pupil.pupilRef, { firstName: demo.pupil.firstName, lastName: demo.pupil.lastName });
      pupilIds.set(key, saved.id);
      pupilRefs.set(saved.id, saved.pupilRef);
    }
    const lines: string[] = [];
    const report = await seedLearningLogs(fx.admin.services, data, pupilIds, pupilRefs, (l) => lines.push(l));
    expect(report).toEqual({ logs: data.learningLogs.length, entries: data.learningLogEntries.length });
    expect(lines[0]).toBe(`Seeding ${data.learningLogs.length} learning logs and ${data.learningLogEntries.length} entries…`);

    const first = data.learningLogs[0];
    const pupilId = pupilIds.get(first.pupilKey) ?? 0;
    const logs = await fx.admin.services.learningLogs.forPupil(pupilId);
    expect(logs.problems).toEqual([]);
    expect(logs.items.map((l) => `${l.term} ${l.academicYear}`)).toContain(`${first.log.term} ${first.log.academicYear}`);
    const entries = await fx.admin.services.learningLogs.entriesForPupil(pupilId);
    expect(entries.items).toHaveLength(data.learningLogEntries.filter((e) => e.pupilKey === first.pupilKey).length);
    const highlighted = data.learningLogEntries.filter((e) => e.pupilKey === first.pupilKey && e.entry.highlight).length;
    expect((await fx.admin.services.learningLogs.highlights(pupilId)).items).toHaveLength(highlighted);
  });
});
