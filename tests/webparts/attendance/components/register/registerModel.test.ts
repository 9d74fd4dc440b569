import { DEFAULT_SETTINGS } from '../../../../../src/domain';
import { advanceMarkIssue } from '../../../../../src/domain/attendance/advanceMarks';
import type { RegisterSnapshot } from '../../../../../src/data/ports';
import {
  buildRows,
  buildSaveRequest,
  defaultSession,
  draftAfterSave,
  draftCount,
  firstDayCalling,
  formatLondonDateTime,
  markAllUnmarkedPresent,
  nameFromEmail,
  normaliseClockInput,
  registerHasClosed,
  withArrival,
  withCode,
  withoutPupil,
  withReason,
  type Draft,
} from '../../../../../src/webparts/attendance/components/register/registerModel';
import { prefillFor } from '../../../../../src/webparts/attendance/components/register/prefill';
import { AMARA, DATE, LEO, NEWCOMER, STAFF, ZAK, mark, pupil, saved } from './fixtures';

const snapshot = (entries: RegisterSnapshot['entries'] = [], session: 'AM' | 'PM' = 'AM'): RegisterSnapshot => ({ date: DATE, session, entries });
const pupils = [AMARA, LEO, ZAK, NEWCOMER].map(saved);
const rows = (draft: Draft = {}, snap = snapshot()) => buildRows({ pupils, snapshot: snap, draft, settings: DEFAULT_SETTINGS });
const ctx = { takenBy: STAFF, at: '2026-11-20T09:12:00.000Z' };

describe('buildRows', () => {
  it('lists the pupils on roll that day, by surname, with year group', () => {
    const r = rows();
    expect(r.map((x) => x.listName)).toEqual(['Adeyemi, Zak', 'Brennan, Leo', 'Okafor, Amara']);
    expect(r.map((x) => x.yearGroup)).toEqual(['11', '8', '10']);
    expect(r.every((x) => x.code === undefined && !x.changed)).toBe(true);
  });

  it('sorts surnames case- and accent-insensitively, then by first name', () => {
    const list = [pupil(10, 'Ben', 'de Souza'), pupil(11, 'Ada', 'Dawson'), pupil(12, 'Ava', 'De Souza')].map(saved);
    const r = buildRows({ pupils: list, snapshot: snapshot(), draft: {}, settings: DEFAULT_SETTINGS });
    expect(r.map((x) => x.name)).toEqual(['Ada Dawson', 'Ava De Souza', 'Ben de Souza']);
  });

  it('includes a pupil not on roll only when they have a mark, with a message', () => {
    const r = rows({ '4': { code: '/' } });
    const nia = r.find((x) => x.pupilId === 4);
    expect(nia?.onRoll).toBe(false);
    expect(nia?.issues.pupil).toBe('Nia Fairweather is not on roll on 20/11/2026 (enrols on 30/11/2026): no mark can be recorded');
  });

  it('shows the saved mark, and the draft over it', () => {
    const snap = snapshot([{ pupilId: 1, mark: mark(1, 'O') }, { pupilId: 2 }]);
    const r = rows({ '1': { code: 'I' } }, snap);
    const amara = r.find((x) => x.pupilId === 1);
    expect(amara).toMatchObject({ code: 'I', changed: true, needsReason: true });
    expect(amara?.saved?.code).toBe('O');
    expect(amara?.issues.reason).toBe('Give a reason for changing the saved mark from O to I');
    expect(rows({ '1': { code: 'I', reason: 'Parent phoned' } }, snap).find((x) => x.pupilId === 1)?.issues).toEqual({});
  });

  it('does not ask for a reason when the saved code is chosen again', () => {
    const snap = snapshot([{ pupilId: 1, mark: mark(1, 'O') }]);
    expect(rows({ '1': { code: 'O' } }, snap).find((x) => x.pupilId === 1)).toMatchObject({ changed: false, needsReason: false });
  });

  it('computes minutes late from the arrival time, and reports a bad code', () => {
    const r = rows({ '1': { code: 'L', arrivalTime: '09:12' }, '2': { code: 'Q9' } });
    expect(r.find((x) => x.pupilId === 1)).toMatchObject({ code: 'L', arrivalTime: '09:12', minutesLate: 12 });
    expect(r.find((x) => x.pupilId === 2)?.issues.code).toBe("'Q9' is not an attendance code: choose one from the list");
  });

  it('uses the prefill seam for unmarked pupils only', () => {
    const prefill = (p: { id?: number }) => (p.id === 3 ? 'C2' : undefined);
    const snap = snapshot([{ pupilId: 1, mark: mark(1, '/') }]);
    const r = buildRows({ pupils, snapshot: snap, draft: {}, settings: DEFAULT_SETTINGS, prefill });
    expect(r.find((x) => x.pupilId === 3)).toMatchObject({ code: 'C2', prefilled: true, changed: true });
    expect(r.find((x) => x.pupilId === 1)).toMatchObject({ code: '/', prefilled: false });
    expect(prefillFor(AMARA, DATE, 'AM')).toBeUndefined();
  });
});

