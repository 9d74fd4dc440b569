/**
 * The Review meetings web part with in-memory services: the Due view by pupil and by week, arranging a meeting
 * (home-school named staff invited, the invitation sent, or a draft kept when it cannot be), the meeting with
 * its agenda from the records, outcomes recorded and the next review planned, and the notifications log.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import type { ReviewHost } from '../../../../src/webparts/reviewMeeting/components/host';
import type { FakeMeetings, FakeMeetingService, FakeNotifications } from '../../../support/fakeMeetings';
import type { FakeTargets } from '../../../support/fakeLearningAndTargets';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices } from './fixtures';
import { needsAssessmentRequest } from '../../../support/sendBuilders';
import { transitionPlanRecord } from '../../../support/transitionBuilder';

setIconOptions({ disableWarnings: true });
// A machine shared with other builds: a save and the view read again after it can take longer than a second.
configure({ asyncUtilTimeout: 10000 });


function setup(host: ReviewHost = { kind: 'sharepoint' }, data: Parameters<typeof fakeServices>[0] = {}) {
  const services = fakeServices(data);
  const view = render(
    <AppRoot services={services}>
      <ReviewMeetings host={host} />
    </AppRoot>,
  );
  return {
    services,
    meetings: services.meetings as FakeMeetings,
    meetingService: services.meetingService as FakeMeetingService,
    notifications: services.notifications as FakeNotifications,
    targets: services.targets as FakeTargets,
    ...view,
  };
}

/** Opens the outcome form (it loads when the person asks for it); the focus moves to its heading. */
async function openOutcomeForm(name = 'Record the outcomes'): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name }));
  const form = await screen.findByRole('form', { name: 'Record the review' });
  await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Record the review' })));
  return form;
}

