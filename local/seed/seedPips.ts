/**
 * Seeds the demo Phased Integration Plans and their six-weekly reviews through the production repository
 * (services.pips), so every demo PIP has passed the same rules as one made on screen. The demo PIPs were
 * agreed as support plans, never to manage behaviour, so the confirmation is recorded with them. Their
 * timetable histories already hold the timetable each review added, so the reviews are stored as they are
 * (addReview), not applied again.
 */
import type { IServices } from '../../src/composition/IServices';
import type { DemoData } from '../demo/types';

export interface PipSeedReport {
  readonly pips: number;
  readonly reviews: number;
}

export async function seedPips(
  services: Pick<IServices, 'pips'>,
  data: Pick<DemoData, 'pips' | 'pipReviews'>,
  pupilIds: ReadonlyMap<string, number>,
  pupilRefs: ReadonlyMap<number, string>,
  log: (line: string) => void,
): Promise<PipSeedReport> {
  log(`Seeding ${data.pips.length} Phased Integration Plans and ${data.pipReviews.length} review${data.pipReviews.length === 1 ? '' : 's'}…`);
  const pipIds = new Map<string, number>();
  for (const demo of data.pips) {
    const pupilId = pupilIds.get(demo.pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pupilId === undefined || pupilRef === undefined) throw new Error(`Demo PIP ${demo.key}: pupil ${demo.pupilKey} was not seeded`);
    const saved = await services.pips.create({ ...demo.pip, pupilId, notBehaviourManagement: true }, pupilRef);
    pipIds.set(demo.key, saved.id);
  }
  for (const demo of data.pipReviews) {
    const pipId = pipIds.get(demo.pipKey);
    const pupilId = pupilIds.get(demo.pupilKey);
    const pupilRef = pupilId === undefined ? undefined : pupilRefs.get(pupilId);
    if (pipId === undefined || pupilId === undefined || pupilRef === undefined) throw new Error(`Demo review of ${demo.pipKey}: its PIP was not seeded`);
    await services.pips.addReview({ ...demo.review, pipId, pupilId }, pupilRef);
  }
  return { pips: data.pips.length, reviews: data.pipReviews.length };
}
