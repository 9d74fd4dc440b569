import { reviewMeetingSchema, reviewVoiceIssues, reviewVoiceStatus, type ReviewMeeting, type ReviewView } from '../../../src/domain';
import { issuesOf } from '../helpers';

const NOW = new Date('2026-11-20T12:00:00Z');
const view = (over: Partial<ReviewView> = {}): ReviewView => ({
  whose: 'Pupil',
  givenBy: 'Sam (pupil)',
  how: 'Talked with them',
  gatheredOn: '2026-11-18',
  views: 'Mornings are easier than afternoons.',
  recordedBy: 'lead.tutor@pathways.example.org',
  ...over,
});
const meeting = (over: Partial<ReviewMeeting> = {}): ReviewMeeting => ({
  pupilId: 4,
  kind: 'Placement review',
  status: 'Scheduled',
  start: '2026-11-20T09:00:00Z',
  end: '2026-11-20T10:00:00Z',
  attendees: [
    { name: 'Ana Reyes', email: 'ana.reyes@pathways.example.org', kind: 'pru-staff' },
    { name: 'Jo Marr', email: 'jo.marr@oakfield.example.sch.uk', kind: 'home-school' },
    { name: 'Morgan Hale', email: 'morgan.hale@example.org', kind: 'parent' },
  ],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
  ...over,
});

describe('pupil and parent voice at a review', () => {
  it('says whose views are missing and whether the pupil is invited or why not', () => {
    expect(reviewVoiceStatus(meeting())).toEqual({ missingViews: ['Pupil', 'Parent or carer'], pupilInvitation: 'not-decided', attendanceToRecord: [], outcomeToSend: [] });
    expect(reviewVoiceStatus(meeting({ views: [view()], pupilNotInvitedReason: 'Sam asked not to attend' }))).toMatchObject({ missingViews: ['Parent or carer'], pupilInvitation: 'not-invited' });
    const withPupil = meeting({ attendees: [...meeting().attendees, { email: 'sam.pupil@pathways.example.org', kind: 'pupil' }] });
    expect(reviewVoiceStatus({ ...withPupil, views: [view(), view({ whose: 'Parent or carer', givenBy: 'Morgan Hale (carer)', how: 'E-mail' })] })).toMatchObject({
      missingViews: [],
      pupilInvitation: 'invited',
    });
    expect(issuesOf(reviewMeetingSchema, { ...withPupil, pupilNotInvitedReason: 'Declined' })).toEqual({ pupilNotInvitedReason: ['The pupil is invited: remove the reason they are not'] });
  });

  it('once held, lists whose attendance is not recorded and who could not attend and still needs the outcome', () => {
    const held = meeting({ status: 'Held', attendance: [{ email: 'jo.marr@oakfield.example.sch.uk', attended: false }] });
    expect(reviewVoiceStatus(held)).toMatchObject({ attendanceToRecord: ['morgan.hale@example.org'], outcomeToSend: ['jo.marr@oakfield.example.sch.uk'] });
    const sent = meeting({
      status: 'Held',
      attendance: [
        { email: 'jo.marr@oakfield.example.sch.uk', attended: false, outcomeSentOn: '2026-11-20' },
        { email: 'morgan.hale@example.org', attended: true },
      ],
    });
    expect(reviewVoiceStatus(sent)).toMatchObject({ attendanceToRecord: [], outcomeToSend: [] });
  });

  it('refuses views dated ahead, attendance of someone not invited or before the meeting is held, and an outcome sent to someone who came', () => {
    expect(reviewVoiceIssues(meeting({ views: [view({ gatheredOn: '2026-11-23' })] }), NOW).map((i) => i.message)).toEqual([
      'The views are dated 23/11/2026, after today: record them once given',
    ]);
    expect(reviewVoiceIssues(meeting({ attendance: [{ email: 'someone@example.org', attended: true }] }), NOW).map((i) => i.message)).toEqual([
      'someone@example.org was not invited to this meeting',
      'Who attended is recorded once the meeting has been held',
    ]);
    expect(issuesOf(reviewMeetingSchema, meeting({ status: 'Held', attendance: [{ email: 'morgan.hale@example.org', attended: true, outcomeSentOn: '2026-11-20' }] }))).toEqual({
      'attendance.0.outcomeSentOn': ['Only someone who could not attend is sent the outcome'],
    });
    expect(issuesOf(reviewMeetingSchema, meeting({ views: [view({ views: '' })] }))).toEqual({ 'views.0.views': ['Enter the views in their words'] });
  });
});
