import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { Link } from '../../../ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import { formatUkDate, londonClockTime, londonToday, meetingChatLink, meetingDay, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { onDemand } from '../../../ui/onDemand';
import { PupilNameLink } from '../../../ui/pupilRecord/PupilNameLink';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync, type AsyncState } from '../../../ui/useAsync';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { AttendanceSection } from './AttendanceSection';
import { BaselinesSection, LaReturnSection } from './DueSections';
import { loadToday, type TodayData } from './loadToday';
import { RoleOrder } from './RoleOrder';
import { YourPupils } from './YourPupils';
import { timeLeftText } from './todayModel';
import { defaultSession } from '../../attendance/components/register/defaultSession';
import { Item, ListSection, Open, Section, name, plural } from './todayParts';
import type { Place } from './TodayPlace';

/** Where an item is done (the register, the Due view…): its code, and the way back, load when one is opened. */
const TodayPlace = onDemand('Loading…', () => import(/* webpackChunkName: 'today-place' */ './TodayPlace').then((m) => m.TodayPlace));

/**
 * Today: what needs doing now, each item one click from where it is done; home-school staff see their pupils at a
 * glance. A pupil's name opens their record in place (PupilRecordHost), also from the register opened here.
 */
export const Today: React.FC = () => {
  const services = useServices();
  const [state, reload] = useAsync(() => loadToday(services), [services]);
  return (
    <PupilRecordHost backLabel="Back to Today" onChanged={reload}>
      <TodayPlaces state={state} reload={reload} />
    </PupilRecordHost>
  );
};

const TodayPlaces: React.FC<{ state: AsyncState<TodayData>; reload: () => void }> = ({ state, reload }) => {
  const [place, setPlace] = React.useState<Place | undefined>();
  if (place)
    return (
      <TodayPlace
        place={place}
        pupils={state.status === 'ready' ? state.value.pupils : undefined}
        // Today is read again on the way back, so what was done where it was opened (a register taken, a review or
        // an LA decision recorded in the Due view) is no longer listed.
        onBack={() => {
          setPlace(undefined);
          reload();
        }}
        onClose={() => setPlace(undefined)}
      />
    );
  if (state.status === 'loading') return <Spinner label="Working out what needs doing today…" />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>Try again</DefaultButton>}>
        Today could not be loaded: {state.message}
      </MessageBar>
    );
  return <TodayView data={state.value} open={setPlace} />;
};