async function violations(container: HTMLElement): Promise<string[]> {
  const r = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const statusText = (): string => screen.getAllByRole('status').map((s) => s.textContent ?? '').join(' ');

describe('the Due view', () => {
  it('lists what is due by pupil, with the status in words and why', async () => {
    const { container } = setup();
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    const item = within(group).getByRole('heading', { name: 'Placement review with the home school' }).closest('li') as HTMLElement;
    expect(item.textContent).toContain('Overdue.');
    expect(item.textContent).toContain('Due by Monday 16/11/2026');
    expect(item.textContent).toContain('Worked out as 6 weeks after the last placement review on 05/10/2026.');
    expect(within(item).getByRole('button', { name: 'Arrange the meeting: placement review for Brook, Ava' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('by week: overdue first, then each week, with the pupil named on each item', async () => {
    setup();
    await screen.findByRole('region', { name: 'Brook, Ava' });
    fireEvent.click(screen.getByRole('radio', { name: 'By week' }));
    const overdue = screen.getByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByRole('heading', { name: 'Placement review with the home school: Brook, Ava' })).toBeTruthy();
    const weeks = screen.getAllByRole('region', { name: /^Week beginning / }).map((r) => r.getAttribute('aria-label'));
    expect(weeks).toEqual(['Week beginning 07/12/2026', 'Week beginning 14/12/2026']);
    // Ben started on 09/11: his baseline assessment (4 weeks) and first placement review (6 weeks, in the Christmas holiday).
    expect(within(screen.getByRole('region', { name: 'Week beginning 14/12/2026' })).getByRole('heading', { name: 'Placement review with the home school: Cole, Ben' })).toBeTruthy();
  });

  it('records a review held outside Pathways Hub: a message at the field for a day not yet come, then the item is met', async () => {
    const { meetings, container } = setup();
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    fireEvent.click(within(group).getByRole('button', { name: 'Record as held: placement review for Brook, Ava' }));
    const form = await screen.findByRole('form', { name: 'Record the placement review as held (outside Pathways Hub)' });
    expect(await violations(container)).toEqual([]);
    fireEvent.change(within(form).getByRole('textbox', { name: /Held on/ }), { target: { value: '25/12/2099' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as held' }));
    expect(await within(form).findByText(/after today/)).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Held on/ }), { target: { value: '16/11/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as held' }));
    expect(await within(form).findByText('Enter what was decided at the review')).toBeTruthy();
    const before = (await meetings.since('2000-01-01T00:00:00Z')).items.length;
    fireEvent.change(within(form).getByRole('textbox', { name: /What was decided/ }), { target: { value: 'Placement continues; reintegration plan agreed.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record as held' }));
    await waitFor(() => expect(statusText()).toContain("Recorded: Brook, Ava's placement review held on 16/11/2026."));
    const all = (await meetings.since('2000-01-01T00:00:00Z')).items;
    expect(all).toHaveLength(before + 1);
    expect(all.find((m) => m.status === 'Held' && m.kind === 'Placement review' && m.outcomes[0] === 'Placement continues; reintegration plan agreed.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Brook, Ava' }).textContent).toContain('6 weeks after the last placement review on 16/11/2026'));
  });

  it('lists the transition meeting (to arrange through the form) and the plan’s review, and an EHC needs assessment’s statutory step, each with why', async () => {
    const { container } = setup(
      { kind: 'sharepoint' },
      {
        transitionPlans: [transitionPlanRecord(4, { id: 9, reviewOn: '2026-12-04', plannedOn: '2027-01-11', destinationKind: 'A new setting', destinationName: 'Elm Specialist School' })],
        ehcRequests: [needsAssessmentRequest(4, { id: 21, receivedOn: '2026-10-12' })],
      },
    );
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    const row = (label: string): HTMLElement => within(group).getByRole('heading', { name: label }).closest('li') as HTMLElement;
    const decision = row('EHC needs assessment: the LA decides whether to assess');
    expect(decision.textContent).toContain('Due soon.');
    expect(decision.textContent).toContain('Due by Monday 23/11/2026');
    expect(decision.textContent).toContain('Worked out as within 6 weeks of the LA receiving the request on 12/10/2026 (SEND Regulations 2014, reg 5).');
    expect(decision.textContent).toContain("This is the local authority's deadline");
    const review = row('Look at the transition plan again');
    expect(review.textContent).toContain('Due by Friday 04/12/2026');
    expect(review.textContent).toContain('Worked out as the date set on the transition plan to look at it again (a new setting (Elm Specialist School) planned for 11/01/2027).');
    // The transition meeting is met by a meeting: the Due view offers to arrange it (Review meetings' own form).
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include items due more than 8 weeks ahead' }));
    const meeting = row('Transition meeting before the pupil moves on');
    expect(meeting.textContent).toContain('Worked out as before the pupil moves on: a new setting (Elm Specialist School) planned for 11/01/2027.');
    fireEvent.click(within(meeting).getByRole('button', { name: 'Arrange the meeting: transition meeting for Brook, Ava' }));
    await screen.findByRole('heading', { name: 'Arrange a review meeting' });
    expect(await violations(container)).toEqual([]);
  });

  it('home-school staff see what is due but cannot arrange anything', async () => {
    setup({ kind: 'sharepoint' }, { pruStaff: false });
    await screen.findByRole('region', { name: 'Brook, Ava' });
    expect(screen.queryByRole('button', { name: /Arrange the meeting/ })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Notifications' })).toBeNull();
  });
});

describe('arranging a meeting', () => {
  async function openForm(): Promise<void> {
    fireEvent.click(await screen.findByRole('button', { name: 'Arrange the meeting: placement review for Brook, Ava' }));
    await screen.findByRole('heading', { name: 'Arrange a review meeting' });
    await screen.findByRole('checkbox', { name: /Casey Lund/ });
  }

  it("invites the organiser, the pupil's named home-school staff and the parent; sends the invitation with a Teams link", async () => {
    const { meetingService, meetings } = setup();
    await openForm();
    expect(screen.getByRole('checkbox', { name: 'Casey Lund, Head of year (casey.lund@oakfield.example.sch.uk)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Priya Sandhu, SENCO (p.sandhu@oakfield.example.sch.uk)' })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: 'Theo Brook (theo.brook@example.com)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: /^Date/ })).toHaveProperty('value', '23/11/2026');
    fireEvent.change(screen.getByRole('textbox', { name: /^Start time/ }), { target: { value: '11:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    await waitFor(() => expect(statusText()).toContain("Invitation sent to 3 people for Brook, Ava's placement review, with a Teams link."));
    expect(meetingService.calls).toEqual([
      {
        kind: 'create',
        meetingId: expect.any(Number),
        attendees: [
          { name: 'Attendance Officer', email: 'attendance.officer@pathways.example.org', kind: 'pru-staff' },
          { name: 'Casey Lund', email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' },
          { name: 'Theo Brook', email: 'theo.brook@example.com', kind: 'parent' },
        ],
      },
    ]);
    expect(meetings.records[0]).toMatchObject({ status: 'Scheduled', start: '2026-11-23T11:00:00.000Z', eventId: 'EVT-1' });
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    expect(group.textContent).toContain('Meeting arranged for 23/11/2026 at 11:00: the invitation has been sent.');
  });

  it('a specific message at the field, and nothing sent', async () => {
    const { meetingService } = setup();
    await openForm();
    fireEvent.change(screen.getByRole('textbox', { name: /^Date/ }), { target: { value: '21/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByText('21/11/2026 is at a weekend: choose a school day')).toBeTruthy();
    expect(meetingService.calls).toEqual([]);
  });

  it('when Outlook refuses: the reason in plain words, a draft kept, nothing claimed; trying again books the same record', async () => {
    const { meetingService, meetings } = setup();
    meetingService.failNext = 'Could not send the invitation: the administrator has not approved the "Calendars.ReadWrite" permission for Pathways Hub.';
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByText(/the administrator has not approved the "Calendars.ReadWrite" permission/)).toBeTruthy();
    expect(screen.getByText(/The meeting is saved as a draft: nothing was sent\./)).toBeTruthy();
    expect(meetings.records).toHaveLength(1);
    expect(meetings.records[0]).toMatchObject({ status: 'Draft' });
    expect(meetings.records[0].eventId).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    await waitFor(() => expect(statusText()).toContain('Invitation sent to 3 people'));
    expect(meetings.records).toHaveLength(1);
    expect(meetings.records[0]).toMatchObject({ status: 'Scheduled', eventId: 'EVT-1' });
  });
});

describe('the meeting, as in a Teams tab', () => {
  it('shows the invitation, the Teams link and the agenda from the records', async () => {
    const { container } = setup({ kind: 'teams-tab', meetingId: 300 }, { meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
    const article = await screen.findByRole('article', { name: 'Placement review: Brook, Ava' });
    expect(container.querySelector('[data-host="teams-tab"]')).not.toBeNull();
    expect(within(article).getByRole('link', { name: 'Join the Teams meeting' }).getAttribute('href')).toBe(AVA_MEETING.joinUrl);
    expect(within(article).getByRole('link', { name: 'Open the meeting chat in Teams' }).getAttribute('href')).toBe('https://teams.microsoft.com/l/chat/19:meeting_ava300@thread.v2/conversations');
    expect(article.textContent).toContain('The Outlook invitation was sent on 06/11/2026 at 09:00.');
    const attendance = within(article).getByRole('region', { name: /1\. Attendance since the last review on 05\/10\/2026/ });
    // 05/10 to 19/11: 29 school days (not the half-term week), 58 sessions, 2 unauthorised.
    expect(attendance.textContent).toContain('05/10/2026 to 19/11/2026: 96.6% attendance (statutory measure), 56 of 58 possible sessions attended; 0 authorised and 2 unauthorised absences.');
    expect(within(article).getByRole('region', { name: /3\. SMART targets/ }).textContent).toContain(
      'Last progress, 02/11/2026: On time three days in five (rated 3 of 5).',
    );
    expect(within(article).getByRole('region', { name: /4\. Learning-log highlights/ }).textContent).toContain('12/11/2026, English (Rowan Pike): Read the whole chapter aloud to the group');
    expect(within(article).getByRole('region', { name: /5\. Actions from last time/ }).textContent).toContain('Share the reading plan with home: Rowan Pike, by 16/10/2026');
    expect(await violations(container)).toEqual([]);
  });

  it('records each target’s outcome, decisions and actions; saves the review; plans the next one as a draft', async () => {
    const { meetings, targets } = setup({ kind: 'teams-tab', meetingId: 300 }, { meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
    await screen.findByRole('heading', { name: 'Record the review' });
    expect(screen.queryByRole('button', { name: 'Save the review' })).toBeNull();
    await openOutcomeForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(await screen.findByText('Choose Met, Partially met or Not achieved for "Arrive by 09:00 four days in five"')).toBeTruthy();
    const group = screen.getByRole('radiogroup', { name: /SMART target: Arrive by 09:00/ });
    fireEvent.click(within(group).getByRole('radio', { name: 'Partially met' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Decision 1' }), { target: { value: 'Continue the placement for six weeks' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Action 1' }), { target: { value: 'Send the reading plan home' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Who, action 1' }), { target: { value: 'Rowan Pike' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(statusText()).toContain('The review is saved.'));
    expect(statusText()).toContain('Progress is recorded on 1 SMART target.');
    expect(statusText()).toContain(
      'The next placement review is due by 01/01/2027: a draft is planned for 18/12/2026 at 09:30. No invitation has been sent yet: send it from the Due view.',
    );
    const held = meetings.records.find((m) => m.id === 300);
    expect(held).toMatchObject({
      status: 'Held',
      outcomes: ['Continue the placement for six weeks'],
      targetOutcomes: [{ source: 'SMART', targetId: 70, target: 'Arrive by 09:00 four days in five', outcome: 'Partially met' }],
      actions: [{ text: 'Send the reading plan home', owner: 'Rowan Pike' }],
    });
    const next = meetings.records.find((m) => m.id !== 300 && m.id !== 299);
    expect(next).toMatchObject({ kind: 'Placement review', status: 'Draft', start: '2026-12-18T09:30:00.000Z' });
    expect(next?.eventId).toBeUndefined();
    expect(targets.records.find((t) => t.id === 70)?.progress.slice(-1)[0]).toEqual({
      date: '2026-11-20',
      note: 'Placement review on 20/11/2026: Partially met',
      rating: 3,
    });
  });
});

describe('a PIP review meeting', () => {
  const pip = {
    id: 90,
    pupilId: 4,
    status: 'Active' as const,
    startDate: '2026-10-05',
    plannedEndDate: '2027-01-29',
    reasons: ['Extended period of non-attendance' as const],
    interventions: [],
    targets: ['Attend every timetabled session for 3 weeks'],
    timetables: [{ effectiveFrom: '2026-10-05', slots: [{ day: 'Monday' as const, start: '09:30', end: '11:30', location: 'Pathways centre', curriculum: 'English' }] }],
    parentSignOff: { name: 'Theo Brook', date: '2026-10-02' },
    notBehaviourManagement: true,
  };
  const pipMeeting = { ...AVA_MEETING, id: 301, kind: 'PIP review' as const };

  it('does not take outcomes for a meeting that has not started yet', async () => {
    const later = { ...pipMeeting, id: 302, start: '2026-12-08T10:30:00Z', end: '2026-12-08T11:30:00Z' };
    setup({ kind: 'teams-tab', meetingId: 302 }, { meetings: [later], pips: [pip] });
    const article = await screen.findByRole('article', { name: 'PIP review: Brook, Ava' });
    expect(within(article).getByRole('note').textContent).toBe('This meeting starts on 08/12/2026 at 10:30: its outcomes can be recorded once it has started.');
    expect(within(article).queryByRole('button', { name: 'Save the review' })).toBeNull();
    expect(within(article).queryByRole('button', { name: 'Record the outcomes' })).toBeNull();
  });

  it('links a PIP review already recorded on the PIP that day instead of recording it twice', async () => {
    const earlier = { pipId: 90, pupilId: 4, reviewDate: '2026-11-20', targetOutcomes: [], timetable: { days: [], slots: [] }, totalHours: 0, decision: 'Continue' as const };
    const { services, meetings } = setup({ kind: 'teams-tab', meetingId: 301 }, { meetings: [pipMeeting], pips: [pip], pipReviews: [earlier] });
    await screen.findByRole('article', { name: 'PIP review: Brook, Ava' });
    await openOutcomeForm();
    for (const group of screen.getAllByRole('radiogroup').filter((g) => /target/.test(g.getAttribute('aria-label') ?? g.textContent ?? ''))) {
      const met = within(group).queryByRole('radio', { name: 'Met' });
      if (met) fireEvent.click(met);
    }
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /Decision on the PIP/ })).getByRole('radio', { name: 'Continue on the current timetable' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(statusText()).toContain('The PIP review of 20/11/2026 was already recorded on the PIP (Continue): this meeting is linked to it, not recorded twice.'));
    expect((await services.pips.reviews(90)).items).toHaveLength(1);
    expect(meetings.records.find((m) => m.id === 301)).toMatchObject({ status: 'Held', pipReviewId: 1 });
  });

  it('records the PIP review with its decision (once), and the PIP target outcome', async () => {
    const { services, meetings } = setup({ kind: 'teams-tab', meetingId: 301 }, { meetings: [pipMeeting], pips: [pip] });
    const article = await screen.findByRole('article', { name: 'PIP review: Brook, Ava' });
    expect(within(article).getByRole('region', { name: /2\. Phased Integration Plan/ }).textContent).toContain('Attend every timetabled session for 3 weeks');
    expect(within(article).getByRole('region', { name: /^1\. Attendance since the PIP started/ }).textContent).toContain('Against the PIP:');
    await openOutcomeForm();
    for (const group of screen.getAllByRole('radiogroup').filter((g) => /target/.test(g.getAttribute('aria-label') ?? g.textContent ?? ''))) {
      const met = within(group).queryByRole('radio', { name: 'Met' });
      if (met) fireEvent.click(met);
    }
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /Decision on the PIP/ })).getByRole('radio', { name: 'Extend the PIP' }));
    fireEvent.change(screen.getByRole('textbox', { name: /New end date/ }), { target: { value: '26/02/2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(statusText()).toContain('The PIP review is recorded (Extend).'));
    const reviews = (await services.pips.reviews(90)).items;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ decision: 'Extend', newEndDate: '2027-02-26', reviewDate: '2026-11-20' });
    expect(reviews[0].targetOutcomes).toEqual([{ target: 'Attend every timetabled session for 3 weeks', outcome: 'Met' }]);
    expect((await services.pips.get(90)).plannedEndDate).toBe('2027-02-26');
    expect(meetings.records.find((m) => m.id === 301)).toMatchObject({ status: 'Held', pipReviewId: reviews[0].id, outcomes: ['PIP: extend to 26/02/2027'] });
    // Saved again (a correction): the PIP review is not recorded twice.
    // Saved, the form closes: the record shows what was recorded.
    expect(await screen.findByRole('heading', { name: 'Recorded at the meeting' })).toBeTruthy();
    await openOutcomeForm('Change the record');
    expect(screen.queryByRole('radiogroup', { name: /Decision on the PIP/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(meetings.records.find((m) => m.id === 301)?.etag).not.toBe(undefined));
    await waitFor(() => expect(statusText()).toContain('The review is saved.'));
    expect((await services.pips.reviews(90)).items).toHaveLength(1);
  });
});

describe('notifications', () => {
  it('lists what was sent, and sends a failed one again', async () => {
    setup(undefined, {
      notifications: [
        {
          id: 1,
          kind: 'attendance-stage',
          pupilId: 4,
          recipients: ['casey.lund@oakfield.example.sch.uk'],
          subject: 'Pathways Learning Centre: an attendance update for pupil PH-0004',
          outcome: 'Failed',
          attempts: 3,
          lastAttempt: '2026-11-20T09:45:00Z',
          error: 'Could not send the e-mail: Microsoft 365 is busy. Please try again in a few minutes.',
          dedupeKey: 'attendance-stage:4:2026-11-16:Stage 2',
          message: 'Please open the record.',
          linkUrl: 'https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=4',
        },
      ],
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notifications' }));
    const table = await screen.findByRole('table', { name: 'Messages sent by Pathways Hub, newest first' });
    expect(table.textContent).toContain('Microsoft 365 is busy');
    fireEvent.click(within(table).getByRole('button', { name: /Send again/ }));
    await waitFor(() => expect(statusText()).toContain('Sent.'));
    expect((await screen.findByRole('table')).textContent).not.toContain('Failed');
  });
});

