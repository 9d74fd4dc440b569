/**
 * Seeds the demo learning logs (one per pupil per term) and their dated entries through the production repository
 * (services.learningLogs), so each record lands in the pupil's folder and passes the same validation as one made
 * on screen. Entries are written a few at a time to keep the seed quick without flooding the emulator.
 */
import type { IServices } from '../../src/composition/IServices';
import type { DemoData } from '../demo/types';

export interface LearningLogSeedReport {
  readonly logs: number;
  readonly entries: number;
}

const AT_ONCE = 6;

export async function seedLearningLogs(
  services: Pick<IServices, 'learningLogs'>,
  data: Pick<DemoData, 'learningLogs' | 'learningLogEntries'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<LearningLogSeedReport> {
  log(`Seeding ${data.learningLogs.length} learning logs and ${data.learningLogEntries.length} entries…`);
  const pupilOf = (key: string, what: string): { pupilId: number; pupilRef: string } => {
    const pupilId = pupilIds.get(key);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`${what}: pupil ${key} was not seeded`);
    return { pupilId, pupilRef };
  };
  const logIds = new Map<string, number>();
  for (const demo of data.learningLogs) {
    const { pupilId, pupilRef } = pupilOf(demo.pupilKey, `Demo learning log ${demo.key}`);
    logIds.set(demo.key, (await services.learningLogs.create({ ...demo.log, pupilId }, pupilRef)).id);
  }
  let written = 0;
  for (let i = 0; i < data.learningLogEntries.length; i += AT_ONCE) {
    await Promise.all(
      data.learningLogEntries.slice(i, i + AT_ONCE).map(async (demo) => {
        const { pupilId, pupilRef } = pupilOf(demo.pupilKey, `Demo learning log entry of ${demo.logKey}`);
        const logId = logIds.get(demo.logKey);
        if (logId === undefined) throw new Error(`Demo learning log entry: log ${demo.logKey} was not seeded`);
        await services.learningLogs.addEntry({ ...demo.entry, logId, pupilId }, pupilRef);
      }),
    );
    written = Math.min(i + AT_ONCE, data.learningLogEntries.length);
    if (written % 60 < AT_ONCE) log(`  ${written} of ${data.learningLogEntries.length} entries`);
  }
  return { logs: data.learningLogs.length, entries: written };
}
