import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { LearningLogs } from '../../../../src/webparts/learningLogs/components/LearningLogs';
import { DataError } from '../../../../src/data/errors';
import { QUEUE_KEY } from '../../../../src/ui/offline/offlineQueue';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { DEFAULT_SETTINGS, type Pupil } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });

const pupil: Pupil = {
  id: 7, pupilRef: 'PH-7', firstName: 'Nia', lastName: 'Rowe', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02',
  registration: 'Dual', homeSchoolId: 1, namedContactIds: [], leadTutorEmail: 'lead.tutor@pathways.example.org', supportTier: 'Universal',
  senProvision: 'N', monitoring: false, fsm: false, pp: false, lac: false, cin: false, cp: false, yos: false, medical: false,
};
const data: FakeData = {
  pupils: [pupil],
  schools: [{ id: 1, name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' }],
  learningLogs: [{ id: 1, pupilId: 7, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] }],
  settings: DEFAULT_SETTINGS,
};
const NO_NETWORK = new DataError('network', 'Could not add the Maths entry: SharePoint could not be reached. Check the connection, reload the page to see what was saved, and try again.');

function renderLogs(prepare?: (services: ReturnType<typeof createFakeServices>) => void) {
  const services = createFakeServices(data);
  prepare?.(services);
  window.history.replaceState({}, '', '/?pupil=7');
  const view = render(
    <AppRoot services={services}>
      <LearningLogs />
    </AppRoot>,
  );
  return { services, unmount: view.unmount };
}

async function write(text: string): Promise<void> {
  const add = await screen.findByRole('button', { name: 'Add entry' });
  fireEvent.change(screen.getByRole('textbox', { name: 'What the pupil did' }), { target: { value: text } });
  fireEvent.click(add);
}

const entriesTable = () => screen.getByRole('table', { name: 'Entries, Autumn Term 2 2026/27' });

let onLine: jest.SpyInstance;
beforeEach(() => {
  window.localStorage.clear();
  onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
});
afterEach(() => onLine.mockRestore());

describe('Learning-log entries written with no connection', () => {
  it('keeps an entry written offline on this device through a reload, says so, and sends it once when the browser is back online', async () => {
    onLine.mockReturnValue(false);
    const first = renderLogs();
    const tried = jest.spyOn(first.services.learningLogs, 'addEntry');
    await write('Read a chapter aloud on the ward');
    expect(await screen.findByText(/No connection: this entry is kept on this device/)).toBeTruthy();
    expect(tried).not.toHaveBeenCalled();
    expect(await screen.findByText('1 learning-log entry waiting to be sent — it will be sent when you are back online.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Learning-log entries waiting to be sent' }).textContent).toBe(
      'The Maths entry for Nia Rowe of 20/11/2026 (Autumn 2026/27 log), written by Attendance Officer (you) on 20/11/2026 at 10:00, kept on this device.',
    );
    expect((screen.getByRole('textbox', { name: 'What the pupil did' }) as HTMLTextAreaElement).value).toBe('');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    first.unmount();

    // A reload, still offline: still waiting, not tried.
    const second = renderLogs();
    expect(await screen.findByText('1 learning-log entry waiting to be sent — it will be sent when you are back online.')).toBeTruthy();
    expect(second.services.learningLogs.addedEntries).toHaveLength(0);

    // Back online: sent once, shown among the entries, gone from the device.
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('Sent the Maths entry for Nia Rowe of 20/11/2026, written on this device on 20/11/2026 at 10:00: saved.')).toBeTruthy();
    await waitFor(() => expect(within(entriesTable()).getByText('Read a chapter aloud on the ward')).toBeTruthy());
    expect(second.services.learningLogs.addedEntries.map((e) => e.entry.entry)).toEqual(['Read a chapter aloud on the ward']);
    expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull();
    expect(screen.queryByRole('list', { name: 'Learning-log entries waiting to be sent' })).toBeNull();
  });

  it('sends an entry kept on this device as soon as the web part opens, before any pupil (or entry form) is shown', async () => {
    onLine.mockReturnValue(false);
    const first = renderLogs();
    await write('Spelling test on the ward');
    expect(await screen.findByText(/No connection: this entry is kept on this device/)).toBeTruthy();
    first.unmount();

    // Its sending loads because something is kept here (hasQueued), not because a form is shown: no pupil is chosen.
    onLine.mockReturnValue(true);
    const services = createFakeServices(data);
    window.history.replaceState({}, '', '/');
    render(
      <AppRoot services={services}>
        <LearningLogs />
      </AppRoot>,
    );
    expect(await screen.findByText('Sent the Maths entry for Nia Rowe of 20/11/2026, written on this device on 20/11/2026 at 10:00: saved.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add entry' })).toBeNull();
    expect(services.learningLogs.addedEntries.map((e) => e.entry.entry)).toEqual(['Spelling test on the ward']);
    expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  it('keeps an entry whose answer was lost with its key, so sending it again finds the first copy', async () => {
    const { services } = renderLogs();
    const real = services.learningLogs.addEntry.bind(services.learningLogs);
    const keys: (string | undefined)[] = [];
    const add = jest.spyOn(services.learningLogs, 'addEntry').mockImplementation(async (entry, ref, options) => {
      keys.push(options?.clientKey);
      await real(entry, ref, options); // stored…
      throw NO_NETWORK; // …and the answer lost
    });
    await write('Fractions on the ward');
    expect(await screen.findByText(/No connection: this entry is kept on this device/)).toBeTruthy();
    add.mockImplementation(async (entry, ref, options) => {
      keys.push(options?.clientKey);
      return real(entry, ref, options);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText(/Sent the Maths entry for Nia Rowe of 20\/11\/2026.*: saved\./)).toBeTruthy();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeDefined();
    expect(keys[1]).toBe(keys[0]);
    expect(services.learningLogs.addedEntries).toHaveLength(1);
  });

  it('shows a refusal as it is, and keeps nothing (only no connection queues)', async () => {
    const { services } = renderLogs();
    jest.spyOn(services.learningLogs, 'addEntry').mockRejectedValue(new DataError('access-denied', 'You do not have permission to add entries to this log.', 403));
    await write('Quadratics');
    expect(await screen.findByText('You do not have permission to add entries to this log.')).toBeTruthy();
    expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull();
    expect((screen.getByRole('textbox', { name: 'What the pupil did' }) as HTMLTextAreaElement).value).toBe('Quadratics');
  });

  it('keeps an entry refused once sent (its log moved to another pupil) with the reason and its text to copy, until the person removes it', async () => {
    onLine.mockReturnValue(false);
    const first = renderLogs();
    await write('Poem learnt by heart');
    await screen.findByText(/No connection: this entry is kept on this device/);
    first.unmount();

    onLine.mockReturnValue(true);
    const reason = "Not saved: learning log 1 belongs to another pupil. An entry can only be added to its own pupil's log.";
    const { services } = renderLogs((s) => jest.spyOn(s.learningLogs, 'addEntry').mockRejectedValue(new DataError('invalid-record', reason)));
    expect(await screen.findByText(new RegExp(`was sent but not saved: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).toBeTruthy();
    const text = screen.getByRole('textbox', { name: 'Text of the Maths entry for Nia Rowe of 20/11/2026' }) as HTMLTextAreaElement;
    expect(text.value).toBe('Poem learnt by heart');
    expect(text.readOnly).toBe(true);
    // Not sent again by itself, not dropped.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(services.learningLogs.addEntry).toHaveBeenCalledTimes(1));
    expect(JSON.parse(window.localStorage.getItem(QUEUE_KEY) ?? '[]')).toHaveLength(1);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the Maths entry for Nia Rowe of 20/11/2026 from this device' }));
    await waitFor(() => expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull());
    expect(screen.queryByRole('textbox', { name: /Text of the Maths entry/ })).toBeNull();
  });
});
