/**
 * Pupil and parent voice on the review meeting: whose views are missing, views recorded (refused without the
 * words), the pupil invited or the reason why not, and once held who attended and who must still be sent the outcome.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import type { FakeMeetings } from '../../../../support/fakeMeetings';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices } from '../fixtures';

setIconOptions({ disableWarnings: true });

function setup(meeting = AVA_MEETING, pruStaff = true) {
  const services = fakeServices({ meetings: [AVA_LAST_REVIEW, meeting], pruStaff });
  const view = render(
    <AppRoot services={services}>
      <ReviewMeetings host={{ kind: 'teams-tab', meetingId: 300 }} />
    </AppRoot>,
  );
  return { meetings: services.meetings as FakeMeetings, ...view };
}

const voice = async (): Promise<HTMLElement> => screen.findByRole('region', { name: 'Views and feedback' });
/** The section as shown now (the meeting is read again after each save). */
const shown = (): string => screen.getByRole('region', { name: 'Views and feedback' }).textContent ?? '';

test('says whose views are missing; records the pupil’s views (refused without their words) and why the pupil is not invited', async () => {
  const { meetings, container } = setup();
  const section = await voice();
  expect(section.textContent).toContain('Views still to record: Pupil and Parent or carer.');
  expect(section.textContent).toContain('Not yet decided whether the pupil is invited: invite them, or say why not.');
  fireEvent.click(within(section).getByRole('button', { name: 'Record views' }));
  // The form loads when first asked for (its module compiled on first use here: allow for a busy machine).
  const form = await within(section).findByRole('form', { name: 'Record views for this review' }, { timeout: 10000 });
  fireEvent.change(within(form).getByRole('combobox', { name: /Whose views/ }), { target: { value: 'Pupil' } });
  fireEvent.change(within(form).getByRole('textbox', { name: /Given by/ }), { target: { value: 'Ava (pupil)' } });
  fireEvent.change(within(form).getByRole('combobox', { name: /How they were gathered/ }), { target: { value: 'Talked with them' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save the views' }));
  expect(await within(form).findByText('Enter the views in their words')).toBeTruthy();
  expect(await axe.run(container, { rules: { 'color-contrast': { enabled: false } } }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id))).toEqual([]);
  fireEvent.change(within(form).getByRole('textbox', { name: /Their views/ }), { target: { value: 'I would like more time in the art room.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save the views' }));
  await waitFor(() => expect(meetings.records.find((m) => m.id === 300)?.views).toEqual([
    { whose: 'Pupil', givenBy: 'Ava (pupil)', how: 'Talked with them', gatheredOn: '2026-11-20', views: 'I would like more time in the art room.', recordedBy: expect.any(String) },
  ]));
  await waitFor(() => expect(shown()).toContain('Views still to record: Parent or carer.'));
  const after = await voice();
  expect(within(after).getByRole('table', { name: 'Views recorded for this review' }).textContent).toContain('I would like more time in the art room.');

  fireEvent.change(within(after).getByRole('textbox', { name: 'Why the pupil is not invited' }), { target: { value: 'Ava chose to give her views beforehand' } });
  fireEvent.click(within(after).getByRole('button', { name: 'Save the reason' }));
  await waitFor(() => expect(meetings.records.find((m) => m.id === 300)?.pupilNotInvitedReason).toBe('Ava chose to give her views beforehand'));
});

test('once held: who attended, and the home school that could not is listed until the outcome is sent', async () => {
  const { meetings } = setup({ ...AVA_MEETING, status: 'Held' });
  const section = await voice();
  expect(section.textContent).toContain('Record who attended: Casey Lund.');
  fireEvent.click(within(section).getByRole('checkbox', { name: 'Casey Lund attended' }));
  fireEvent.click(within(section).getByRole('button', { name: 'Save who attended' }));
  await waitFor(() => expect(meetings.records.find((m) => m.id === 300)?.attendance).toEqual([{ email: 'casey.lund@oakfield.example.sch.uk', attended: false }]));
  await waitFor(() => expect(shown()).toContain('Send the outcome to those who could not attend: Casey Lund.'));
  const after = await voice();
  fireEvent.change(within(after).getByRole('textbox', { name: /Outcome sent to Casey Lund on/ }), { target: { value: '20/11/2026' } });
  fireEvent.click(within(after).getByRole('button', { name: 'Save who attended' }));
  await waitFor(() => expect(meetings.records.find((m) => m.id === 300)?.attendance).toEqual([{ email: 'casey.lund@oakfield.example.sch.uk', attended: false, outcomeSentOn: '2026-11-20' }]));
  await waitFor(() => expect(shown()).toContain('Who attended'));
  await waitFor(() => expect(shown()).not.toContain('Send the outcome'));
});

test('home-school staff read the voice section and are offered nothing to change', async () => {
  setup({ ...AVA_MEETING, views: [{ whose: 'Parent or carer', givenBy: 'Morgan Brook (mother)', how: 'E-mail', gatheredOn: '2026-11-18', views: 'Mornings are hard.', recordedBy: 'office@pathways.example.org' }] }, false);
  const section = await voice();
  expect(section.textContent).toContain('Views still to record: Pupil.');
  expect(within(section).queryByRole('button', { name: 'Record views' })).toBeNull();
});
