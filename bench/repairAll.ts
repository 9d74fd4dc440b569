/**
 * "Apply to all pupils now" / "Repair all" (pupilAccess.repairAll) against the emulator over real HTTP: how long a
 * change of one sharing setting takes to apply to 40 and to 300 pupils, and how many HTTP requests it makes (a batch
 * is one). Also 300 pupils one at a time (concurrency 1), and 300 with every 10th request throttled (429, Retry-After
 * 0 s: the retries, not the waits, are measured). Each run turns the PIPs switch over and applies it to all. With
 * `--letters`, each pupil also holds two letters (a progress report and a PIP timetable letter) and one more run turns
 * the PIP timetable letters' sharing over: each pupil's letter is moved between the shared and the PRU-only folder.
 * Run: npx tsx bench/repairAll.ts [sizes, default 40,300]. Prints figures; the emulator is local, so the times show
 * the product's own cost and its request count, not a tenant's latency (multiply requests by a tenant's round trip).
 */
import { performance } from 'perf_hooks';
import type { RepairAllOptions } from '../src/data/ports';
import type { RepairPoolOptions } from '../src/data/sp/access/repairAll';
import { startPathwaysFixture, type PathwaysFixture } from '../tests/support/pathwaysFixture';

const SIZES = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '40,300').split(',').map(Number).filter((n) => n > 0);
const LETTERS = process.argv.includes('--letters');
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);

async function flipLetterKind(fx: PathwaysFixture): Promise<void> {
  const current = await fx.admin.services.settings.get({ fresh: true });
  const kinds = current.homeSchoolSharing.letterKinds;
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing: { ...current.homeSchoolSharing, letterKinds: { ...kinds, pipTimetable: !kinds.pipTimetable } } }, 'etag' in current ? current.etag : undefined);
}

async function flip(fx: PathwaysFixture): Promise<void> {
  const current = await fx.admin.services.settings.get({ fresh: true });
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing: { ...current.homeSchoolSharing, pips: !current.homeSchoolSharing.pips } }, 'etag' in current ? current.etag : undefined);
}

async function measure(fx: PathwaysFixture, label: string, options: RepairAllOptions & RepairPoolOptions = {}, change: (fx: PathwaysFixture) => Promise<void> = flip): Promise<void> {
  await change(fx);
  const t0 = performance.now();
  const { result, requests } = await fx.countRequests(() => fx.admin.services.pupilAccess.repairAll(options));
  const ms = performance.now() - t0;
  const left = (await fx.admin.services.pupilAccess.findMismatches()).items.length;
  console.log(
    `${label.padEnd(44)} ${String(result.of).padStart(4)} pupils  ${(ms / 1000).toFixed(1).padStart(6)} s  ${(ms / Math.max(1, result.of)).toFixed(0).padStart(5)} ms/pupil  ` +
      `${String(requests.length).padStart(5)} requests (${(requests.length / Math.max(1, result.of)).toFixed(1)}/pupil)  updated ${result.updated}, failed ${result.failures.length}, left out of date ${left}`,
  );
}

async function main(): Promise<void> {
  const fx = await startPathwaysFixture();
  try {
    const { school } = await fx.addSchool('Oakfield Academy', '990931', ['senco@oakfield.example.sch.uk']);
    let made = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      while (made < size) {
        const batch = Array.from({ length: Math.min(4, size - made) }, async (_, i) => {
          const ref = `PH-B${made + i + 1}`;
          const pupil = await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: school.id });
          if (!LETTERS) return;
          await fx.admin.services.letters.file({ pupilId: pupil.id, kind: 'Termly progress report', letterDate: '2026-11-20', fileName: `${ref} report.docx` }, DOCX, ref);
          await fx.admin.services.letters.file({ pupilId: pupil.id, kind: 'PIP timetable', letterDate: '2026-11-20', fileName: `${ref} timetable.docx` }, DOCX, ref);
        });
        await Promise.all(batch);
        made += batch.length;
      }
      console.log(`(enrolled ${size} pupils in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      await measure(fx, `${size}: three at a time (the product's default)`);
      if (LETTERS) await measure(fx, `${size}: a letter kind changed, 1 letter moved a pupil`, {}, flipLetterKind);
      if (size === SIZES[SIZES.length - 1]) {
        await measure(fx, `${size}: one at a time`, { concurrency: 1 });
        fx.emulator.context.throttle.retryAfterSeconds = 0;
        fx.emulator.context.throttle.status = 429;
        fx.emulator.context.throttle.rate = 0.1;
        try {
          await measure(fx, `${size}: every 10th request 429`, { pauseMs: () => 0 });
        } finally {
          fx.emulator.context.throttle.rate = 0;
        }
      }
    }
  } finally {
    await fx.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
