import { heldBeforeStartIssue, isInvited, reviewMeetingSchema } from '../../../src/domain/meetings/reviewMeeting';
import { issuesOf } from '../helpers';

const meeting = {
  pupilId: 12,
  kind: 'PIP review',
  status: 'Scheduled',
  start: '2026-02-23T10:00:00Z',
  end: '2026-02-23T11:00:00Z',
  eventId: 'AAMkAGI2TGuLAAA=',
  invitedAt: '2026-02-02T09:00:00Z',
  joinUrl: 'https://teams.example.org/meet/abc',
  attendees: [
    { name: 'Leo Brennan', email: 'leo.brennan@pathways.example.org', kind: 'pru-staff' },
    { email: 'p.sandhu@oakfield.example.sch.uk', kind: 'home-school' },
  ],
  actions: [{ text: 'Send the new timetable', owner: 'Leo Brennan', due: '2026-02-25' }],
};

describe('ReviewMeeting', () => {
  it('accepts a scheduled meeting', () => {
    expect(issuesOf(reviewMeetingSchema, meeting)).toEqual({});
  });
  it('must end after it starts', () => {
    expect(issuesOf(reviewMeetingSchema, { ...meeting, end: '2026-02-23T10:00:00Z' })).toEqual({ end: ['The meeting must end after it starts'] });
    expect(issuesOf(reviewMeetingSchema, { ...meeting, end: '2026-02-23T10:30:00+01:00' })).toEqual({ end: ['The meeting must end after it starts'] });
  });
  it('checks attendees and the join link', () => {
    expect(issuesOf(reviewMeetingSchema, { ...meeting, attendees: [] })).toEqual({ attendees: ['Invite at least one person before scheduling the meeting'] });
    expect(issuesOf(reviewMeetingSchema, { ...meeting, attendees: [meeting.attendees[0], meeting.attendees[0]] })).toEqual({
      'attendees.1.email': ['leo.brennan@pathways.example.org is invited twice'],
    });
    expect(issuesOf(reviewMeetingSchema, { ...meeting, attendees: [{ email: 'x@example.org', kind: 'friend' }] })['attendees.0.kind']).toEqual([
      'Choose who the attendee is',
    ]);
    expect(issuesOf(reviewMeetingSchema, { ...meeting, joinUrl: 'http://teams.example.org/x' })).toEqual({
      joinUrl: ['The meeting link must start with https://'],
    });
  });
  it('needs an action owner', () => {
    expect(issuesOf(reviewMeetingSchema, { ...meeting, actions: [{ text: 'Call home', owner: '' }] })).toEqual({ 'actions.0.owner': ['Enter who will do it'] });
  });
  it('never claims an invitation that was not created', () => {
    const { eventId: _e, ...noEvent } = meeting;
    void _e;
    expect(issuesOf(reviewMeetingSchema, noEvent)).toEqual({
      joinUrl: ['A Teams link can only come with the Outlook invitation it belongs to'],
      invitedAt: ['No invitation was created, so it cannot have been sent'],
    });
    expect(issuesOf(reviewMeetingSchema, { ...meeting, invitedAt: undefined })).toEqual({ invitedAt: ['Record when the invitation was sent'] });
    const { joinUrl: _j, invitedAt: _i, ...notBooked } = noEvent;
    void _j;
    void _i;
    expect(issuesOf(reviewMeetingSchema, notBooked)).toEqual({});
    expect(isInvited(meeting)).toBe(true);
    expect(isInvited({ eventId: undefined, invitedAt: undefined })).toBe(false);
    expect(isInvited({ eventId: 'AAMk', invitedAt: undefined })).toBe(false);
  });
  it('records outcomes, the report and the LA decision only once the meeting is held', () => {
    const outcome = { source: 'PIP', target: 'Attend every morning session', outcome: 'Partially met' };
    expect(issuesOf(reviewMeetingSchema, { ...meeting, targetOutcomes: [outcome], reportSentOn: '2026-03-01' })).toEqual({
      targetOutcomes: ['Target outcomes are recorded once the meeting has been held'],
      reportSentOn: ['The report is sent after the meeting has been held'],
    });
    const held = { ...meeting, status: 'Held', targetOutcomes: [outcome], reportSentOn: '2026-03-01', laDecisionOn: '2026-03-16' };
    expect(issuesOf(reviewMeetingSchema, held)).toEqual({});
    expect(issuesOf(reviewMeetingSchema, { ...held, reportSentOn: '2026-02-20', laDecisionOn: '20/02/2026' })).toEqual({
      reportSentOn: ['The report cannot be sent before the meeting'],
      laDecisionOn: ["The LA's decision cannot come before the meeting"],
    });
    expect(issuesOf(reviewMeetingSchema, { ...held, targetOutcomes: [{ ...outcome, outcome: 'Nearly' }] })['targetOutcomes.0.outcome']).toEqual([
      'Choose Met, Partially met or Not achieved',
    ]);
  });
});

describe('a meeting is held once it has started', () => {
  const m = { status: 'Held' as const, start: '2026-12-08T10:30:00Z' };
  it('refuses a held meeting before its start, saying when it starts (London time)', () => {
    expect(heldBeforeStartIssue(m, new Date('2026-11-20T10:00:00Z'))).toEqual({
      path: ['status'],
      message: 'This meeting starts on 08/12/2026 at 10:30: its outcomes can be recorded once it has started.',
    });
  });
  it('accepts it from its start, and never checks a meeting that is not held', () => {
    expect(heldBeforeStartIssue(m, new Date('2026-12-08T10:30:00Z'))).toBeUndefined();
    expect(heldBeforeStartIssue({ ...m, status: 'Scheduled' }, new Date('2026-11-20T10:00:00Z'))).toBeUndefined();
  });
});
