/**
 * Behaviour and engagement beside the learning log: quick entry by PRU staff (engagement in a few taps, an incident
 * refused without what, where, who, the action and the outcome), engagement over time as a chart with its figures,
 * read-only for home-school staff; the SEMH focus profile started with its review date and reviewed. axe on each.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { LearningLogs } from '../../../../src/webparts/learningLogs/components/LearningLogs';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { behaviourLogDay, DEFAULT_SETTINGS, type BehaviourLogEntry } from '../../../../src/domain';
import { pupilRecord } from '../../../support/pupilBuilder';
import { engagementEntry, incidentEntry, semhProfileRecord } from '../../../support/behaviourBuilder';

setIconOptions({ disableWarnings: true });

const pupil = { ...pupilRecord('PH-7', { firstName: 'Nia', lastName: 'Rowe', homeSchoolId: 1 }), id: 7 };
const logged = (e: Omit<BehaviourLogEntry, 'day'>): BehaviourLogEntry => behaviourLogDay(e);
const data: FakeData = {
  now: new Date('2026-11-20T11:00:00Z'),
  pupils: [pupil],
  schools: [{ id: 1, name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' }],
  learningLogs: [{ id: 1, pupilId: 7, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] }],
  behaviourLog: [
    logged(engagementEntry(7, { at: '2026-11-10T10:00:00Z', engagement: 2 })),
    logged(engagementEntry(7, { at: '2026-11-18T10:00:00Z', engagement: 4 })),
    logged(incidentEntry(7, { at: '2026-11-18T13:30:00Z' })),
  ],
  settings: DEFAULT_SETTINGS,
};

async function openTab(name: string, extra: FakeData = {}) {
  const services = createFakeServices({ ...data, ...extra });
  window.history.replaceState({}, '', '/?pupil=7');
  const view = render(
    <AppRoot services={services}>
      <LearningLogs />
    </AppRoot>,
  );
  fireEvent.click(await screen.findByRole('tab', { name }));
  return { services, ...view };
}

async function expectNoSeriousViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('shows engagement over time with its figures, the indicators seen most and every entry', async () => {
  const { container } = await openTab('Behaviour');
  const chart = await screen.findByRole('img', { name: /Engagement by week, Nia Rowe/ });
  expect(chart.textContent).toContain('2 weeks from 09/11/2026 to 16/11/2026: mean engagement 2 out of 5 in the first week rated and 4 in the latest; 1 incident.');
  const figures = screen.getByRole('table', { name: 'Engagement by week, Nia Rowe: the figures' });
  expect(within(figures).getByRole('rowheader', { name: '16/11/2026' }).closest('tr')!.textContent).toBe('16/11/202614.01');
  const log = screen.getByRole('table', { name: 'Behaviour and engagement log, Nia Rowe' });
  expect(log.textContent).toContain('Left the lesson after a disagreement over a seat Where: Classroom 2, then the corridor.');
  expect(screen.getByText(/SEMH indicators seen most: Settles to work \(2\), Asks for help \(2\), Leaves the room \(1\)/)).toBeTruthy();
  await expectNoSeriousViolations(container);
});

test('logs engagement in a few taps, and refuses an incident without what, where, who, the action and the outcome', async () => {
  const { services, container } = await openTab('Behaviour');
  const form = await screen.findByRole('form', { name: 'Log a lesson or an incident for Nia Rowe' });
  fireEvent.click(within(form).getByRole('button', { name: 'Log engagement' }));
  expect(await within(form).findByText('Enter the lesson or activity')).toBeTruthy();
  expect(within(form).getByText('Nothing was logged: correct the fields marked.')).toBeTruthy();
  expect(services.behaviourLog.added).toHaveLength(0);
  await expectNoSeriousViolations(container);

  fireEvent.change(within(form).getByRole('textbox', { name: 'Lesson or activity' }), { target: { value: 'English' } });
  fireEvent.click(within(form).getByRole('radio', { name: '5 – Fully engaged' }));
  fireEvent.click(within(form).getByRole('checkbox', { name: 'Works with others' }));
  fireEvent.click(within(form).getByRole('button', { name: 'Log engagement' }));
  expect(await screen.findByText('Engagement logged for Nia Rowe: English, 20/11/2026 at 11:00.')).toBeTruthy();
  expect(services.behaviourLog.added[0]).toMatchObject({ pupilRef: 'PH-7', entry: { kind: 'Engagement', lesson: 'English', engagement: 5, indicators: ['Works with others'], at: '2026-11-20T11:00:00.000Z' } });

  fireEvent.click(within(form).getByRole('radio', { name: 'An incident' }));
  fireEvent.change(within(form).getByRole('textbox', { name: 'What happened' }), { target: { value: 'Threw a pen across the room' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Log the incident' }));
  expect(await within(form).findByText('Say where it happened')).toBeTruthy();
  expect(within(form).getByText('Say who was involved')).toBeTruthy();
  expect((within(form).getByRole('textbox', { name: 'What happened' }) as HTMLTextAreaElement).value).toBe('Threw a pen across the room');
  expect(services.behaviourLog.added).toHaveLength(1);
});

test('a time still to come is refused and what was typed stays', async () => {
  const { services } = await openTab('Behaviour');
  const form = await screen.findByRole('form', { name: 'Log a lesson or an incident for Nia Rowe' });
  fireEvent.change(within(form).getByRole('textbox', { name: 'Lesson or activity' }), { target: { value: 'Science' } });
  fireEvent.change(within(form).getByRole('textbox', { name: 'Time' }), { target: { value: '14:00' } });
  fireEvent.click(within(form).getByRole('radio', { name: '3 – Partly engaged' }));
  fireEvent.click(within(form).getByRole('button', { name: 'Log engagement' }));
  expect(await within(form).findByText(/That time has not come yet: log a lesson or an incident once it has happened/)).toBeTruthy();
  expect((within(form).getByRole('textbox', { name: 'Lesson or activity' }) as HTMLInputElement).value).toBe('Science');
  expect(services.behaviourLog.added).toHaveLength(0);
});

test('home-school staff read the log and the profiles, and are offered no entry', async () => {
  const { container } = await openTab('Behaviour', { pruStaff: false, semhProfiles: [{ ...semhProfileRecord(7), id: 1 }] });
  expect(await screen.findByText(/Read only: you can read this log/)).toBeTruthy();
  expect(screen.queryByRole('form')).toBeNull();
  await screen.findByRole('table', { name: 'Behaviour and engagement log, Nia Rowe' });
  await expectNoSeriousViolations(container);
  fireEvent.click(screen.getByRole('tab', { name: 'SEMH focus' }));
  expect(await screen.findByRole('region', { name: 'SEMH focus from 02/11/2026, WPA group' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Review this profile' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Start a focus profile' })).toBeNull();
});

test('a SEMH focus profile is started with its review date from the settings, then reviewed need by need', async () => {
  const { services, container } = await openTab('SEMH focus', { now: new Date('2026-11-16T10:00:00Z') });
  fireEvent.click(await screen.findByRole('button', { name: 'Start a focus profile' }));
  const form = screen.getByRole('form', { name: 'Start a SEMH focus profile for Nia Rowe' });
  expect(within(form).getByText('dd/mm/yyyy. Reviewed 6 weeks on: 18/12/2026')).toBeTruthy();
  fireEvent.click(within(form).getByRole('button', { name: 'Start the profile' }));
  expect(await within(form).findByText('Enter the need to focus on')).toBeTruthy();
  await expectNoSeriousViolations(container);
  fireEvent.change(within(form).getByRole('textbox', { name: 'Need to focus on' }), { target: { value: 'Manages frustration' } });
  fireEvent.change(within(form).getByRole('textbox', { name: 'How staff will support it' }), { target: { value: 'Agreed signal for a short break' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Start the profile' }));
  expect(await screen.findByText('SEMH focus profile started for Nia Rowe; review due 18/12/2026.')).toBeTruthy();
  expect(services.semhProfiles.records[0]).toMatchObject({ startsOn: '2026-11-16', reviewDueOn: '2026-12-18' });

  fireEvent.click(await screen.findByRole('button', { name: 'Review this profile' }));
  const review = screen.getByRole('form', { name: 'Review the SEMH focus profile of Nia Rowe' });
  fireEvent.click(within(review).getByRole('button', { name: 'Save the review' }));
  expect(await within(review).findByText("Choose how 'Manages frustration' went")).toBeTruthy();
  fireEvent.click(within(review).getByRole('combobox', { name: /How 'Manages frustration' went/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Improved' }));
  fireEvent.click(within(review).getByRole('combobox', { name: /What happens next/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'End the focus profile' }));
  fireEvent.click(within(review).getByRole('button', { name: 'Save the review' }));
  expect(await screen.findByText('The SEMH focus profile of Nia Rowe is reviewed.')).toBeTruthy();
  await waitFor(() => expect(services.semhProfiles.records[0]).toMatchObject({ reviewedOn: '2026-11-16', nextStep: 'End the focus profile', focus: [{ outcome: 'Improved' }] }));
});
