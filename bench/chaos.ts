/**
 * Chaos benchmark (issue 16): the production services against the emulator over real HTTP while SharePoint and
 * Graph misbehave, and what is left afterwards. Run: npx tsx bench/chaos.ts [runs per cell, default 6] [parts]
 *
 * Faults: 429 on 50 % and 75 % of requests, 503 on 30 %, the answers of 10 % of writes lost after the write was
 * carried out (504), and a kill mid-operation (every request fails once the operation's first write has been sent,
 * until the operation gives up). The person behaves as the screens ask: when told something was not saved they try
 * again (up to twice, the fault still on; after a kill, once the connection is back); when told it was saved, or
 * "saved but cannot be shown", they do not. A home-school change told "not yet shared" is saved again once.
 *
 * Per operation and fault it prints: sent (records the person tried to save), stored, lost (told saved, not
 * stored), duplicated (copies beyond the first), wrong (told not saved but stored, or stored differently), and
 * access wrong (home-school changes after which the old school can still read, or the new school cannot).
 */
import { pupilChangesBetween, type AttendanceMark, type LearningLogEntry, type Pupil } from '../src/domain';
import type { Saved } from '../src/data/ports';
import { startPathwaysFixture, type PathwaysFixture } from '../tests/support/pathwaysFixture';
import { pipRecord } from '../tests/support/pipBuilder';
import { startGraphFixture, type GraphFixture } from '../tests/data/graph/support/graphFixture';
import { scheduleUnderFault } from './chaosMeetings';

const RUNS = Math.max(1, Number(process.argv[2] ?? 6) || 6);
/** Only these parts (a comma list of sharepoint, notifications, meetings; default all): npx tsx bench/chaos.ts 6 meetings */
const ONLY = (process.argv[3] ?? 'sharepoint,notifications,meetings').split(',');
const ADMIN = 'admin@pathways.example.org';

interface Fault {
  readonly name: string;
  /** Switches the fault on for an operation; returns how to switch it off. */
  on(emulator: PathwaysFixture['emulator'] | GraphFixture['emulator']): () => void;
  readonly kill?: boolean;
}

const throttled = (rate: number, status: 429 | 503): Fault => ({
  name: `${status} at ${Math.round(rate * 100)}%`,
  on(emulator) {
    emulator.context.throttle.retryAfterSeconds = 0;
    emulator.context.throttle.status = status;
    emulator.context.throttle.rate = rate;
    return () => {
      emulator.context.throttle.rate = 0;
      emulator.context.throttle.status = 429;
    };
  },
});

/** Every request fails ("fetch failed") once the operation's first write has gone out, until `off`. */
function killAfterFirstWrite(): () => void {
  const realFetch = globalThis.fetch;
  let cut = false;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (cut) throw new TypeError('fetch failed');
    const res = await realFetch(input, init);
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = String(input instanceof Request ? input.url : input);
    if (method !== 'GET' && !/contextinfo/i.test(url)) cut = true;
    return res;
  }) as typeof fetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}

const FAULTS: readonly Fault[] = [
  throttled(0.5, 429),
  throttled(0.75, 429),
  throttled(0.3, 503),
  {
    name: 'lost answers 10%',
    on(emulator) {
      emulator.lostAnswers.inject({ every: 10 });
      return () => emulator.lostAnswers.inject({ count: 0 });
    },
  },
  { name: 'kill mid-operation', kill: true, on: () => killAfterFirstWrite() },
];

interface Tally {
  sent: number;
  stored: number;
  lost: number;
  duplicated: number;
  wrong: number;
  accessWrong: number;
}
const tally = (): Tally => ({ sent: 0, stored: 0, lost: 0, duplicated: 0, wrong: 0, accessWrong: 0 });

