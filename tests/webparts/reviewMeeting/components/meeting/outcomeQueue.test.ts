import { outcomeCodec, outcomeLines, outcomeOf, sameOutcome, type QueuedOutcome } from '../../../../../src/webparts/reviewMeeting/components/meeting/offline/outcomeQueue';
import { AVA_MEETING } from '../fixtures';

const held = {
  ...AVA_MEETING,
  status: 'Held' as const,
  outcomes: ['Continue the placement for six weeks'],
  targetOutcomes: [{ source: 'SMART' as const, targetId: 70, target: 'Arrive by 09:00 four days in five', outcome: 'Partially met' as const }],
  actions: [{ text: 'Send the reading plan home', owner: 'Rowan Pike', due: '2026-11-27' }],
};
const queued: QueuedOutcome = { meetingId: 300, pupilName: 'Ava Brook', shown: { ...AVA_MEETING, id: 300, etag: '"4"' }, held, pipDecision: 'Continue' };

describe('a review outcome in the offline queue', () => {
  it('keeps the meeting as held and as shown (with its ETag) through JSON', () => {
    const back = outcomeCodec.fromStored(JSON.parse(JSON.stringify(outcomeCodec.toStored(queued))));
    expect(back).toEqual(queued);
    expect(outcomeCodec.idOf(queued)).toBe('meeting-300');
  });

  it('reads nothing back from a damaged entry (a held meeting that is not held, no ETag) and no made-up PIP decision', () => {
    const stored = JSON.parse(JSON.stringify(queued)) as Record<string, unknown>;
    expect(outcomeCodec.fromStored({ ...stored, held: { ...held, status: 'Scheduled', targetOutcomes: [] } })).toBeUndefined();
    expect(outcomeCodec.fromStored({ ...stored, shown: { ...AVA_MEETING } })).toBeUndefined();
    expect(outcomeCodec.fromStored({ ...stored, pipDecision: 'Whatever' })?.pipDecision).toBeUndefined();
    expect(outcomeCodec.conflictFromStored({ reason: 'Someone else recorded an outcome.', theirs: outcomeOf(held) })).toEqual({ reason: 'Someone else recorded an outcome.', theirs: outcomeOf(held) });
  });

  it('tells the same outcome apart from another, and says it line by line', () => {
    expect(sameOutcome(outcomeOf(held), outcomeOf({ ...held, attendees: [] }))).toBe(true);
    expect(sameOutcome(outcomeOf(held), outcomeOf({ ...held, outcomes: ['End the placement'] }))).toBe(false);
    expect(sameOutcome(outcomeOf(AVA_MEETING), outcomeOf(held))).toBe(false);
    expect(outcomeLines(outcomeOf(held))).toEqual([
      'Target "Arrive by 09:00 four days in five": Partially met',
      'Decision: Continue the placement for six weeks',
      'Action: Send the reading plan home, Rowan Pike, by 27/11/2026',
    ]);
  });
});
