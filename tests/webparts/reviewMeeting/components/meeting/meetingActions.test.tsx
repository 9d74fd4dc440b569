/**
 * Moving or cancelling a meeting from the meeting itself: the two buttons are part of the meeting, their form loads
 * when one is pressed; "Keep it as it is" goes back to the buttons; a move updates the invitation, then the record.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { MeetingView } from '../../../../../src/webparts/reviewMeeting/components/meeting/MeetingView';
import type { FakeMeetings, FakeMeetingService } from '../../../../support/fakeMeetings';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices } from '../fixtures';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 10000 });

const asked = jest.fn();
jest.mock('../../../../../src/webparts/reviewMeeting/components/meeting/MeetingActions', () => {
  asked();
  return jest.requireActual('../../../../../src/webparts/reviewMeeting/components/meeting/MeetingActions');
});

it('in the Teams meeting panel, loads the moving form when asked, goes back on "Keep it as it is", and moves the meeting and its invitation', async () => {
  const services = fakeServices({ meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
  render(
    <AppRoot services={services}>
      <ReviewMeetings host={{ kind: 'teams-meeting', meetingId: 300 }} first={{ MeetingView }} />
    </AppRoot>,
  );
  const article = await screen.findByRole('article', { name: 'Placement review: Brook, Ava' });
  expect(asked).not.toHaveBeenCalled();

  fireEvent.click(within(article).getByRole('button', { name: 'Cancel the meeting' }));
  await within(article).findByRole('textbox', { name: 'Message to the attendees (optional)' });
  expect(asked).toHaveBeenCalledTimes(1);
  fireEvent.click(within(article).getByRole('button', { name: 'Keep it as it is' }));
  await within(article).findByRole('button', { name: 'Move the meeting' });
  expect(within(article).queryByRole('textbox', { name: 'Message to the attendees (optional)' })).toBeNull();

  fireEvent.click(within(article).getByRole('button', { name: 'Move the meeting' }));
  fireEvent.change(await within(article).findByRole('textbox', { name: 'New date (dd/mm/yyyy)' }), { target: { value: '27/11/2026' } });
  fireEvent.change(within(article).getByRole('textbox', { name: 'New start time (HH:MM)' }), { target: { value: '10:00' } });
  fireEvent.click(within(article).getByRole('button', { name: 'Move and tell the attendees' }));
  await waitFor(() =>
    expect(screen.getAllByRole('status').map((s) => s.textContent ?? '').join(' ')).toContain('The meeting is moved and the attendees have been sent the new time.'),
  );
  expect((services.meetings as FakeMeetings).records.find((m) => m.id === 300)).toMatchObject({ start: '2026-11-27T10:00:00.000Z', end: '2026-11-27T11:00:00.000Z' });
  expect((services.meetingService as FakeMeetingService).calls).toContainEqual({ kind: 'patch', meetingId: 300, attendees: undefined });
  // The record shows the new time, with the two buttons again.
  expect(await screen.findByRole('button', { name: 'Move the meeting' })).toBeTruthy();
});
