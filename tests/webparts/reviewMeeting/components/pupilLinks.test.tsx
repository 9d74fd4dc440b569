/**
 * Pupil names in the Review meetings web part open the pupil's record in place (src/ui/pupilRecord): from the Due
 * view, the list of meetings and the meeting itself; the way back returns focus to the name. axe while it is open.
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ReviewMeetings } from '../../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { openRecordAndReturn } from '../../../support/pupilRecordLinks';
import { AVA_LAST_REVIEW, AVA_MEETING, services } from './fixtures';

setIconOptions({ disableWarnings: true });
// The whole record renders and axe reads it: slow in jsdom on a shared machine.
configure({ asyncUtilTimeout: 10000 });

function setup() {
  return render(
    <AppRoot services={services({ meetings: [AVA_LAST_REVIEW, AVA_MEETING] })}>
      <ReviewMeetings host={{ kind: 'sharepoint' }} />
    </AppRoot>,
  );
}

const openAndReturn = (name: HTMLElement, container: HTMLElement, axe = false): Promise<void> =>
  openRecordAndReturn({ name, record: 'Brook, Ava', webPart: 'Review meetings', back: 'Back to Review meetings', container, axe });

describe('pupil names in Review meetings', () => {
  it('open the record from the Due view', async () => {
    const { container } = setup();
    const group = await screen.findByRole('region', { name: 'Brook, Ava' });
    await openAndReturn(within(group).getByRole('button', { name: 'Brook, Ava' }), container, true);
  });

  it('open the record from the list of meetings and from the meeting', async () => {
    const { container } = setup();
    fireEvent.click(await screen.findByRole('tab', { name: 'Meetings' }));
    const coming = await screen.findByRole('list', { name: 'Meetings coming up' });
    await openAndReturn(within(coming).getByRole('button', { name: 'Brook, Ava' }), container);
    fireEvent.click(within(coming).getByRole('button', { name: 'Open the placement review for Brook, Ava' }));
    const heading = await screen.findByRole('heading', { name: 'Placement review: Brook, Ava' });
    await openAndReturn(within(heading).getByRole('button', { name: 'Brook, Ava' }), container);
    expect(screen.getByRole('heading', { name: 'Placement review: Brook, Ava' })).toBeTruthy();
  });
});
