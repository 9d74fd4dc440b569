/**
 * The sending of review outcomes kept on this device, and their banner, load only when needed: with the first meeting
 * opened (its form may keep an outcome with no connection), or at once when the person has outcomes kept already —
 * shown on the Due view before any meeting is opened.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { putItem } from '../../../../../src/ui/offline/offlineQueue';
import { ReviewMeetings, type FirstScreen } from '../../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { MeetingView } from '../../../../../src/webparts/reviewMeeting/components/meeting/MeetingView';
import { QUEUE_KEY } from '../../../../../src/ui/offline/queueKey';
import { outcomeCodec } from '../../../../../src/webparts/reviewMeeting/components/meeting/offline/outcomeQueue';
import type { ReviewHost } from '../../../../../src/webparts/reviewMeeting/components/host';
import { AVA_LAST_REVIEW, AVA_MEETING, services as fakeServices, STAFF } from '../fixtures';

setIconOptions({ disableWarnings: true });
configure({ asyncUtilTimeout: 10000 });

const loaded = jest.fn();
jest.mock('../../../../../src/webparts/reviewMeeting/components/meeting/offline/OfflineOutcomes', () => {
  loaded();
  return jest.requireActual('../../../../../src/webparts/reviewMeeting/components/meeting/offline/OfflineOutcomes');
});

const WAITING = '1 review outcome waiting to be sent — it will be sent when you are back online.';

function setup(host: ReviewHost, first?: FirstScreen) {
  const services = fakeServices({ meetings: [AVA_LAST_REVIEW, AVA_MEETING] });
  return render(
    <AppRoot services={services}>
      <ReviewMeetings host={host} first={first} />
    </AppRoot>,
  );
}

let onLine: jest.SpyInstance;
beforeEach(() => {
  window.localStorage.clear();
  onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => onLine.mockRestore());

// In order: the module registry keeps a module once loaded.
describe('Review outcomes kept on this device, loaded on demand', () => {
  it('loads nothing of them on the Due view when none are kept', async () => {
    const view = setup({ kind: 'sharepoint' });
    await screen.findByRole('heading', { name: 'Due' });
    await screen.findByRole('region', { name: 'Brook, Ava' });
    expect(loaded).not.toHaveBeenCalled();
    view.unmount();
  });

  it('in the Teams meeting panel (the meeting first), keeps an outcome with no connection before they have loaded, then loads them', async () => {
    const view = setup({ kind: 'teams-meeting', meetingId: 300 }, { MeetingView });
    // The outcome form loads when the person opens it, with the keeping of an outcome on this device.
    fireEvent.click(await screen.findByRole('button', { name: 'Record the outcomes' }));
    await screen.findByRole('button', { name: 'Save the review' });
    expect(loaded).not.toHaveBeenCalled();
    const group = screen.getByRole('radiogroup', { name: /SMART target: Arrive by 09:00/ });
    fireEvent.click(within(group).getByRole('radio', { name: 'Partially met' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Decision 1' }), { target: { value: 'Continue the placement for six weeks' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(await screen.findByText(/No connection: this review is kept on this device/)).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem(QUEUE_KEY) ?? '[]')).toMatchObject([{ kind: 'review-outcome', id: 'meeting-300', user: STAFF }]);
    expect(await screen.findByText(WAITING)).toBeTruthy();
    expect(loaded).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('shows those kept on the Due view, before any meeting is opened', async () => {
    const shown = { ...AVA_MEETING, id: 300, etag: '"1"' };
    putItem(outcomeCodec, {
      kind: 'review-outcome',
      id: 'meeting-300',
      user: STAFF,
      queuedAt: '2026-11-20T10:00:00Z',
      payload: { meetingId: 300, pupilName: 'Ava Brook', shown, held: { ...AVA_MEETING, status: 'Held', outcomes: ['Continue the placement'] } },
    });
    setup({ kind: 'sharepoint' });
    expect(await screen.findByText(WAITING)).toBeTruthy();
    await screen.findByRole('heading', { name: 'Due' });
  });
});
