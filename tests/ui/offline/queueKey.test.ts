/**
 * @jest-environment jsdom
 */
import { hasQueued, QUEUE_KEY } from '../../../src/ui/offline/queueKey';
import { QUEUE_KEY as QUEUE_KEY_OF_QUEUE, putItem, removeItem } from '../../../src/ui/offline/offlineQueue';
import { outcomeCodec, type QueuedOutcome } from '../../../src/webparts/reviewMeeting/components/meeting/offline/outcomeQueue';

const SAM = 'sam.patel@pathways.example.org';
const shown = {
  id: 300,
  etag: '"1"',
  pupilId: 4,
  kind: 'Placement review' as const,
  status: 'Scheduled' as const,
  start: '2026-11-20T09:00:00Z',
  end: '2026-11-20T09:30:00Z',
  attendees: [],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
};
const outcome: QueuedOutcome = { meetingId: 300, pupilName: 'Ava Brook', shown, held: { ...shown, status: 'Held', outcomes: ['Continue'] } };

beforeEach(() => window.localStorage.clear());

describe('hasQueued (the first screen’s check for items kept on this device)', () => {
  it('is the queue’s own key', () => {
    expect(QUEUE_KEY).toBe(QUEUE_KEY_OF_QUEUE);
  });

  it('is true only for the kind and the person (whatever the case of the address) while an item is kept', () => {
    expect(hasQueued('review-outcome', SAM)).toBe(false);
    putItem(outcomeCodec, { kind: 'review-outcome', id: 'meeting-300', user: SAM, queuedAt: '2026-11-20T10:00:00Z', payload: outcome });
    expect(hasQueued('review-outcome', SAM.toUpperCase())).toBe(true);
    expect(hasQueued('review-outcome', 'jo.king@pathways.example.org')).toBe(false);
    expect(hasQueued('learning-log-entry', SAM)).toBe(false);
    removeItem({ kind: 'review-outcome', id: 'meeting-300', user: SAM });
    expect(hasQueued('review-outcome', SAM)).toBe(false);
  });

  it('counts an item met with a conflict (it is shown until the person removes it)', () => {
    putItem(outcomeCodec, { kind: 'review-outcome', id: 'meeting-300', user: SAM, queuedAt: '2026-11-20T10:00:00Z', payload: outcome, conflict: { reason: 'Someone else recorded an outcome.' } });
    expect(hasQueued('review-outcome', SAM)).toBe(true);
  });

  it('is false when the store holds no JSON array, or the browser will not let it be read', () => {
    window.localStorage.setItem(QUEUE_KEY, '{not json');
    expect(hasQueued('review-outcome', SAM)).toBe(false);
    window.localStorage.setItem(QUEUE_KEY, JSON.stringify({ kind: 'review-outcome', user: SAM }));
    expect(hasQueued('review-outcome', SAM)).toBe(false);
    window.localStorage.setItem(QUEUE_KEY, JSON.stringify([null, 7, { kind: 'review-outcome', user: 12 }]));
    expect(hasQueued('review-outcome', SAM)).toBe(false);
    const blocked = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    try {
      expect(hasQueued('review-outcome', SAM)).toBe(false);
    } finally {
      blocked.mockRestore();
    }
  });
});
