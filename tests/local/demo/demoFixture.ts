import { generateDemoData } from '../../../local/demo/generateDemoData';
import type { DemoData } from '../../../local/demo/types';

/** Generated once per test file (about 0.3 s a run). */
let cached: DemoData | undefined;
export function demo(): DemoData {
  if (!cached) cached = generateDemoData();
  return cached;
}

/** Marks with numeric pupil ids (pupil n = index + 1), as the domain statistics expect. */
export function marksWithIds(data: DemoData) {
  const idOf = new Map(data.pupils.map((p, i) => [p.key, i + 1]));
  return data.attendanceMarks.map((m) => ({ pupilId: idOf.get(m.pupilKey) as number, pupilKey: m.pupilKey, ...m.mark }));
}

export const SEEDS_TO_CHECK = [1, 2, 3, 42, 2026];