type Told = 'saved' | 'not-saved';
/** What the person was told: saved (or saved but not shown yet), or not saved (anything else). */
function toldOf(e: unknown): Told {
  const kind = typeof e === 'object' && e !== null ? (e as { kind?: unknown }).kind : undefined;
  return kind === 'saved-unconfirmed' ? 'saved' : 'not-saved';
}

/** Runs an attempt the way the person would: under the fault, trying again when told it was not saved. */
async function asThePersonWould(fault: Fault, emulator: PathwaysFixture['emulator'] | GraphFixture['emulator'], attempt: () => Promise<unknown>): Promise<Told> {
  for (let tries = 0; tries < 3; tries++) {
    // After a kill the person tries again once the connection is back; other faults go on.
    const off = fault.kill && tries > 0 ? (): void => undefined : fault.on(emulator);
    let told: Told;
    try {
      await attempt();
      told = 'saved';
    } catch (e) {
      told = toldOf(e);
    } finally {
      off();
    }
    if (told === 'saved') return told;
  }
  return 'not-saved';
}

function line(operation: string, fault: string, t: Tally): void {
  const cells = [t.sent, t.stored, t.lost, t.duplicated, t.wrong].map((n) => String(n).padStart(8));
  console.log(`${operation.padEnd(22)}${fault.padEnd(22)}${cells.join('')}${(operation === 'home-school change' ? String(t.accessWrong) : '-').padStart(14)}`);
}

