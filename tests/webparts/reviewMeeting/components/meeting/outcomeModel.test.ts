import type { ReviewMeeting } from '../../../../../src/domain';
import { buildHeldMeeting, targetRows, type OutcomeFormValues } from '../../../../../src/webparts/reviewMeeting/components/meeting/outcomeModel';

const meeting: ReviewMeeting = {
  pupilId: 4,
  kind: 'PIP review',
  status: 'Scheduled',
  start: '2026-11-24T10:00:00Z',
  end: '2026-11-24T11:00:00Z',
  eventId: 'EVT-1',
  invitedAt: '2026-11-10T09:00:00Z',
  attendees: [{ email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' }],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
};
const agenda = {
  pip: { startDate: '2026-10-12', plannedEndDate: '2027-01-29', targets: ['Attend every morning session'] },
  targets: [{ id: 7, outcome: 'Read a chapter a week', measure: 'Reading log', dueDate: '2027-02-12' }],
};
const values = (over: Partial<OutcomeFormValues> = {}): OutcomeFormValues => ({
  targets: targetRows(agenda).map((t) => ({ ...t, outcome: 'Met' as const })),
  decisions: ['Keep the current timetable', ''],
  actions: [{ text: 'Send the new timetable', owner: 'Rowan Pike', due: '27/11/2026' }, { text: '', owner: '', due: '' }],
  notes: '',
  pipDecision: 'Continue',
  newEndDate: '',
  papersSentOn: '',
  reportSentOn: '',
  laDecisionOn: '',
  ...over,
});
const ctx = { meetingDay: '2026-11-24', pipEndDate: '2027-01-29' };

describe('recording the review', () => {
  it('one row per PIP target and open SMART target, with what was recorded before', () => {
    expect(targetRows(agenda, [{ source: 'SMART', targetId: 7, target: 'Read a chapter a week', outcome: 'Partially met', note: 'Two of four weeks' }])).toEqual([
      { source: 'PIP', target: 'Attend every morning session', note: '' },
      { source: 'SMART', targetId: 7, target: 'Read a chapter a week', outcome: 'Partially met', note: 'Two of four weeks' },
    ]);
  });

  it('the record as held: outcomes, the PIP decision first among the decisions, actions without the blank rows', () => {
    const { meeting: held, errors } = buildHeldMeeting(meeting, values(), ctx);
    expect(errors).toEqual({});
    expect(held).toMatchObject({
      status: 'Held',
      eventId: 'EVT-1',
      outcomes: ['PIP: continue on the current timetable', 'Keep the current timetable'],
      actions: [{ text: 'Send the new timetable', owner: 'Rowan Pike', due: '2026-11-27' }],
    });
    expect(held?.targetOutcomes).toEqual([
      { source: 'PIP', target: 'Attend every morning session', outcome: 'Met' },
      { source: 'SMART', targetId: 7, target: 'Read a chapter a week', outcome: 'Met' },
    ]);
  });

  it('a message at each field that needs one; nothing built', () => {
    const r = buildHeldMeeting(
      meeting,
      values({
        targets: targetRows(agenda),
        actions: [{ text: 'Call home', owner: '', due: '20/11/2026' }],
        pipDecision: 'Extend',
        newEndDate: '15/01/2027',
        reportSentOn: '2026-11-30',
      }),
      ctx,
    );
    expect(r.meeting).toBeUndefined();
    expect(r.errors).toEqual({
      'target.0': 'Choose Met, Partially met or Not achieved for "Attend every morning session"',
      'target.1': 'Choose Met, Partially met or Not achieved for "Read a chapter a week"',
      'action.0.owner': 'Enter who will do it',
      'action.0.due': 'The action cannot be due before the meeting',
      newEndDate: 'The new end date must be after the current one, 29/01/2027',
      reportSentOn: 'Enter the date as dd/mm/yyyy',
    });
    expect(buildHeldMeeting(meeting, values({ pipDecision: undefined }), ctx).errors).toEqual({ pipDecision: 'Choose the decision on the PIP' });
    expect(buildHeldMeeting({ ...meeting, kind: 'Placement review' }, values({ targets: [], decisions: [''], actions: [], pipDecision: undefined }), ctx).errors).toEqual({
      decisions: 'Record at least one decision, outcome or action',
    });
  });
});
