import { meetingChatLink, reviewMeetingSchema } from '../../../src/domain';

describe('the way to a meeting’s chat in Teams', () => {
  it('is the documented deep link to a chat, from a thread id of the documented form (19:…)', () => {
    expect(meetingChatLink('19:meeting_NTg0NmQ3NTctZDVkZC00YzRh@thread.v2')).toBe('https://teams.microsoft.com/l/chat/19:meeting_NTg0NmQ3NTctZDVkZC00YzRh@thread.v2/conversations');
    expect(meetingChatLink('19:cbee7c1c860e465cebf7bee0d@thread.skype')).toBe('https://teams.microsoft.com/l/chat/19:cbee7c1c860e465cebf7bee0d@thread.skype/conversations');
  });

  it('gives no link for anything else (never a guessed address)', () => {
    for (const bad of [undefined, '', 'meeting_abc@thread.v2', '19:abc', '19:a/b@thread.v2', '19:abc@thread.v2?x=1', 'https://evil.example.org/19:a@thread.v2'])
      expect(meetingChatLink(bad)).toBeUndefined();
  });

  it('is kept on a review record only with its Teams link, and only in that form', () => {
    const base = {
      pupilId: 1,
      kind: 'Placement review',
      status: 'Scheduled',
      start: '2026-11-24T10:00:00Z',
      end: '2026-11-24T11:00:00Z',
      attendees: [{ name: 'Rowan Pike', email: 'rowan.pike@pathways.example.org', kind: 'pru-staff' }],
      eventId: 'EVT-1',
      invitedAt: '2026-11-20T10:00:00Z',
    };
    const join = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    expect(reviewMeetingSchema.safeParse({ ...base, joinUrl: join, chatThreadId: '19:meeting_abc@thread.v2' }).success).toBe(true);
    const noLink = reviewMeetingSchema.safeParse({ ...base, chatThreadId: '19:meeting_abc@thread.v2' });
    expect(noLink.success ? [] : noLink.error.issues.map((i) => i.message)).toEqual(['A Teams chat can only come with the Teams meeting it belongs to']);
    const malformed = reviewMeetingSchema.safeParse({ ...base, joinUrl: join, chatThreadId: 'not-a-thread' });
    expect(malformed.success ? [] : malformed.error.issues.map((i) => i.message)).toEqual(['The Teams chat id must have the form 19:…@thread.v2']);
  });
});