describe('a register ahead of today', () => {
  // DATE is the register's day; "today" is the school day before it.
  const ahead = (draft: Draft, prefill = prefillFor) =>
    buildRows({ pupils, snapshot: snapshot(), draft, settings: DEFAULT_SETTINGS, prefill, today: '2026-11-19', advanceIssue: advanceMarkIssue });

  it('refuses what can only be known on the day, and asks why the rest is known ahead', () => {
    const r = ahead(withCode(withCode({}, AMARA.id!, '/'), LEO.id!, 'M'));
    const amara = r.find((x) => x.pupilId === AMARA.id)!;
    const leo = r.find((x) => x.pupilId === LEO.id)!;
    expect(amara.issues.code).toMatch(/has not happened yet/);
    expect(leo).toMatchObject({ needsNote: true, issues: { reason: expect.stringMatching(/^Say why M is known ahead/) } });
    const fixed = ahead(withReason(withCode({}, LEO.id!, 'M'), LEO.id!, 'Hospital appointment letter seen'));
    const built = buildSaveRequest(fixed, snapshot(), ctx);
    expect(built.request.marks).toEqual([expect.objectContaining({ pupilId: LEO.id, code: 'M', note: 'Hospital appointment letter seen' })]);
  });

  it('sends nothing entered ahead when the rules for a register ahead are not given', () => {
    const r = buildRows({ pupils, snapshot: snapshot(), draft: withReason(withCode({}, LEO.id!, 'M'), LEO.id!, 'Letter seen'), settings: DEFAULT_SETTINGS, today: '2026-11-19' });
    expect(r.find((x) => x.pupilId === LEO.id)!.issues.code).toMatch(/have not loaded/);
    expect(buildSaveRequest(r, snapshot(), ctx).request.marks).toEqual([]);
  });

  it('gives a C2 prefilled from an agreed PIP its reason', () => {
    const r = ahead({}, (p) => (p.id === ZAK.id ? 'C2' : undefined));
    const zak = r.find((x) => x.pupilId === ZAK.id)!;
    expect(zak).toMatchObject({ code: 'C2', reason: 'Agreed part-time timetable (PIP)', issues: {} });
  });
});

