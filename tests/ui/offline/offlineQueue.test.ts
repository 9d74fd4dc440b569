/**
 * @jest-environment jsdom
 */
import type { AttendanceMark } from '../../../src/domain';
import type { RegisterSaveRequest } from '../../../src/data/ports';
import { DataError } from '../../../src/data/errors';
import { QUEUE_KEY, putItem, readKind, removeItem, replaceItem, type Queued } from '../../../src/ui/offline/offlineQueue';
import { LEGACY_REGISTER_KEY, readQueue, registerCodec, serializeQueue, type QueuedRegister } from '../../../src/webparts/attendance/components/register/offlineQueue';
import { forgetKept, keepRegister, registersKept } from '../../../src/webparts/attendance/components/register/keepRegister';
import { entryCodec, sendQueuedEntry, type EntryRefusal, type QueuedEntry } from '../../../src/webparts/learningLogs/components/offline/entryQueue';

const BY = 'sam.patel@pathways.example.org';
const DATE = '2026-11-20';

const entryItem = (n: number, queuedAt: string, user = BY): Queued<QueuedEntry, EntryRefusal> => ({
  kind: 'learning-log-entry',
  id: `key-${n}`,
  user,
  queuedAt,
  payload: {
    entry: { logId: 1, pupilId: 7, subject: 'Maths', entryDate: DATE, teacher: user, entry: `Entry ${n}`, highlight: false },
    pupilRef: 'PH-7',
    clientKey: `key-${n}`,
    pupilName: 'Nia Rowe',
    logName: 'Autumn 2026/27',
  },
});

const mark = (pupilId: number, code: string): AttendanceMark => ({ pupilId, date: DATE, session: 'AM', code, recordedBy: BY, recordedAt: `${DATE}T09:05:00Z` });
const register = (date: string, queuedAt: string): QueuedRegister => {
  const request: RegisterSaveRequest = {
    date,
    session: 'AM',
    marks: [{ ...mark(1, 'I'), date }],
    reasons: new Map(),
    baseline: { date, session: 'AM', entries: [{ pupilId: 1 }] },
    overwrite: new Set(),
    takenBy: BY,
    at: `${date}T09:05:00Z`,
  };
  return { user: BY, date, session: 'AM', queuedAt, request };
};

beforeEach(() => window.localStorage.clear());

