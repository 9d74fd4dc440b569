import type { AttendanceMark } from '../../../../../src/domain';
import type { RegisterSaveRequest } from '../../../../../src/data/ports';
import {
  changedPupils,
  fromStored,
  parseQueue,
  serializeQueue,
  toStored,
  type QueuedRegister,
} from '../../../../../src/webparts/attendance/components/register/offlineQueue';
import { sentMessage } from '../../../../../src/webparts/attendance/components/register/sendQueuedRegister';
import { waitingHeadline } from '../../../../../src/webparts/attendance/components/register/OfflineRegistersBanner';

const DATE = '2026-11-20';
const BY = 'sam.patel@pathways.example.org';
const mark = (pupilId: number, code: string): AttendanceMark => ({ pupilId, date: DATE, session: 'AM', code, recordedBy: BY, recordedAt: `${DATE}T09:05:00Z` });

function request(): RegisterSaveRequest {
  return {
    date: DATE,
    session: 'AM',
    marks: [mark(1, 'I'), mark(2, '/'), mark(3, '/')],
    reasons: new Map([[1, 'Parent rang: unwell']]),
    // As loaded from SharePoint: the repository's own snapshot carries its week items too (never stored).
    baseline: Object.assign({ date: DATE, session: 'AM' as const, entries: [{ pupilId: 1, mark: mark(1, '/') }, { pupilId: 2, mark: mark(2, '/') }], takenBy: BY, takenAt: `${DATE}T09:01:00Z` }, { weeks: new Map([[1, { etag: '"3"' }]]) }),
    overwrite: new Set([2]),
    takenBy: BY,
    at: `${DATE}T10:00:00Z`,
  };
}
const entry = (r = request()): QueuedRegister => ({ user: BY, date: DATE, session: 'AM', queuedAt: `${DATE}T10:00:01Z`, request: r });

describe('the offline register queue', () => {
  it('keeps the whole request through JSON: marks, reasons, overwrite and the marks as loaded (not the ETags)', () => {
    const [back] = parseQueue(serializeQueue([entry()]));
    expect(back.request.marks).toEqual(request().marks);
    expect([...back.request.reasons]).toEqual([[1, 'Parent rang: unwell']]);
    expect([...(back.request.overwrite ?? [])]).toEqual([2]);
    expect(back.request.baseline).toEqual({ date: DATE, session: 'AM', entries: [{ pupilId: 1, mark: mark(1, '/') }, { pupilId: 2, mark: mark(2, '/') }], takenBy: BY, takenAt: `${DATE}T09:01:00Z` });
    expect(JSON.stringify(toStored(request()))).not.toContain('etag');
  });

  it('drops a damaged entry and keeps the others, in the order they were queued', () => {
    const later = { ...entry(), date: '2026-11-19', queuedAt: `${DATE}T11:00:00Z`, request: { ...request(), date: '2026-11-19', baseline: { ...request().baseline, date: '2026-11-19' }, marks: [{ ...mark(1, 'I'), date: '2026-11-19' }] } };
    const stored = JSON.parse(serializeQueue([later, entry()])) as unknown[];
    stored.push({ user: BY, queuedAt: 'x', request: { date: DATE } }, 'junk');
    const read = parseQueue(JSON.stringify(stored));
    expect(read.map((q) => q.date)).toEqual([DATE, '2026-11-19']);
    expect(parseQueue('not json')).toEqual([]);
    expect(fromStored({ ...toStored(request()), marks: [{ ...mark(1, 'ZZ') }] })).toBeUndefined();
  });

  it('says how many marks the person changed, and what was sent', () => {
    expect([...changedPupils(entry())]).toEqual([1, 3]);
    const snapshot = request().baseline;
    const message = sentMessage(entry(), { saved: [3], unchanged: [2], conflicts: [{ pupilId: 1, mine: mark(1, 'I'), theirs: mark(1, 'M') }], failures: [], snapshot }, (id) => `Pupil ${id}`);
    expect(message).toBe(
      'Sent the register for Friday 20/11/2026, morning (AM), taken on this device on 20/11/2026 at 10:00: 1 mark saved. ' +
        '1 mark was changed by someone else meanwhile (Pupil 1): nothing of theirs was overwritten. Open this register to choose what to keep.',
    );
    expect(waitingHeadline(2, true)).toBe('2 registers waiting to be saved — they will be sent when you are back online.');
  });
});