describe('buildSaveRequest', () => {
  it('sends the whole register in one request: new marks, and saved ones as loaded', () => {
    const savedMark = mark(1, 'I');
    const snap = snapshot([{ pupilId: 1, mark: savedMark }]);
    const draft = withArrival(withCode({}, 2, '/'), 3, '09:31', 'AM', DEFAULT_SETTINGS);
    const built = buildSaveRequest(rows(draft, snap), snap, ctx);
    expect(built.request.marks).toEqual([
      { pupilId: 3, date: DATE, session: 'AM', code: 'U', arrivalTime: '09:31', minutesLate: 31, recordedBy: STAFF, recordedAt: ctx.at },
      { pupilId: 2, date: DATE, session: 'AM', code: '/', recordedBy: STAFF, recordedAt: ctx.at },
      savedMark,
    ]);
    expect(built.request.baseline).toBe(snap);
    expect(built.request.reasons.size).toBe(0);
    expect(built.changedCount).toBe(2);
    expect(built.held).toEqual([]);
  });

  it('holds back marks with a message, and the rest still go', () => {
    const draft: Draft = { '1': { code: 'Q9' }, '2': { code: 'L', arrivalTime: '13:00' }, '3': { code: 'I' }, '4': { code: '/' } };
    const built = buildSaveRequest(rows(draft), snapshot(), ctx);
    expect(built.request.marks.map((m) => m.pupilId)).toEqual([3]);
    expect(built.held.map((r) => r.pupilId).sort()).toEqual([1, 2, 4]);
  });

  it('needs a reason for a changed saved mark and sends it', () => {
    const snap = snapshot([{ pupilId: 2, mark: mark(2, 'O') }]);
    expect(buildSaveRequest(rows({ '2': { code: 'I' } }, snap), snap, ctx).held.map((r) => r.pupilId)).toEqual([2]);
    const built = buildSaveRequest(rows({ '2': { code: 'I', reason: '  Mother phoned at 10:00 ' } }, snap), snap, ctx);
    expect(built.request.reasons.get(2)).toBe('Mother phoned at 10:00');
    expect(built.request.marks[0]).toMatchObject({ pupilId: 2, code: 'I', recordedBy: STAFF });
  });

  it('passes overwrite, and holds open conflicts', () => {
    const built = buildSaveRequest(rows({ '1': { code: 'I' }, '2': { code: 'M' } }), snapshot(), {
      ...ctx,
      overwrite: new Set([1]),
      hold: new Set([2]),
    });
    expect(built.request.overwrite?.has(1)).toBe(true);
    expect(built.request.marks.map((m) => m.pupilId)).toEqual([1]);
    expect(built.held.map((r) => r.pupilId)).toEqual([2]);
  });

  it('drops an arrival time from a mark that is not L or U', () => {
    const draft = withArrival({}, 1, '08:55', 'AM', DEFAULT_SETTINGS);
    expect(draft['1']).toEqual({ arrivalTime: '08:55', code: '/' });
    const built = buildSaveRequest(rows(draft), snapshot(), ctx);
    expect(built.request.marks[0]).not.toHaveProperty('arrivalTime');
  });
});

