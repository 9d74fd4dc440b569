import { DEFAULT_SETTINGS } from '../../../../../src/domain';
import { buildMeeting, defaultAttendees, overlaps, type ScheduleFormValues } from '../../../../../src/webparts/reviewMeeting/components/schedule/scheduleModel';

const NOW = new Date('2026-11-20T10:00:00Z');
const context = { now: NOW, today: '2026-11-20', settings: DEFAULT_SETTINGS };
const values = (over: Partial<ScheduleFormValues> = {}): ScheduleFormValues => ({
  pupilId: 4,
  kind: 'Placement review',
  date: '24/11/2026',
  time: '10:00',
  minutes: 60,
  location: '',
  attendees: [{ name: 'Casey Lund', email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' }],
  notes: '',
  ...over,
});

describe('building the meeting from the form', () => {
  it('London time to an instant; the end from the length; attendees once each', () => {
    const { meeting, errors } = buildMeeting(
      values({ time: '9.30', minutes: 90, attendees: [...values().attendees, { email: 'CASEY.LUND@oakfield.example.sch.uk ', kind: 'home-school' }] }),
      context,
    );
    expect(errors).toEqual({});
    expect(meeting).toMatchObject({ pupilId: 4, kind: 'Placement review', status: 'Draft', start: '2026-11-24T09:30:00.000Z', end: '2026-11-24T11:00:00.000Z' });
    expect(meeting?.attendees).toHaveLength(1);
  });

  it('a specific message at each field', () => {
    expect(buildMeeting(values({ pupilId: undefined, kind: undefined, date: '31/11/2026', time: '25:00', attendees: [] }), context).errors).toEqual({
      pupilId: 'Choose the pupil',
      kind: 'Choose the kind of meeting',
      date: 'Enter the date as dd/mm/yyyy, for example 24/11/2026',
      time: 'Enter the start time as HH:MM (24-hour clock), for example 10:00',
      attendees: 'Invite at least one person',
    });
    expect(buildMeeting(values({ date: '21/11/2026' }), context).errors.date).toBe('21/11/2026 is at a weekend: choose a school day');
    expect(buildMeeting(values({ date: '28/10/2026' }), { ...context, now: new Date('2026-10-01T10:00:00Z') }).errors.date).toBe(
      '28/10/2026 is in a school holiday: choose a school day',
    );
    expect(buildMeeting(values({ date: '20/11/2026', time: '09:00' }), context).errors.date).toBe('Choose a time that has not passed yet');
    expect(buildMeeting(values({ attendees: [{ email: 'parent at home', kind: 'parent' }] }), context).errors.attendees).toBe(
      'parent at home is not an e-mail address: correct it or remove them',
    );
    expect(buildMeeting(values(), context).meeting).toBeDefined();
  });
});

describe('who is invited unless staff change it', () => {
  const contacts = [
    { id: 11, schoolId: 1, fullName: 'Casey Lund', role: 'Head of year' as const, email: 'casey.lund@oakfield.example.sch.uk', notify: true },
    { id: 12, schoolId: 1, fullName: 'Priya Sandhu', role: 'SENCO' as const, email: 'p.sandhu@oakfield.example.sch.uk', notify: false },
  ];
  const organiser = { email: 'rowan.pike@pathways.example.org', displayName: 'Rowan Pike' };

  it("the organiser, the pupil's named home-school staff and the parent/carer", () => {
    expect(defaultAttendees({ namedContactIds: [12], parentName: 'Theo Marsh', parentEmail: 'theo@example.com' }, contacts, organiser)).toEqual([
      { name: 'Rowan Pike', email: 'rowan.pike@pathways.example.org', kind: 'pru-staff' },
      { name: 'Priya Sandhu', email: 'p.sandhu@oakfield.example.sch.uk', kind: 'home-school' },
      { name: 'Theo Marsh', email: 'theo@example.com', kind: 'parent' },
    ]);
  });

  it('without named staff, the school staff who receive notifications; no parent without an address', () => {
    expect(defaultAttendees({ namedContactIds: [] }, contacts, organiser).map((a) => a.email)).toEqual([organiser.email, 'casey.lund@oakfield.example.sch.uk']);
  });

  it('busy when any busy time overlaps the slot', () => {
    const busy = [{ start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' }];
    expect(overlaps(busy, '2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z')).toBe(false);
    expect(overlaps(busy, '2026-11-24T09:30:00Z', '2026-11-24T10:30:00Z')).toBe(true);
  });
});