async function sharePointOperations(): Promise<void> {
  const fx = await startPathwaysFixture();
  try {
    const oak = (await fx.addSchool('Oakfield Academy', '990201', ['senco@oakfield-b.example.sch.uk'])).school.id;
    const elm = (await fx.addSchool('Elmwood High School', '990202', ['senco@elmwood-b.example.sch.uk'])).school.id;
    const roll: Saved<Pupil>[] = [];
    for (let i = 1; i <= 20; i++) roll.push(await fx.addPupil(`PC-R${String(i).padStart(2, '0')}`));
    const { attendance, learningLogs, pips, pupilHistory, pupils } = fx.admin.services;
    const logs = new Map<number, number>();
    for (const p of roll) logs.set(p.id, (await learningLogs.create({ pupilId: p.id, academicYear: '2026/27', term: 'Autumn', subjects: [] }, p.pupilRef)).id);
    const sees = async (email: string, ref: string): Promise<boolean> =>
      fx.as(email).services.pupils.list().then((r) => r.items.some((p) => p.pupilRef === ref), () => false);

    // School days of the autumn term, one per register run.
    const days: string[] = [];
    for (let d = new Date('2026-09-07T12:00:00Z'); days.length < 200; d.setUTCDate(d.getUTCDate() + 1)) if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) days.push(d.toISOString().slice(0, 10));
    let day = 0;
    let serial = 0;

    for (const fault of FAULTS) {
      // Register save: 20 pupils, one mark each.
      const reg = tally();
      for (let run = 0; run < RUNS; run++) {
        const date = days[day++];
        const marks: AttendanceMark[] = roll.map((p) => ({ pupilId: p.id, date, session: 'AM', code: '/', recordedBy: ADMIN, recordedAt: `${date}T09:10:00Z` }));
        let toldSaved = new Set<number>();
        await asThePersonWould(fault, fx.emulator, async () => {
          const r = await attendance.saveRegister({ date, session: 'AM', marks, reasons: new Map(), baseline: await attendance.register(date, 'AM'), takenBy: ADMIN, at: `${date}T09:20:00Z` });
          toldSaved = new Set([...toldSaved, ...r.saved, ...r.unchanged]);
          if (r.failures.length > 0) throw new Error('some marks not saved');
        });
        const stored = (await attendance.register(date, 'AM')).entries.filter((e) => e.mark?.code === '/').map((e) => e.pupilId);
        const weeks = await fx.admin.sp.web.lists.getByTitle('Pathways Attendance').items.select('PwPupilId').filter(`PwWeek eq '${mondayOf(date)}'`).top(500)<{ PwPupilId: number }[]>();
        reg.sent += marks.length;
        reg.stored += stored.length;
        reg.lost += [...toldSaved].filter((id) => !stored.includes(id)).length;
        reg.duplicated += weeks.length - new Set(weeks.map((w) => w.PwPupilId)).size;
        reg.wrong += stored.filter((id) => !toldSaved.has(id)).length;
      }
      line('register save', fault.name, reg);

      // Learning-log entry.
      const entries = tally();
      for (let run = 0; run < RUNS; run++) {
        const pupil = roll[run % roll.length];
        const text = `Chaos entry ${++serial}`;
        const entry: LearningLogEntry = { logId: logs.get(pupil.id) ?? 0, pupilId: pupil.id, subject: 'Maths', teacher: ADMIN, entryDate: '2026-11-16', entry: text, highlight: false };
        const told = await asThePersonWould(fault, fx.emulator, () => learningLogs.addEntry(entry, pupil.pupilRef));
        const copies = (await learningLogs.entries(entry.logId)).items.filter((e) => e.entry === text).length;
        count(entries, told, copies);
      }
      line('learning-log entry', fault.name, entries);

      // PIP save (a draft PIP for a pupil).
      const plans = tally();
      for (let run = 0; run < RUNS; run++) {
        const pupil = roll[run % roll.length];
        const furtherInfo = `Chaos PIP ${++serial}`;
        const told = await asThePersonWould(fault, fx.emulator, () => pips.create(pipRecord(pupil.id, { status: 'Draft', furtherInfo }), pupil.pupilRef));
        const copies = (await pips.forPupil(pupil.id)).items.filter((p) => p.furtherInfo === furtherInfo).length;
        count(plans, told, copies);
      }
      line('PIP save', fault.name, plans);

      // Home-school change, Oakfield to Elmwood, with its history entry.
      const moves = tally();
      for (let run = 0; run < Math.min(RUNS, 4); run++) {
        const pupil = await fx.addPupil(`PC-H${++serial}`, { registration: 'Dual', homeSchoolId: oak });
        const after = { ...pupil, homeSchoolId: elm };
        const changes = pupilChangesBetween(pupil, after, { effective: '2026-11-20', reason: 'Moved school', changedBy: ADMIN, schoolName: (id) => (id === elm ? 'Elmwood High School' : 'Oakfield Academy') });
        let shared = false;
        const told = await asThePersonWould(fault, fx.emulator, async () => {
          const fresh = await pupils.get(pupil.id);
          const saved = fresh.homeSchoolId === elm ? await pupils.update(pupil.id, fresh.etag, fresh) : await pupilHistory.saveWithHistory(fresh, after, changes);
          shared = saved.access?.state === 'shared';
        });
        if (told === 'saved' && !shared) {
          // "Save again", as the message asks, once SharePoint answers.
          const fresh = await pupils.get(pupil.id);
          shared = (await pupils.update(pupil.id, fresh.etag, fresh)).access?.state === 'shared';
        }
        const stored = (await pupils.get(pupil.id)).homeSchoolId === elm;
        const history = (await pupilHistory.forPupil(pupil.id)).items.filter((c) => c.kind === 'Home school').length;
        moves.sent += 1;
        moves.stored += stored ? 1 : 0;
        moves.lost += told === 'saved' && !stored ? 1 : 0;
        moves.duplicated += Math.max(0, history - 1);
        moves.wrong += (told === 'not-saved' && stored ? 1 : 0) + (stored && history === 0 ? 1 : 0);
        const [old, now] = [await sees('senco@oakfield-b.example.sch.uk', pupil.pupilRef), await sees('senco@elmwood-b.example.sch.uk', pupil.pupilRef)];
        moves.accessWrong += stored ? (old || !now ? 1 : 0) : (!old || now ? 1 : 0);
      }
      line('home-school change', fault.name, moves);
    }
  } finally {
    await fx.close();
  }
}