const TodayView: React.FC<{ data: TodayData; open: (p: Place) => void }> = ({ data, open }) => {
  const { now } = useServices();
  const nameOf = usePeopleNames(data.registers.map((r) => r.takenBy));
  const today = londonToday(now());
  const fireSession = defaultSession(now(), data.settings);
  const pupil = (id: number): Saved<Pupil> | undefined => data.pupils.find((p) => p.id === id);
  const pupilName = (id: number): string => {
    const p = pupil(id);
    return p ? name(p) : `Pupil ${id}`;
  };
  return (
    <div>
      <Text as="h2" variant="xLarge" block>
        Today, {formatUkDate(today)}
      </Text>
      {data.problems.map((p) => (
        <MessageBar key={p} messageBarType={MessageBarType.warning} isMultiline>
          {p}
        </MessageBar>
      ))}
      {!data.pru && <YourPupils data={data} />}
      {data.pru && (
        <RoleOrder initial={data.role}>
          <Section id="registers" title="Registers">
            {!data.schoolDay ? (
              <Text block>No registers today: {formatUkDate(today)} is not a school day.</Text>
            ) : (
              <ul style={{ paddingLeft: 18 }}>
                {data.registers.map((r) => (
                  <Item key={r.session}>
                    <Open label={`Open the ${r.session === 'AM' ? 'morning' : 'afternoon'} register`} onClick={() => open({ kind: 'register', session: r.session })}>
                      {r.session === 'AM' ? 'Morning' : 'Afternoon'} register
                    </Open>
                    :{' '}
                    {r.taken
                      ? `taken${r.takenBy ? ` by ${nameOf(r.takenBy) ?? r.takenBy}` : ''}${r.takenAt ? ` at ${londonClockTime(new Date(r.takenAt))}` : ''} (${r.marked} of ${r.expected} marked)`
                      : `not taken yet, ${timeLeftText(r)}`}
                  </Item>
                ))}
                <Item>
                  <Open label={`Fire register: who is on site now (this ${fireSession === 'AM' ? 'morning' : 'afternoon'})`} onClick={() => open({ kind: 'fire', session: fireSession })}>
                    Fire register: who is on site now
                  </Open>
                </Item>
              </ul>
            )}
          </Section>
          {data.calling && (
            <Section id="calling" title="First-day calling" count={data.calling.length}>
              {data.calling.length === 0 ? (
                <Text block>Everyone not in school has a reason recorded.</Text>
              ) : (
                <>
                  <Text block>The morning register has closed: call home for each pupil with no mark or N.</Text>
                  <ul style={{ paddingLeft: 18 }}>
                    {data.calling.map((p) => (
                      <Item key={p.id}>
                        <Open label={`Call for ${name(p)}: open the morning register`} onClick={() => open({ kind: 'register', session: 'AM' })}>
                          {name(p)}
                        </Open>
                        {p.parentPhone ? (
                          <>
                            {' '}
                            — <Link href={`tel:${p.parentPhone.replace(/\s+/g, '')}`}>{p.parentPhone}</Link>
                          </>
                        ) : null}
                      </Item>
                    ))}
                  </ul>
                </>
              )}
            </Section>
          )}
          <ListSection id="followups" title="Follow-ups due" items={data.followUps} none="No calls to follow up." keyOf={(c) => c.id}>
            {(c) => (
              <>
                <PupilNameLink pupilId={c.pupilId}>{pupilName(c.pupilId)}</PupilNameLink>
                : follow up by {c.followUpOn ? formatUkDate(c.followUpOn) : 'today'} ({c.outcome.toLowerCase()} on {formatUkDate(c.day)})
              </>
            )}
          </ListSection>
          <ListSection id="meetings" title="Meetings today" items={data.meetingsToday} none="No review meetings today." keyOf={(m) => m.id}>
            {(m) => (
              <>
                {londonClockTime(new Date(m.start))} {m.kind.toLowerCase()}: <PupilNameLink pupilId={m.pupilId}>{pupilName(m.pupilId)}</PupilNameLink>
                {m.joinUrl ? (
                  <>
                    {' '}
                    — <Link href={m.joinUrl} target="_blank" rel="noopener noreferrer">
                      Join the Teams meeting
                    </Link>
                    {meetingChatLink(m.chatThreadId) && (
                      <>
                        {' · '}
                        <Link href={meetingChatLink(m.chatThreadId)} target="_blank" rel="noopener noreferrer">
                          Open the meeting chat in Teams
                        </Link>
                      </>
                    )}
                  </>
                ) : (
                  ' (no Teams link yet)'
                )}
              </>
            )}
          </ListSection>
          <ListSection
            id="reviews"
            title="Reviews overdue and due this week"
            items={data.reviews}
            none="Nothing overdue or due this week."
            keyOf={({ item }) => `${item.pupilId}-${item.kind}-${item.dueDate}`}
          >
            {({ item, overdue }) => (
              <>
                <Open label={`${item.label}, ${pupilName(item.pupilId)}: open the Due view`} onClick={() => open({ kind: 'reviews' })}>
                  {item.label}: {pupilName(item.pupilId)}
                </Open>{' '}
                — {overdue ? <strong>overdue</strong> : 'due'} by {formatUkDate(item.actBy)}
                {item.planned ? `; meeting on ${formatUkDate(meetingDay(item.planned))}` : ''}
              </>
            )}
          </ListSection>
          <ListSection id="pips" title="PIPs that need action" items={data.pipActions} none="No PIP needs action." keyOf={(a) => a.pip.id}>
            {(a) => (
              <>
                <PupilNameLink pupilId={a.pupil.id}>{name(a.pupil)}</PupilNameLink>: {a.messages.join('; ')}
              </>
            )}
          </ListSection>
          <ListSection
            id="sen-support"
            title="SEN support to record"
            items={data.senSupport}
            none="Every pupil on roll is at SEN support or above."
            keyOf={(p) => p.id}
          >
            {(p) => (
              <>
                <PupilNameLink pupilId={p.id}>{name(p)}</PupilNameLink>: recorded N (no SEN); every pupil on roll is at SEN support at least, so record
                SEN support (K) on their record
              </>
            )}
          </ListSection>
          <ListSection
            id="transition"
            title="Transition and reintegration"
            items={data.transition}
            none="No reintegration step overdue, no transition plan review due, no EHC needs assessment step to chase."
            keyOf={(t) => t.pupilId}
          >
            {(t) => (
              <>
                <PupilNameLink pupilId={t.pupilId}>{pupilName(t.pupilId)}</PupilNameLink>: {t.messages.join('; ')}
              </>
            )}
          </ListSection>
          <ListSection
            id="incidents"
            title={`Behaviour incidents ${data.incidentDays.map((d) => (d === today ? 'today' : `on ${formatUkDate(d)}`)).join(' and ')}`}
            items={data.incidents}
            none="No incidents logged: nothing to follow up."
            keyOf={(e) => e.id}
          >
            {(e) => (
              <>
                <PupilNameLink pupilId={e.pupilId}>{pupilName(e.pupilId)}</PupilNameLink>: {e.day === today ? '' : `${formatUkDate(e.day)} `}
                {londonClockTime(new Date(e.at))}, {e.lesson} — {e.what}
              </>
            )}
          </ListSection>
          <ListSection id="notifications" title="Notifications that failed" items={data.failedNotifications} none="Every notification was sent." keyOf={(n) => n.id}>
            {(n) => (
              <>
                <Open label={`Failed: ${n.subject}. Open Review meetings to send it again`} onClick={() => open({ kind: 'reviews' })}>
                  {n.subject}
                </Open>{' '}
                — {plural(n.attempts, 'attempt')}
              </>
            )}
          </ListSection>
          <AttendanceSection key="attendance" watch={data.attendance} settings={data.settings} pupilName={pupilName} />
          <BaselinesSection key="baselines" baselines={data.baselines} pupilName={pupilName} />
          <LaReturnSection key="la-return" returns={data.laReturns} today={today} settings={data.settings} openReturn={() => open({ kind: 'la-return' })} pupilName={pupilName} />
        </RoleOrder>
      )}
    </div>
  );
};
