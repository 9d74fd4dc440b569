/**
 * The outcome form (with the keeping of an outcome on this device) loads when the person opens it, not with the
 * meeting: a load that fails (no connection) is said beside the button and tried again at the next press; once
 * loaded, the focus moves to the form's heading.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { MeetingView } from '../../../../../src/webparts/reviewMeeting/components/meeting/MeetingView';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices } from '../fixtures';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 10000 });

const asked = jest.fn();
let failNext = false;
jest.mock('../../../../../src/webparts/reviewMeeting/components/meeting/OutcomeForm', () => {
  asked();
  if (failNext) {
    failNext = false;
    throw new Error('Loading chunk review-outcome-form failed.');
  }
  return jest.requireActual('../../../../../src/webparts/reviewMeeting/components/meeting/OutcomeForm');
});

it('in the Teams meeting panel, loads the outcome form only when opened, says when it cannot, and loads it at the next press', async () => {
  const services = fakeServices({ meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
  render(
    <AppRoot services={services}>
      <ReviewMeetings host={{ kind: 'teams-meeting', meetingId: 300 }} first={{ MeetingView }} />
    </AppRoot>,
  );
  const article = await screen.findByRole('article', { name: 'Placement review: Brook, Ava' });
  const section = within(article).getByRole('region', { name: 'Record the review' });
  expect(asked).not.toHaveBeenCalled();
  expect(within(article).queryByRole('button', { name: 'Save the review' })).toBeNull();

  failNext = true;
  fireEvent.click(within(section).getByRole('button', { name: 'Record the outcomes' }));
  expect(await within(section).findByText('The form could not be loaded: the connection may be down. Try again once you are back online.')).toBeTruthy();
  expect(asked).toHaveBeenCalledTimes(1);

  fireEvent.click(within(section).getByRole('button', { name: 'Record the outcomes' }));
  const form = await screen.findByRole('form', { name: 'Record the review' });
  await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Record the review' })));
  expect(within(form).getByRole('radiogroup', { name: /SMART target: Arrive by 09:00/ })).toBeTruthy();
  expect(screen.queryByText(/The form could not be loaded/)).toBeNull();
});
