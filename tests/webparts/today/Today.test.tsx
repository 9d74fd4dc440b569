/**
 * Today with in-memory services on Friday 20/11/2026 at 10:00 in London: the morning register taken (by name), the
 * afternoon's time left, first-day calling after close, a follow-up due, a meeting today with its Teams link, the
 * reviews overdue, the PIP that needs action, a failed notification; one click opens the register where it is
 * taken; home-school staff see their pupils and none of the PRU's lists. axe on each.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../src/ui/AppRoot';
import { Today } from '../../../src/webparts/today/components/Today';
import { createFakeServices, type FakeData } from '../../support/fakeServices';
import { pupilRecord } from '../../support/pupilBuilder';
import { pipRecord } from '../../support/pipBuilder';
import { learningEntryRecord, needsAssessmentRequest } from '../../support/sendBuilders';
import { engagementEntry, incidentEntry } from '../../support/behaviourBuilder';
import { marksOver } from '../../support/attendanceMarkBuilder';
import { sentLaReturn } from '../../support/laReturnBuilder';
import { transitionPlanRecord, transitionStep } from '../../support/transitionBuilder';
import { DEFAULT_SETTINGS, behaviourLogDay, type ReviewMeeting } from '../../../src/domain';

setIconOptions({ disableWarnings: true });
jest.setTimeout(150000);

const OFFICER = 'dee.officer@pathways.example.org';
const mark = (pupilId: number, code: string) => ({ pupilId, date: '2026-11-20', session: 'AM' as const, code, recordedBy: OFFICER, recordedAt: '2026-11-20T09:20:00Z' });
const data: FakeData = {
  now: new Date('2026-11-20T10:00:00Z'),
  people: [{ email: OFFICER, displayName: 'Dee Officer' }],
  pupils: [
    pupilRecord('PH-1', { id: 1, firstName: 'Ada', lastName: 'Quill' }),
    pupilRecord('PH-2', { id: 2, firstName: 'Ben', lastName: 'Rook', parentPhone: '07700 900123' }),
    pupilRecord('PH-3', { id: 3, firstName: 'Cai', lastName: 'Marsh' }),
    pupilRecord('PH-4', { id: 4, firstName: 'Dot', lastName: 'Left', leavingDate: '2026-10-23' }),
  ],
  marks: [mark(1, '/'), mark(2, 'N')],
  pips: [pipRecord(1, { id: 1, plannedEndDate: '2026-11-27' })],
  meetings: [
    {
      id: 1,
      pupilId: 3,
      kind: 'Attendance meeting',
      status: 'Scheduled',
      start: '2026-11-20T14:00:00Z',
      end: '2026-11-20T14:45:00Z',
      eventId: 'event-1',
      invitedAt: '2026-11-16T10:00:00Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/example',
      chatThreadId: '19:meeting_example@thread.v2',
      attendees: [{ email: OFFICER, kind: 'pru-staff' }],
      outcomes: [],
      targetOutcomes: [],
      actions: [],
    },
  ],
  notifications: [
    { kind: 'attendance-stage', recipients: ['senco@school.example.sch.uk'], subject: 'Attendance: B.R. (Year 8)', outcome: 'Failed', attempts: 3, dedupeKey: 'k1' },
  ],
  parentContacts: [
    { pupilId: 2, at: '2026-11-19T09:45:00Z', day: '2026-11-19', kind: 'We called', withWhom: 'Jo Rook (mother)', outcome: 'No answer', followUpOn: '2026-11-20', recordedBy: OFFICER },
  ],
};

function setup(extra: FakeData = {}) {
  const services = createFakeServices({ ...data, ...extra });
  const view = render(
    <AppRoot services={services}>
      <Today />
    </AppRoot>,
  );
  return { services, ...view };
}

async function violations(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const section = (name: RegExp): HTMLElement => screen.getByRole('region', { name });

describe('Today for PRU staff', () => {
  it('lists what needs doing now, each from the rules that already exist', async () => {
    const { container } = setup();
    await screen.findByRole('heading', { name: 'Today, 20/11/2026' });
    const registers = section(/^Registers/).textContent ?? '';
    await screen.findByText(/taken by Dee Officer at 09:20/);
    expect(registers).toContain('not taken yet, 3 hours 15 minutes left (closes at 13:15)');
    expect(within(section(/^First-day calling/)).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Rook, Ben — 07700 900123', 'Marsh, Cai']);
    expect(section(/^Follow-ups due/).textContent).toContain('Rook, Ben: follow up by 20/11/2026 (no answer on 19/11/2026)');
    const meetings = section(/^Meetings today/);
    expect(meetings.textContent).toContain('14:00 attendance meeting: Marsh, Cai');
    expect(within(meetings).getByRole('link', { name: 'Join the Teams meeting' }).getAttribute('href')).toBe('https://teams.microsoft.com/l/meetup-join/example');
    // Beside it, the documented deep link to the meeting's chat (chatInfo.threadId kept on the record when booked).
    expect(within(meetings).getByRole('link', { name: 'Open the meeting chat in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/19:meeting_example@thread.v2/conversations',
    );
    expect(section(/^PIPs that need action/).textContent).toMatch(/Quill, Ada: Review overdue by \d+ days .*; Ends on 27\/11\/2026: plan the return to full time/);
    expect(section(/^Reviews overdue and due this week/).textContent).toContain('overdue');
    expect(section(/^Notifications that failed \(1\)/).textContent).toContain('Attendance: B.R. (Year 8) — 3 attempts');
    expect(screen.queryByText(/Left, Dot/)).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('one click opens the register where it is taken, on the session asked for, with the way back', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Open the afternoon register' }));
    expect(await screen.findByRole('heading', { name: 'Take the register' }, { timeout: 20000 })).toBeTruthy();
    // The heading shows while the register's pupils and settings load; the session choice comes with them.
    expect(await screen.findByRole('radio', { name: 'Afternoon (PM)' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    expect(await screen.findByRole('heading', { name: 'Today, 20/11/2026' })).toBeTruthy();
  });
});

describe('A pupil’s name on Today', () => {
  it('opens the pupil’s record in place, and the way back returns focus to the name', async () => {
    const { container } = setup();
    const followUps = await screen.findByRole('region', { name: /^Follow-ups due/ });
    const name = within(followUps).getByRole('button', { name: 'Rook, Ben' });
    name.focus();
    fireEvent.click(name);
    const heading = await screen.findByRole('heading', { name: 'Rook, Ben' }, { timeout: 20000 });
    expect(heading.contains(document.activeElement)).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Today, 20/11/2026' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back to the register' })).toBeNull();
    expect(await violations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    expect(screen.getByRole('heading', { name: 'Today, 20/11/2026' })).toBeTruthy();
    expect(document.activeElement).toBe(name);
  });
});

describe('Today for home-school staff', () => {
  it('shows their pupils at a glance and none of the PRU’s lists', async () => {
    const TUTOR = 'tom.tutor@pathways.example.org';
    const isMonday = (d: string): boolean => new Date(`${d}T12:00:00Z`).getUTCDay() === 1;
    const { container } = setup({
      pruStaff: false,
      permissions: [],
      people: [{ email: TUTOR, displayName: 'Tom Tutor' }],
      pupils: [pupilRecord('PH-1', { id: 1, firstName: 'Ada', lastName: 'Quill' })],
      // On the PIP (Monday mornings, 2.5 hours) since 07/09: every planned session attended, the rest C2.
      marks: marksOver(1, '2026-09-07', '2026-11-20', (d, s) => (isMonday(d) && s === 'AM' ? '/' : 'C2')),
      learningLogEntries: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-19'].map((entryDate, i) =>
        learningEntryRecord(1, { entryDate, teacher: TUTOR, subject: 'English', entry: `Entry ${i + 1}: read aloud to the group.` }),
      ),
      meetings: [{ ...data.meetings?.[0], id: 2, pupilId: 1, kind: 'PIP review', start: '2026-11-25T14:00:00Z', end: '2026-11-25T14:45:00Z' } as ReviewMeeting],
    });
    const theirs = await screen.findByRole('region', { name: /^Your pupils \(1\)/ });
    const ada = within(theirs).getByRole('listitem', { name: 'Quill, Ada' });
    expect(ada.textContent).toContain('Attendance: this week 1 of 10 sessions (10.0%); this term 10 of 100 sessions (10.0%)');
    expect(ada.textContent).toContain('PIP: 2.5 hours a week of the full-time 25, planned to end on 27/11/2026');
    expect(ada.textContent).toContain('Against the plan: this week 1 of 1 planned session attended; this term 10 of 10 planned sessions attended');
    // The first thing due on the due calendar: here the baseline, four weeks from starting on 02/09/2026.
    expect(ada.textContent).toContain('Next due: Baseline assessment by 30/09/2026 (overdue)');
    expect(ada.textContent).toContain('Next meeting: PIP review on 25/11/2026 at 14:00');
    // The three newest entries, newest first, by the teacher's name.
    await within(ada).findByText(/^19\/11\/2026, English \(Tom Tutor\): Entry 4/);
    const entries = within(ada).getAllByText(/, English \(/).map((e) => e.textContent?.slice(0, 10));
    expect(entries).toEqual(['19/11/2026', '16/11/2026', '09/11/2026']);
    for (const name of [/^Registers/, /^First-day calling/, /^Notifications that failed/, /^PIPs that need action/]) expect(screen.queryByRole('region', { name })).toBeNull();
    expect(await violations(container)).toEqual([]);
    // Their pupil's name opens the record in place, read-only (SharePoint lets them edit nothing on it).
    fireEvent.click(within(ada).getByRole('button', { name: 'Quill, Ada' }));
    await screen.findByRole('heading', { level: 2, name: 'Quill, Ada' }, { timeout: 20000 });
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record leaving' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    expect(document.activeElement?.textContent).toBe('Quill, Ada');
  });
});

describe('Today: attendance, baselines, the LA return, and each role’s own items first', () => {
  const order = (): string[] => Array.from(document.querySelectorAll('[data-today-section]')).map((s) => s.getAttribute('data-today-section') ?? '');
  beforeEach(() => window.localStorage.clear());

  const more: FakeData = {
    pupils: [
      pupilRecord('PH-1', { id: 1, firstName: 'Ada', lastName: 'Quill', enrolmentDate: '2026-09-02' }),
      pupilRecord('PH-2', { id: 2, firstName: 'Ben', lastName: 'Rook', enrolmentDate: '2026-09-02' }),
      pupilRecord('PH-5', { id: 5, firstName: 'Eve', lastName: 'Newby', enrolmentDate: '2026-10-12' }),
    ],
    // Ada: present until this week, then four unexplained sessions (Stage 3 this week); Ben: ten unexplained mornings
    // in two weeks (the penalty-notice threshold).
    marks: [
      ...marksOver(1, '2026-09-02', '2026-11-19', (d) => (d >= '2026-11-16' ? 'O' : '/')),
      ...marksOver(2, '2026-09-02', '2026-11-19', (d, s) => (d >= '2026-11-06' && s === 'AM' ? 'O' : '/')),
    ],
    assessments: [
      { pupilId: 1, kind: 'Baseline', subject: 'English', assessedOn: '2026-09-10', comment: 'Working towards' },
      { pupilId: 2, kind: 'Baseline', subject: 'English', assessedOn: '2026-09-10', comment: 'Working towards' },
    ],
    pips: [pipRecord(1, { id: 1, parentSignOff: { name: 'Jo Quill', date: '2026-11-16' }, plannedEndDate: '2027-02-12' })],
    settings: { ...DEFAULT_SETTINGS, laPartTimeReturn: { ...DEFAULT_SETTINGS.laPartTimeReturn, timing: 'Within days of agreement', deadlineDays: 10 } },
    meetings: [],
    notifications: [],
    parentContacts: [],
  };

  it('lists the stage entered this week, the penalty threshold, the baseline due and the LA return, from the rules that exist', async () => {
    const { container } = setup(more);
    const attendance = await screen.findByRole('region', { name: /^Attendance to act on \(2\)/ });
    expect(attendance.textContent).toContain('Entered Stage 2 or 3 this week');
    expect(attendance.textContent).toContain('Quill, Ada: Stage 3: Targeted support (was Stage 1)');
    expect(attendance.textContent).toContain('Rook, Ben: 10 sessions of unauthorised absence within 10 school weeks');
    const baselines = section(/^Baselines due \(1\)/);
    expect(baselines.textContent).toMatch(/^Baselines due \(1\)Newby, Eve — overdue by 09\/11\/2026/);
    expect(section(/^Reviews overdue and due this week/).textContent).not.toContain('Baseline');
    expect(section(/^Part-time timetables return to the LA \(1\)/).textContent).toContain("The return for Quill, Ada's part-time timetable — due on 26/11/2026");
    expect(await violations(container)).toEqual([]);
  });

  it('starts in the headteacher’s order for those SharePoint lets change the settings, and each role puts its own first', async () => {
    setup(more);
    await screen.findByRole('region', { name: /^Attendance to act on/ });
    expect(order().slice(0, 4)).toEqual(['pips', 'la-return', 'attendance', 'notifications']);
    const role = screen.getByRole('combobox', { name: 'Show first what needs doing by the' });
    fireEvent.change(role, { target: { value: 'attendance-officer' } });
    expect(order().slice(0, 4)).toEqual(['registers', 'calling', 'followups', 'attendance']);
    fireEvent.change(role, { target: { value: 'senco' } });
    expect(order().slice(0, 5)).toEqual(['reviews', 'baselines', 'meetings', 'sen-support', 'transition']);
    fireEvent.change(role, { target: { value: 'lead-tutor' } });
    expect(order().slice(0, 4)).toEqual(['registers', 'meetings', 'followups', 'incidents']);
    fireEvent.change(role, { target: { value: 'senco' } });
    expect(order()).toHaveLength(13);
    // Kept in this browser: the next visit opens in the SENCO's order.
    expect(window.localStorage.getItem('pathways-hub.today.role')).toBe('senco');
  });

  it('office staff (who may not change the settings) start in the attendance officer’s order', async () => {
    setup({ ...more, permissions: [] });
    await screen.findByRole('region', { name: /^Attendance to act on/ });
    expect(order().slice(0, 3)).toEqual(['registers', 'calling', 'followups']);
  });

  it('a return recorded as sent, listing the PIP, ends its reminder', async () => {
    setup({ ...more, laReturns: [sentLaReturn({ sentOn: '2026-11-18', pipIds: [1], pupilCount: 1 })] });
    await screen.findByRole('region', { name: /^Attendance to act on/ });
    expect(section(/^Part-time timetables return to the LA \(0\)/).textContent).toContain('No return is due around today');
  });

  it('one click opens the LA return where it is made', async () => {
    setup(more);
    fireEvent.click(await screen.findByRole('button', { name: /^The return for Quill, Ada's part-time timetable: open the LA return/ }));
    expect(await screen.findByText(/The LA asks for this return within 10 days of each agreement/, undefined, { timeout: 20000 })).toBeTruthy();
  });
});

describe('Today: SEN support to record and behaviour incidents to follow up (issue 15)', () => {
  const withSenAndIncidents: FakeData = {
    pupils: [
      pupilRecord('PH-1', { id: 1, firstName: 'Ada', lastName: 'Quill', senProvision: 'K' }),
      pupilRecord('PH-2', { id: 2, firstName: 'Ben', lastName: 'Rook', senProvision: 'E' }),
      pupilRecord('PH-3', { id: 3, firstName: 'Cai', lastName: 'Marsh', senProvision: 'N' }),
      pupilRecord('PH-4', { id: 4, firstName: 'Dot', lastName: 'Left', senProvision: 'N', leavingDate: '2026-10-23' }),
      pupilRecord('PH-6', { id: 6, firstName: 'Fay', lastName: 'Abbot', senProvision: 'N' }),
    ],
    behaviourLog: [
      incidentEntry(1, { at: '2026-11-19T13:40:00Z', lesson: 'Science' }),
      incidentEntry(3, { at: '2026-11-20T09:30:00Z', what: 'Threw a chair in the corridor' }),
      engagementEntry(2, { at: '2026-11-20T09:15:00Z' }),
      incidentEntry(2, { at: '2026-11-18T11:00:00Z' }),
    ].map(behaviourLogDay),
  };
  const items = (region: HTMLElement): string[] => within(region).queryAllByRole('listitem').map((li) => li.textContent ?? '');

  it('exactly the pupils on roll recorded N, and the incidents of today and the school day before, each opening the record', async () => {
    const { container } = setup(withSenAndIncidents);
    const sen = await screen.findByRole('region', { name: /^SEN support to record \(2\)/ });
    expect(items(sen).map((t) => t.split(':')[0])).toEqual(['Abbot, Fay', 'Marsh, Cai']);
    expect(items(sen)[0]).toContain('recorded N (no SEN); every pupil on roll is at SEN support at least, so record SEN support (K) on their record');
    const incidents = section(/^Behaviour incidents today and on 19\/11\/2026 \(2\)/);
    expect(items(incidents)).toEqual([
      'Marsh, Cai: 09:30, Maths — Threw a chair in the corridor',
      'Quill, Ada: 19/11/2026 13:40, Science — Left the lesson after a disagreement over a seat',
    ]);
    expect(await violations(container)).toEqual([]);
    fireEvent.click(within(incidents).getByRole('button', { name: 'Marsh, Cai' }));
    expect(await screen.findByRole('heading', { name: 'Marsh, Cai' }, { timeout: 20000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to Today' }));
    fireEvent.click(within(section(/^SEN support to record/)).getByRole('button', { name: 'Abbot, Fay' }));
    expect(await screen.findByRole('heading', { name: 'Abbot, Fay' }, { timeout: 20000 })).toBeTruthy();
  });

  it('none: each says so', async () => {
    setup({ ...withSenAndIncidents, pupils: withSenAndIncidents.pupils?.map((p) => ({ ...p, senProvision: 'K' as const })), behaviourLog: [] });
    expect((await screen.findByRole('region', { name: /^SEN support to record \(0\)/ })).textContent).toContain('Every pupil on roll is at SEN support or above.');
    expect(section(/^Behaviour incidents today/).textContent).toContain('No incidents logged: nothing to follow up.');
  });

  it('home-school staff get neither list', async () => {
    setup({ ...withSenAndIncidents, pruStaff: false, permissions: [] });
    await screen.findByRole('region', { name: /^Your pupils/ });
    expect(screen.queryByRole('region', { name: /^SEN support to record/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Behaviour incidents/ })).toBeNull();
  });
});

describe('Today: transition and reintegration to chase (issue 15, workflow 4)', () => {
  const withTransition: FakeData = {
    transitionPlans: [
      // A step past its date: listed.
      transitionPlanRecord(1, { steps: [transitionStep({ dueOn: '2026-11-17' }), transitionStep({ what: 'Phased timetable', dueOn: '2026-12-07' })] }),
      // The review due today: listed.
      transitionPlanRecord(3, { reviewOn: '2026-11-20' }),
      // Nothing due yet: not listed.
      transitionPlanRecord(2),
    ],
    ehcRequests: [
      // The LA's decision due on 23/11/2026 (6 weeks from receipt): due soon, listed.
      needsAssessmentRequest(2, { receivedOn: '2026-10-12' }),
      // Overdue, but the pupil has left: not listed.
      needsAssessmentRequest(4, { receivedOn: '2026-09-01' }),
    ],
  };
  const items = (region: HTMLElement): string[] => within(region).queryAllByRole('listitem').map((li) => li.textContent ?? '');

  it('exactly the plans with a step overdue or the review due and the EHC steps to chase, earliest first, each opening the record', async () => {
    const { container } = setup(withTransition);
    const region = await screen.findByRole('region', { name: /^Transition and reintegration \(3\)/ });
    expect(items(region)).toEqual([
      "Quill, Ada: reintegration step 'Visit the home school with the lead tutor' (Lead tutor) overdue since 17/11/2026",
      'Marsh, Cai: transition plan review due 20/11/2026',
      'Rook, Ben: EHC needs assessment: The LA decides whether to assess, by 23/11/2026 (Due soon)',
    ]);
    expect(await violations(container)).toEqual([]);
    fireEvent.click(within(region).getByRole('button', { name: 'Quill, Ada' }));
    expect(await screen.findByRole('heading', { name: 'Quill, Ada' }, { timeout: 20000 })).toBeTruthy();
  });

  it('none: says so', async () => {
    setup({ transitionPlans: [transitionPlanRecord(1)], ehcRequests: [] });
    expect((await screen.findByRole('region', { name: /^Transition and reintegration \(0\)/ })).textContent).toContain('No reintegration step overdue');
  });

  it('home-school staff do not see it', async () => {
    setup({ ...withTransition, pruStaff: false, permissions: [] });
    await screen.findByRole('region', { name: /^Your pupils/ });
    expect(screen.queryByRole('region', { name: /^Transition and reintegration/ })).toBeNull();
  });
});
