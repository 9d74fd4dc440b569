import type { AttendanceMark } from '../../src/domain';
import { listByKey } from '../../src/lists';
import { writePayload } from '../../src/data/sp/fieldWriter';
import type { SPFI } from '../../src/data/sp/pnpSetup';

const registers = listByKey('registers');

/** Who took each demo register and when: the first mark recorded in each date and session. */
export async function writeRegisterRecords(sp: SPFI, marks: readonly AttendanceMark[]): Promise<number> {
  const first = new Map<string, AttendanceMark>();
  for (const m of marks) {
    const key = `${m.date}|${m.session}`;
    const seen = first.get(key);
    if (!seen || m.recordedAt < seen.recordedAt) first.set(key, m);
  }
  const [batched, execute] = sp.batched();
  // A batched request needs its own query chain each time (PnPjs cannot reuse one inside a batch).
  const jobs = Array.from(first.entries()).map(([key, m]) =>
    batched.web.lists.getByTitle(registers.title).items.add(
      writePayload(registers, { Title: `${m.date} ${m.session}`, PwRegisterKey: key, PwDate: m.date, PwSession: m.session, PwTakenBy: m.recordedBy, PwTakenAt: m.recordedAt }),
    ),
  );
  await execute();
  await Promise.all(jobs);
  return jobs.length;
}
