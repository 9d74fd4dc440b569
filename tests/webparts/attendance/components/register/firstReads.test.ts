import type { Session } from '../../../../../src/domain/vocabulary';
import type { RegisterSnapshot } from '../../../../../src/data/ports';
import { FIRST_READS_MAX_AGE_MS, startFirstReads, type FirstReadServices } from '../../../../../src/webparts/attendance/components/register/firstReads';

const DATE = '2026-11-20';
const snapshot = (session: Session): RegisterSnapshot => ({ date: DATE, session, entries: [], problems: [] });

function services(overrides: Partial<{ register: (session: Session) => Promise<RegisterSnapshot> }> = {}) {
  const calls: string[] = [];
  const s: FirstReadServices = {
    attendance: {
      register: (d, session) => {
        calls.push(`register ${d} ${session}`);
        return overrides.register ? overrides.register(session) : Promise.resolve(snapshot(session));
      },
    },
    pips: {
      activeOn: (d) => {
        calls.push(`pips ${d}`);
        return Promise.resolve({ items: [], problems: [] });
      },
    },
    parentContacts: {
      onDay: (d) => {
        calls.push(`calls ${d}`);
        return Promise.resolve({ items: [], problems: [] });
      },
    },
  };
  return { s, calls };
}

test("every read of the date starts at once, both of its registers among them", async () => {
  const { s, calls } = services();
  const first = startFirstReads(s, DATE);
  expect(calls).toEqual([`register ${DATE} AM`, `register ${DATE} PM`, `pips ${DATE}`, `calls ${DATE}`]);
  const both = await first('registers', DATE);
  expect([both?.AM.session, both?.PM.session]).toEqual(['AM', 'PM']);
  expect(await first('pips', DATE)).toEqual({ items: [], problems: [] });
  expect(await first('calls', DATE)).toEqual({ items: [], problems: [] });
});

test('each read is handed out once: a reload or a remount reads afresh', () => {
  const first = startFirstReads(services().s, DATE);
  expect(first('registers', DATE)).toBeDefined();
  expect(first('registers', DATE)).toBeUndefined();
  expect(first('pips', DATE)).toBeDefined();
  expect(first('pips', DATE)).toBeUndefined();
  expect(first('calls', DATE)).toBeDefined();
  expect(first('calls', DATE)).toBeUndefined();
});

test('another date gets nothing (and the read for the first date is dropped)', () => {
  const first = startFirstReads(services().s, DATE);
  expect(first('registers', '2026-11-19')).toBeUndefined();
  expect(first('registers', DATE)).toBeUndefined();
  expect(first('calls', '2026-11-19')).toBeUndefined();
});

test('a read older than the limit is not handed out: what others saved meanwhile is read instead', () => {
  let now = 1_000_000;
  const first = startFirstReads(services().s, DATE, () => now);
  expect(first('pips', DATE)).toBeDefined();
  now += FIRST_READS_MAX_AGE_MS + 1;
  expect(first('calls', DATE)).toBeUndefined();
  expect(first('registers', DATE)).toBeUndefined();
});

test('a failed read is not reported as unhandled while it waits, and fails where it is used', async () => {
  const unhandled = jest.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const first = startFirstReads(services({ register: (session) => (session === 'PM' ? Promise.reject(new Error('The register could not be read.')) : Promise.resolve(snapshot(session))) }).s, DATE);
    await new Promise((r) => setTimeout(r, 10));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(first('registers', DATE)).rejects.toThrow('The register could not be read.');
  } finally {
    process.off('unhandledRejection', unhandled);
  }
});
