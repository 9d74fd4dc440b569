/**
 * Pupil and parent voice on PIP reviews, recorded in the PIPs web part: the PIP's review meeting (the one record
 * Review meetings shows too) says whose views are missing, and the views are recorded on it with Review meetings'
 * form; a PIP with no review meeting says where to arrange one; axe.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import type { ReviewMeeting } from '../../../../../src/domain';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Pips } from '../../../../../src/webparts/pips/components/Pips';
import { createFakeServices } from '../../../../support/fakeServices';
import type { FakeMeetings } from '../../../../support/fakeMeetings';
import { NOW, SAM, SAM_PIP } from '../pipFixtures';

setIconOptions({ disableWarnings: true });

const SAM_REVIEW_MEETING: ReviewMeeting = {
  id: 500,
  pupilId: 1,
  kind: 'PIP review',
  status: 'Scheduled',
  start: '2026-11-23T09:30:00Z',
  end: '2026-11-23T10:30:00Z',
  eventId: 'EVT-500',
  invitedAt: '2026-11-09T09:00:00Z',
  attendees: [
    { name: 'Attendance Officer', email: 'attendance.officer@pathways.example.org', kind: 'pru-staff' },
    { name: 'Jo Carter', email: 'jo.carter@example.com', kind: 'parent' },
  ],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
};
// Another pupil's PIP review meeting, and a cancelled one of Sam's: neither is this PIP's.
const OTHER: ReviewMeeting = { ...SAM_REVIEW_MEETING, id: 501, pupilId: 2 };
const CANCELLED: ReviewMeeting = { ...SAM_REVIEW_MEETING, id: 502, status: 'Cancelled', start: '2026-10-19T09:30:00Z', end: '2026-10-19T10:30:00Z' };

function setup(meetings: ReviewMeeting[]) {
  const services = createFakeServices({ pupils: [SAM], pips: [SAM_PIP], meetings, now: NOW });
  const view = render(
    <AppRoot services={services}>
      <Pips />
    </AppRoot>,
  );
  return { meetings: services.meetings as FakeMeetings, ...view };
}

const region = (): Promise<HTMLElement> => screen.findByRole('region', { name: 'Pupil and parent views at the reviews' });

test('records the pupil’s views on the PIP’s review meeting, which then lists only the parent’s as missing', async () => {
  const { meetings } = setup([SAM_REVIEW_MEETING, OTHER, CANCELLED]);
  fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Sam Carter' }));
  const section = await region();
  await within(section).findByText('Review meeting on 23/11/2026 (arranged)');
  expect(within(section).getAllByText(/^Review meeting on/)).toHaveLength(1);
  expect(section.textContent).toContain('Views still to record: Pupil and Parent or carer.');
  const results = await axe.run(section, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  fireEvent.click(within(section).getByRole('button', { name: 'Record views' }));
  // The form loads when first asked for (its module compiled on first use here: allow for a busy machine).
  const form = await within(section).findByRole('form', { name: 'Record views for this review' }, { timeout: 10000 });
  fireEvent.change(within(form).getByRole('combobox', { name: /Whose views/ }), { target: { value: 'Pupil' } });
  fireEvent.change(within(form).getByRole('textbox', { name: /Given by/ }), { target: { value: 'Sam (pupil)' } });
  fireEvent.change(within(form).getByRole('combobox', { name: /How they were gathered/ }), { target: { value: 'Talked with them' } });
  fireEvent.change(within(form).getByRole('textbox', { name: /Their views/ }), { target: { value: 'Mornings are going well; I would like to try a Friday.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save the views' }));
  await waitFor(() => expect(meetings.records.find((m) => m.id === 500)?.views).toEqual([expect.objectContaining({ whose: 'Pupil', views: 'Mornings are going well; I would like to try a Friday.' })]));
  await waitFor(async () => expect((await region()).textContent).toContain('Views still to record: Parent or carer.'));
  expect(meetings.records.find((m) => m.id === 501)?.views).toBeUndefined();
});

test('a PIP with no review meeting says where to arrange one', async () => {
  setup([OTHER]);
  fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Sam Carter' }));
  const section = await region();
  expect(await within(section).findByText(/No review meeting is arranged for this PIP yet/)).toBeTruthy();
});
