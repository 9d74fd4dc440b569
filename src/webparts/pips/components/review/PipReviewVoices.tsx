import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { formatUkDate, londonToday, meetingsOfPip, type Pip, type PipReview } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { VoiceSection } from '../../../reviewMeeting/components/meeting/VoiceSection';
import type { Notice } from '../../../reviewMeeting/components/shared';

export interface PipReviewVoicesProps {
  readonly pip: Saved<Pip>;
  readonly reviews: readonly Saved<PipReview>[];
}

/**
 * The pupil's and the parent's views on the PIP's reviews, recorded in the PIPs web part (SEND policies: views sought
 * before each review and recorded; the pupil invited where appropriate; those who could not come sent the outcome).
 * They are kept on each review's meeting, the one record Review meetings shows too, with the same form
 * (VoiceSection); a review with no meeting arranged is pointed to Review meetings to arrange one.
 */
export const PipReviewVoices: React.FC<PipReviewVoicesProps> = ({ pip, reviews }) => {
  const { meetings, userAccess } = useServices();
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const reviewIds = reviews.map((r) => r.id);
  const [state, reload] = useAsync(async () => {
    const [m, pru] = await Promise.all([meetings.forPupil(pip.pupilId), userAccess.isPruStaff()]);
    return { meetings: meetingsOfPip(m.items, pip, reviewIds), pru };
  }, [meetings, userAccess, pip.id, pip.etag, reviewIds.join()]);

  return (
    <section aria-labelledby={`pip-voices-${pip.id}`} style={{ marginTop: 16 }}>
      <Text as="h3" variant="large" id={`pip-voices-${pip.id}`} block>
        Pupil and parent views at the reviews
      </Text>
      <div role="status">{notice && <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error}>{notice.text}</MessageBar>}</div>
      {state.status === 'loading' && <Spinner label="Loading the review meetings…" />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<button onClick={reload}>Try again</button>}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && state.value.meetings.length === 0 && (
        <Text block>
          No review meeting is arranged for this PIP yet. Arrange the next review in Review meetings (its invitation can invite the pupil and the
          parent/carer); their views are then recorded here or there, on the one meeting.
        </Text>
      )}
      {state.status === 'ready' &&
        state.value.meetings.map((m) => (
          <div key={m.id} style={{ marginTop: 12 }}>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              Review meeting on {formatUkDate(londonToday(new Date(m.start)))} ({m.status === 'Held' ? 'held' : m.status === 'Draft' ? 'not yet sent' : 'arranged'})
            </Text>
            <VoiceSection
              meeting={m}
              canAct={state.value.pru}
              onSaved={(n) => {
                setNotice(n);
                reload();
              }}
            />
          </div>
        ))}
    </section>
  );
};