describe('draft changes', () => {
  it('sets L before the register closes and U from 09:30', () => {
    expect(withArrival({}, 1, '09:29', 'AM', DEFAULT_SETTINGS)['1'].code).toBe('L');
    expect(withArrival({}, 1, '09:30', 'AM', DEFAULT_SETTINGS)['1'].code).toBe('U');
    expect(withArrival({}, 1, '13:14', 'PM', DEFAULT_SETTINGS)['1'].code).toBe('L');
    expect(withArrival({}, 1, '13:15', 'PM', DEFAULT_SETTINGS)['1'].code).toBe('U');
  });

  it('keeps the code when the time is incomplete or outside the session', () => {
    const d = withCode({}, 1, 'N');
    expect(withArrival(d, 1, '09:3', 'AM', DEFAULT_SETTINGS)['1']).toEqual({ code: 'N', arrivalTime: '09:3' });
    expect(withArrival(d, 1, '12:30', 'AM', DEFAULT_SETTINGS)['1'].code).toBe('N');
    expect(withArrival(withArrival(d, 1, '09:10', 'AM', DEFAULT_SETTINGS), 1, '', 'AM', DEFAULT_SETTINGS)['1']).toEqual({
      code: 'L',
      arrivalTime: undefined,
    });
  });

  it('clears the arrival time when a code other than L or U is chosen', () => {
    const d = withArrival({}, 1, '09:10', 'AM', DEFAULT_SETTINGS);
    expect(withCode(d, 1, 'U')['1'].arrivalTime).toBe('09:10');
    expect(withCode(d, 1, 'I')['1']).toEqual({ code: 'I', arrivalTime: undefined });
  });

  it('records reasons, forgets a pupil, and drops saved entries after a save', () => {
    const d = withReason(withCode(withCode({}, 1, 'I'), 2, 'M'), 1, 'Parent phoned');
    expect(d['1']).toEqual({ code: 'I', reason: 'Parent phoned', arrivalTime: undefined });
    expect(Object.keys(withoutPupil(d, 1))).toEqual(['2']);
    expect(draftAfterSave(d, [1, 2])).toEqual({});
    expect(draftCount(d)).toBe(2);
    expect(draftCount({ '3': { reason: 'only a reason' } })).toBe(0);
  });

  it('marks every unmarked pupil on roll present with the session code', () => {
    const snap = snapshot([{ pupilId: 1, mark: mark(1, 'I') }]);
    const r = rows({ '4': { code: 'I' } }, snap);
    expect(markAllUnmarkedPresent({}, r, 'AM')).toEqual({
      '3': { code: '/', arrivalTime: undefined },
      '2': { code: '/', arrivalTime: undefined },
    });
    expect(markAllUnmarkedPresent({}, r, 'PM')['2'].code).toBe('\\');
  });

  it('normalises typed times', () => {
    expect(normaliseClockInput('9.20')).toBe('09:20');
    expect(normaliseClockInput('0920')).toBe('09:20');
    expect(normaliseClockInput(' 9:05 ')).toBe('09:05');
    expect(normaliseClockInput('nine')).toBe('nine');
  });
});

describe('session timing and calling', () => {
  it('opens the morning register until the morning ends, then the afternoon (London time)', () => {
    expect(defaultSession(new Date('2026-11-20T09:45:00Z'), DEFAULT_SETTINGS)).toBe('AM');
    expect(defaultSession(new Date('2026-11-20T12:15:00Z'), DEFAULT_SETTINGS)).toBe('PM');
    // BST: 11:30 UTC is 12:30 in London.
    expect(defaultSession(new Date('2026-06-10T11:30:00Z'), DEFAULT_SETTINGS)).toBe('PM');
  });

  it('knows when the register has closed', () => {
    expect(registerHasClosed(DATE, 'AM', new Date('2026-11-20T09:29:00Z'), DEFAULT_SETTINGS)).toBe(false);
    expect(registerHasClosed(DATE, 'AM', new Date('2026-11-20T09:30:00Z'), DEFAULT_SETTINGS)).toBe(true);
    expect(registerHasClosed(DATE, 'PM', new Date('2026-11-20T10:00:00Z'), DEFAULT_SETTINGS)).toBe(false);
    expect(registerHasClosed('2026-11-19', 'PM', new Date('2026-11-20T08:00:00Z'), DEFAULT_SETTINGS)).toBe(true);
    expect(registerHasClosed('2026-11-23', 'AM', new Date('2026-11-20T16:00:00Z'), DEFAULT_SETTINGS)).toBe(false);
  });

  it('lists pupils on roll with no mark or N for first-day calling', () => {
    const r = rows({ '1': { code: 'N' }, '2': { code: 'I' }, '4': { code: 'N' } });
    expect(firstDayCalling(r).map((x) => x.name)).toEqual(['Zak Adeyemi', 'Amara Okafor']);
    expect(firstDayCalling(r)[1].contact).toEqual({ name: 'Grace Okafor', phone: '07700 900123', email: 'grace.okafor@example.org', emergency: [] });
  });

  it('formats times in London and names from e-mail addresses', () => {
    expect(formatLondonDateTime('2026-06-10T08:41:00Z')).toBe('10/06/2026 at 09:41');
    expect(formatLondonDateTime('2026-11-20T09:41:00Z')).toBe('20/11/2026 at 09:41');
    expect(nameFromEmail('sam.patel@pathways.example.org')).toBe('Sam Patel');
  });
});