describe('the offline queue shared by every kind', () => {
  it('keeps a register from the first screen (writing half only) as the sender reads it, replaces it when saved again, and forgets it', () => {
    expect(registersKept(BY)).toBe(false);
    const first = register(DATE, 'x').request;
    const kept = keepRegister(BY, new Date('2026-11-20T10:00:00Z'), first);
    expect(kept).toEqual({ user: BY, date: DATE, session: 'AM', queuedAt: '2026-11-20T10:00:00.000Z', request: first });
    expect(registersKept(BY)).toBe(true);
    expect(registersKept('someone.else@pathways.example.org')).toBe(false);
    const again = { ...first, marks: [{ ...mark(1, 'M'), date: DATE }] };
    keepRegister(BY, new Date('2026-11-20T10:05:00Z'), again);
    // What the sender (offlineQueue.ts, loaded later) reads back: one register, the later save.
    const [read, ...rest] = readQueue();
    expect(rest).toEqual([]);
    expect(read.request.marks.map((m) => m.code)).toEqual(['M']);
    expect(read.queuedAt).toBe('2026-11-20T10:05:00.000Z');
    forgetKept(BY, DATE, 'AM');
    expect(readQueue()).toEqual([]);
    expect(registersKept(BY)).toBe(false);
    // Registers under the former key count as kept (the sender moves them into the queue when it loads).
    window.localStorage.setItem(LEGACY_REGISTER_KEY, serializeQueue([register(DATE, '2026-11-20T10:00:00Z')]));
    expect(registersKept(BY)).toBe(true);
  });

  it('keeps items through the browser storage, oldest first within a kind, each kind apart', () => {
    expect(putItem(entryCodec, entryItem(2, '2026-11-20T10:05:00Z'))).toBe(true);
    expect(putItem(entryCodec, entryItem(1, '2026-11-20T10:00:00Z'))).toBe(true);
    putItem(registerCodec, { kind: 'register', id: `${DATE}|AM`, user: BY, queuedAt: '2026-11-20T09:00:00Z', payload: register(DATE, 'x').request });
    // What was written is what a reload reads.
    expect(readKind(entryCodec).map((q) => q.payload.entry.entry)).toEqual(['Entry 1', 'Entry 2']);
    expect(readQueue().map((q) => q.date)).toEqual([DATE]);
    expect(JSON.parse(window.localStorage.getItem(QUEUE_KEY) ?? '[]')).toHaveLength(3);
    // Same queued time: the order they were kept in.
    putItem(entryCodec, entryItem(3, '2026-11-20T10:05:00Z'));
    expect(readKind(entryCodec).map((q) => q.id)).toEqual(['key-1', 'key-2', 'key-3']);
  });

  it('keeps a conflict in its place and removes only the item asked for (same kind, id and person)', () => {
    putItem(entryCodec, entryItem(1, '2026-11-20T10:00:00Z'));
    putItem(entryCodec, entryItem(2, '2026-11-20T10:01:00Z'));
    putItem(entryCodec, entryItem(2, '2026-11-20T10:01:00Z', 'other.person@pathways.example.org'));
    replaceItem(entryCodec, { ...entryItem(1, '2026-11-20T10:00:00Z'), conflict: { reason: 'The record was not found.' } });
    const [first, second] = readKind(entryCodec);
    expect(first.conflict).toEqual({ reason: 'The record was not found.' });
    expect(second.conflict).toBeUndefined();
    removeItem({ kind: 'learning-log-entry', id: 'key-2', user: BY.toUpperCase() });
    expect(readKind(entryCodec).map((q) => `${q.id} ${q.user}`)).toEqual([`key-1 ${BY}`, 'key-2 other.person@pathways.example.org']);
  });

  it('skips a damaged item without losing the others', () => {
    putItem(entryCodec, entryItem(1, '2026-11-20T10:00:00Z'));
    const stored = JSON.parse(window.localStorage.getItem(QUEUE_KEY) ?? '[]') as unknown[];
    stored.push('junk', { kind: 'learning-log-entry', id: 'bad', user: BY, queuedAt: 'x', payload: { entry: { subject: '' } } });
    window.localStorage.setItem(QUEUE_KEY, JSON.stringify(stored));
    expect(readKind(entryCodec).map((q) => q.id)).toEqual(['key-1']);
    window.localStorage.setItem(QUEUE_KEY, 'not json');
    expect(readKind(entryCodec)).toEqual([]);
  });

  it('moves registers kept under the former key into the queue once, never losing one', () => {
    window.localStorage.setItem(LEGACY_REGISTER_KEY, serializeQueue([register('2026-11-19', '2026-11-19T10:00:00Z'), register(DATE, '2026-11-20T10:00:00Z')]));
    putItem(entryCodec, entryItem(1, '2026-11-20T10:00:00Z'));
    expect(readQueue().map((q) => q.date)).toEqual(['2026-11-19', DATE]);
    expect(window.localStorage.getItem(LEGACY_REGISTER_KEY)).toBeNull();
    expect(readQueue()[1].request.marks).toEqual([mark(1, 'I')]);
    // The former key written again (an old page still open): moved without a second copy of the same register.
    window.localStorage.setItem(LEGACY_REGISTER_KEY, serializeQueue([register(DATE, '2026-11-20T10:00:00Z')]));
    expect(readQueue()).toHaveLength(2);
    expect(readKind(entryCodec)).toHaveLength(1);
  });

  it('leaves the former key where it is when the browser will not write the queue', () => {
    window.localStorage.setItem(LEGACY_REGISTER_KEY, serializeQueue([register(DATE, '2026-11-20T10:00:00Z')]));
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    try {
      expect(readQueue()).toEqual([]);
    } finally {
      setItem.mockRestore();
    }
    expect(window.localStorage.getItem(LEGACY_REGISTER_KEY)).not.toBeNull();
    expect(readQueue().map((q) => q.date)).toEqual([DATE]);
  });
});

describe('sending a queued learning-log entry', () => {
  const item = entryItem(1, '2026-11-20T10:00:00Z');

  it('sends it with the key it was made with', async () => {
    const addEntry = jest.fn().mockResolvedValue({});
    const outcome = await sendQueuedEntry({ addEntry }, item);
    expect(addEntry).toHaveBeenCalledWith(item.payload.entry, 'PH-7', { clientKey: 'key-1' });
    expect(outcome).toEqual({ message: 'Sent the Maths entry for Nia Rowe of 20/11/2026, written on this device on 20/11/2026 at 10:00: saved.', clean: true });
  });

  it('keeps it waiting while SharePoint cannot be reached or is busy', async () => {
    for (const e of [new DataError('network', 'x'), new DataError('unknown-outcome', 'x'), new DataError('throttled', 'x', 429), new DataError('unknown', 'x', 503)])
      await expect(sendQueuedEntry({ addEntry: jest.fn().mockRejectedValue(e) }, item)).rejects.toBe(e);
  });

  it('turns a refusal into a conflict with the reason (the text stays queued)', async () => {
    const refused = new DataError('invalid-record', 'Not saved: learning log 1 belongs to another pupil. An entry can only be added to its own pupil\'s log.');
    const outcome = await sendQueuedEntry({ addEntry: jest.fn().mockRejectedValue(refused) }, item);
    expect(outcome.conflict).toEqual({ reason: refused.message });
    expect(outcome.message).toBe(`The Maths entry for Nia Rowe of 20/11/2026, written on this device on 20/11/2026 at 10:00, was not saved: ${refused.message} Its text is kept on this device for you to copy.`);
    const gone = await sendQueuedEntry({ addEntry: jest.fn().mockRejectedValue(new DataError('not-found', 'The learning log was not found.', 404)) }, item);
    expect(gone.conflict).toEqual({ reason: 'The learning log was not found.' });
  });

  it('counts an entry stored but not read back as sent', async () => {
    const stored = new DataError('saved-unconfirmed', 'The Maths entry was saved, but SharePoint is too busy to show it now.');
    await expect(sendQueuedEntry({ addEntry: jest.fn().mockRejectedValue(stored) }, item)).resolves.toEqual({ message: stored.message, clean: false });
  });
});
