import { reviewMeetingSchema } from '../../../src/domain/meetings/reviewMeeting';
import { issuesOf } from '../helpers';

const meeting = {
  pupilId: 12,
  kind: 'PIP review',
  status: 'Scheduled',
  start: '2026-02-23T10:00:00Z',
  end: '2026-02-23T11:00:00Z',
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
});
