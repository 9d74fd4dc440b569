import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { addDays, formatMeetingTime, isInvited, londonToday, londonWallTimeToIso } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { pupilName } from '../shared';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';

/** Meetings from four weeks ago onwards: upcoming ones first, then those held or cancelled. */
export const MeetingList: React.FC<{ onOpen: (id: number) => void; refreshKey: number }> = ({ onOpen, refreshKey }) => {
  const services = useServices();
  const [state, reload] = useAsync(async () => {
    const today = londonToday(services.now());
    const [meetings, pupils] = await Promise.all([services.meetings.since(londonWallTimeToIso(addDays(today, -28), '00:00')), services.pupils.list()]);
    return { meetings: meetings.items, names: new Map(pupils.items.map((p) => [p.id, pupilName(p)])) };
  }, [services, refreshKey]);
  if (state.status === 'loading') return <Spinner label="Loading the meetings…" />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>Try again</DefaultButton>}>
        {state.message}
      </MessageBar>
    );
  const { meetings, names } = state.value;
  const upcoming = meetings.filter((m) => m.status === 'Draft' || m.status === 'Scheduled');
  const past = meetings.filter((m) => m.status === 'Held' || m.status === 'Cancelled').reverse();
  const list = (items: typeof meetings, label: string): React.ReactElement => (
    <ul aria-label={label} style={{ paddingLeft: 0 }}>
      {items.map((m) => {
        const who = names.get(m.pupilId) ?? `Pupil ${m.pupilId}`;
        return (
          <li key={m.id} style={{ listStyle: 'none', padding: '6px 0', borderBottom: '1px solid #edebe9' }} data-meeting={m.id}>
            <Text block>
              <strong>{m.kind}</strong>: <PupilNameLink pupilId={m.pupilId}>{who}</PupilNameLink>. {formatMeetingTime(m.start, m.end)}. {m.status}
              {m.status === 'Draft' || m.status === 'Scheduled' ? (isInvited(m) ? ', invitation sent' : ', no invitation sent yet') : ''}.
            </Text>
            <DefaultButton onClick={() => onOpen(m.id)} ariaLabel={`Open the ${m.kind.toLowerCase()} for ${who}`}>
              Open
            </DefaultButton>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section aria-labelledby="meetings-heading">
      <Text as="h3" variant="large" id="meetings-heading" block>
        Meetings
      </Text>
      <Text as="h4" variant="mediumPlus" block>
        Coming up
      </Text>
      {upcoming.length === 0 ? <Text block>No meetings are arranged.</Text> : list(upcoming, 'Meetings coming up')}
      <Text as="h4" variant="mediumPlus" block>
        Held or cancelled in the last four weeks
      </Text>
      {past.length === 0 ? <Text block>None.</Text> : list(past, 'Meetings held or cancelled')}
    </section>
  );
};
