/**
 * Review outcomes recorded with no connection: kept on this device through a reload, sent once when the connection
 * is back, an earlier attempt whose answer was lost found saved (nothing twice), and an outcome someone else
 * recorded meanwhile shown beside the person's own, neither overwritten.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { DataError } from '../../../../../src/data/errors';
import { QUEUE_KEY } from '../../../../../src/ui/offline/offlineQueue';
import { ReviewMeetings } from '../../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import type { FakeMeetings } from '../../../../support/fakeMeetings';
import type { FakeTargets } from '../../../../support/fakeLearningAndTargets';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices } from '../fixtures';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 10000 });

const NO_NETWORK = new DataError('network', 'Could not save the review meeting: SharePoint could not be reached. Check the connection, reload the page to see what was saved, and try again.');
const WAITING = '1 review outcome waiting to be sent — it will be sent when you are back online.';
const TITLE = 'the outcome of the Placement review for Ava Brook on 20/11/2026';

function setup() {
  const services = fakeServices({ meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
  const view = render(
    <AppRoot services={services}>
      <ReviewMeetings host={{ kind: 'teams-tab', meetingId: 300 }} />
    </AppRoot>,
  );
  return { services, meetings: services.meetings as FakeMeetings, targets: services.targets as FakeTargets, ...view };
}

async function recordOutcome(decision: string): Promise<void> {
  // The form loads when the person opens it.
  fireEvent.click(await screen.findByRole('button', { name: 'Record the outcomes' }));
  await screen.findByRole('button', { name: 'Save the review' });
  const group = screen.getByRole('radiogroup', { name: /SMART target: Arrive by 09:00/ });
  fireEvent.click(within(group).getByRole('radio', { name: 'Partially met' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Decision 1' }), { target: { value: decision } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
}

async function seriousViolations(): Promise<string[]> {
  const r = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const meeting300 = (meetings: FakeMeetings) => meetings.records.find((m) => m.id === 300);

let onLine: jest.SpyInstance;
beforeEach(() => {
  window.localStorage.clear();
  onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
});
afterEach(() => onLine.mockRestore());

describe('Review outcomes recorded with no connection', () => {
  it('keeps the outcome on this device through a reload, says so, and saves it once when the browser is back online', async () => {
    onLine.mockReturnValue(false);
    const first = setup();
    const tried = jest.spyOn(first.meetings, 'update');
    await recordOutcome('Continue the placement for six weeks');
    expect(await screen.findByText(/No connection: this review is kept on this device/)).toBeTruthy();
    expect(tried).not.toHaveBeenCalled();
    expect(await screen.findByText(WAITING)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Review outcomes waiting to be sent' }).textContent).toBe(
      'The outcome of the Placement review for Ava Brook on 20/11/2026, recorded by Attendance Officer (you) on 20/11/2026 at 10:00, kept on this device.',
    );
    expect(await seriousViolations()).toEqual([]);
    first.unmount();

    const second = setup();
    expect(await screen.findByText(WAITING)).toBeTruthy();
    expect(meeting300(second.meetings)?.status).toBe('Scheduled');
    const updates = jest.spyOn(second.meetings, 'update');
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText(new RegExp(`^Sent ${TITLE}, recorded on this device on 20/11/2026 at 10:00: The review is saved\\.`))).toBeTruthy();
    expect(meeting300(second.meetings)).toMatchObject({ status: 'Held', outcomes: ['Continue the placement for six weeks'] });
    expect(updates.mock.calls.filter(([id]) => id === 300)).toHaveLength(1);
    expect(second.targets.records.find((t) => t.id === 70)?.progress.filter((p) => p.date === '2026-11-20')).toHaveLength(1);
    expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull();
    // The meeting shows what is stored now.
    expect(await screen.findByRole('heading', { name: 'Recorded at the meeting' })).toBeTruthy();
  });

  it('finds the outcome saved by an attempt whose answer was lost, and finishes the rest without saving it twice', async () => {
    const { meetings, targets } = setup();
    const real = meetings.update.bind(meetings);
    const update = jest.spyOn(meetings, 'update').mockImplementationOnce(async (id, etag, m) => {
      await real(id, etag, m); // stored…
      throw NO_NETWORK; // …and the answer lost
    });
    await recordOutcome('Continue the placement for six weeks');
    expect(await screen.findByText(/No connection: this review is kept on this device/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText(new RegExp(`^Sent ${TITLE}, .*The review is saved\\. Progress is recorded on 1 SMART target\\.`))).toBeTruthy();
    expect(meeting300(meetings)).toMatchObject({ status: 'Held', outcomes: ['Continue the placement for six weeks'] });
    expect(targets.records.find((t) => t.id === 70)?.progress.filter((p) => p.date === '2026-11-20')).toHaveLength(1);
    expect(meetings.records.filter((m) => m.status === 'Draft')).toHaveLength(1);
    expect(update.mock.calls.filter(([id]) => id === 300).length).toBeGreaterThanOrEqual(2);
  });

  it('shows an outcome someone else recorded meanwhile beside the person’s own, and overwrites neither', async () => {
    onLine.mockReturnValue(false);
    const first = setup();
    await recordOutcome('Continue the placement for six weeks');
    await screen.findByText(WAITING);
    first.unmount();

    const second = setup();
    await screen.findByText(WAITING);
    // Meanwhile someone else records the meeting with another decision.
    const shown = meeting300(second.meetings);
    if (!shown) throw new Error('no meeting 300');
    await second.meetings.update(300, shown.etag, { ...shown, status: 'Held', outcomes: ['End the placement at half-term'] });
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText(/was sent but not saved: Someone else recorded an outcome for this meeting meanwhile\. Neither was overwritten/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: `Recorded by someone else: ${TITLE}` }) as HTMLTextAreaElement).value).toBe('Decision: End the placement at half-term');
    expect((screen.getByRole('textbox', { name: `Recorded by you: ${TITLE}` }) as HTMLTextAreaElement).value).toBe(
      'Target "Arrive by 09:00 four days in five": Partially met\nDecision: Continue the placement for six weeks',
    );
    expect(meeting300(second.meetings)?.outcomes).toEqual(['End the placement at half-term']);
    expect(await seriousViolations()).toEqual([]);
    // Not sent again by itself; kept until the person removes it.
    window.dispatchEvent(new Event('online'));
    expect(JSON.parse(window.localStorage.getItem(QUEUE_KEY) ?? '[]')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: `Remove ${TITLE} from this device` }));
    await waitFor(() => expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull());
    expect(meeting300(second.meetings)?.outcomes).toEqual(['End the placement at half-term']);
  });

  it('shows a refusal as it is and keeps nothing (only no connection queues)', async () => {
    const { meetings } = setup();
    jest.spyOn(meetings, 'update').mockRejectedValue(new DataError('access-denied', 'You do not have permission to record this meeting.', 403));
    await recordOutcome('Continue the placement for six weeks');
    expect(await screen.findByText(/The review was not saved \(You do not have permission to record this meeting\.\)/)).toBeTruthy();
    expect(window.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });
});