function count(t: Tally, told: Told, copies: number): void {
  t.sent += 1;
  t.stored += copies > 0 ? 1 : 0;
  t.lost += told === 'saved' && copies === 0 ? 1 : 0;
  t.duplicated += Math.max(0, copies - 1);
  t.wrong += told === 'not-saved' && copies > 0 ? 1 : 0;
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

async function notifications(): Promise<void> {
  const fx = await startGraphFixture();
  try {
    for (const fault of FAULTS) {
      const t = tally();
      for (let run = 0; run < RUNS; run++) {
        await fx.clearOutbox();
        const key = `chaos:${fault.name}:${run}`;
        const request = {
          kind: 'attendance-stage' as const,
          to: ['senco@oakfield-b.example.sch.uk'],
          subject: 'Pathways: an attendance update',
          message: 'There is an attendance update about a pupil you are named for. Please open the record to see it.',
          link: 'https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=1',
          dedupeKey: key,
        };
        // The service logs a failure and says whether the mail may have gone. Told "not sent", the person sends it
        // again; told "may have been sent", they look in Sent Items (here the outbox) first and send it again only if
        // it is not there.
        let told: 'sent' | 'maybe' | 'not-sent' = 'not-sent';
        for (let tries = 0; tries < 3 && told !== 'sent'; tries++) {
          if (told === 'maybe' && (await fx.outbox('?kind=mail')).length > 0) break;
          const off = fault.kill && tries > 0 ? (): void => undefined : fault.on(fx.emulator);
          try {
            const r = await fx.admin.services.notifications.notify(request);
            told = r.outcome !== 'failed' ? 'sent' : /may have been sent/.test(r.problem ?? '') ? 'maybe' : 'not-sent';
          } catch {
            told = 'not-sent';
          } finally {
            off();
          }
        }
        const sent = (await fx.outbox('?kind=mail')).length;
        t.sent += 1;
        t.stored += sent > 0 ? 1 : 0;
        t.lost += told === 'sent' && sent === 0 ? 1 : 0;
        t.duplicated += Math.max(0, sent - 1);
        t.wrong += told === 'not-sent' && sent > 0 ? 1 : 0;
      }
      line('notification', fault.name, t);
    }
  } finally {
    await fx.close();
  }
}

/** Scheduling a review meeting: the SharePoint record, the Outlook event with its Teams link (bench/chaosMeetings.ts). */
async function meetingScheduling(): Promise<void> {
  const fx = await startGraphFixture();
  try {
    fx.emulator.store.addUser({ email: 'rowan.pike@pathways.example.org', displayName: 'Rowan Pike', userType: 'Member' });
    let serial = 0;
    for (const fault of FAULTS) {
      const t = tally();
      for (let run = 0; run < RUNS; run++) {
        const r = await scheduleUnderFault(fx, (attempt) => asThePersonWould(fault, fx.emulator, attempt), `PC-M${++serial}`);
        t.sent += 1;
        t.stored += r.stored ? 1 : 0;
        t.lost += r.told === 'saved' && !r.stored ? 1 : 0;
        t.duplicated += Math.max(0, r.records - 1) + Math.max(0, r.invitations - 1);
        t.wrong += r.wrong;
      }
      line('meeting scheduling', fault.name, t);
    }
  } finally {
    await fx.close();
  }
}

async function main(): Promise<void> {
  console.log(`Chaos benchmark: ${RUNS} runs per cell (register: 20 marks a run; home-school change: up to 4 runs)`);
  console.log(`${'operation'.padEnd(22)}${'fault'.padEnd(22)}${['sent', 'stored', 'lost', 'dup', 'wrong'].map((h) => h.padStart(8)).join('')}${'access wrong'.padStart(14)}`);
  if (ONLY.includes('sharepoint')) await sharePointOperations();
  if (ONLY.includes('notifications')) await notifications();
  if (ONLY.includes('meetings')) await meetingScheduling();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
