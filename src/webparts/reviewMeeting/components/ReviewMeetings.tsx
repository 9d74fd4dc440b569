import * as React from 'react';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import type { Saved } from '../../../data/ports';
import { addDays, londonToday, londonWallTimeToIso, type DueRow, type Pupil, type SchoolSettings } from '../../../domain';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import type { DueData } from './due/loadDue';
import { HOST_LABELS, hostFromLocation, joinUrlMatchesChat, type ReviewHost } from './host';
import { loadOnce, onDemand } from '../../../ui/onDemand';
import type { ScheduleStart } from './schedule/ScheduleForm';
import { StatusMessage, type Notice } from './shared';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { OutcomeKeeperContext, type OutcomeKeeper } from './meeting/offline/outcomeKeeper';
import type { OfflineOutcomes as OutcomeSender } from './meeting/offline/useOfflineOutcomes';
import type { DueViewProps } from './due/DueView';
import type { MeetingViewProps } from './meeting/MeetingView';
import { useLoadWhenKept } from '../../../ui/offline/useLoadWhenKept';
import { PlainTabs } from '../../../ui/plain/PlainTabs';

// Each screen is plain markup, loaded when first shown. A web part loads its first screen's code with this one, in
// one chunk (`first`: ReviewMeetingWebPart the Due view, the Teams meeting panel the meeting; see dueFirstScreen.ts,
// meetingFirstScreen.ts); otherwise each loads on demand, as do the Meetings and Notifications tabs, the scheduling
// form, a meeting's outcome form (with the keeping of an outcome on this device) when the person opens it, and the
// sending of outcomes kept on this device with their banner once one is kept.
const DueView = onDemand('Working out what is due…', () => import(/* webpackChunkName: 'review-due' */ './due/DueView').then((m) => m.DueView));
type OfflineModule = typeof import('./meeting/offline/OfflineOutcomes');
/** The sending of outcomes kept on this device and their banner (chunk `review-offline`); a failed load is tried again when next asked. */
const loadOffline = loadOnce((): Promise<OfflineModule> => import(/* webpackChunkName: 'review-offline' */ './meeting/offline/OfflineOutcomes'));
const MeetingView = onDemand('Loading the meeting…', () => import(/* webpackChunkName: 'review-meeting' */ './meeting/MeetingView').then((m) => m.MeetingView));
const MeetingList = onDemand('Loading the meetings…', () => import(/* webpackChunkName: 'review-meeting-list' */ './meeting/MeetingList').then((m) => m.MeetingList));
const ScheduleForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-schedule' */ './schedule/ScheduleForm').then((m) => m.ScheduleForm));
const NotificationsView = onDemand('Loading the notifications…', () => import(/* webpackChunkName: 'review-notifications' */ './notifications/NotificationsView').then((m) => m.NotificationsView));

/** A first screen's code, loaded by the web part in one chunk with Review meetings itself. */
export interface FirstScreen {
  readonly DueView?: React.ComponentType<DueViewProps>;
  readonly MeetingView?: React.ComponentType<MeetingViewProps>;
}

/** The offline queue's kind for review outcomes (waiting, or met with someone else's). */
const OUTCOME_KIND = 'review-outcome';

type Screen =
  | { readonly kind: 'lists' }
  | { readonly kind: 'meeting'; readonly id: number }
  | { readonly kind: 'schedule'; readonly start: ScheduleStart; readonly pupils: readonly Saved<Pupil>[]; readonly settings: SchoolSettings };

/**
 * Review meetings: what is due (by pupil or by week), arranging a meeting with its Outlook invitation and Teams link,
 * the meeting itself with its agenda and outcomes, and the notifications log. On a SharePoint page and in a Teams
 * tab it opens on the lists (or the meeting named by the page); in a Teams meeting it opens that meeting.
 */
export const ReviewMeetings: React.FC<{ host?: ReviewHost; first?: FirstScreen }> = ({ host, first }) => {
  const Due = first?.DueView ?? DueView;
  const Meeting = first?.MeetingView ?? MeetingView;
  const resolved = React.useMemo(() => host ?? hostFromLocation(), [host]);
  const services = useServices();
  const [screen, setScreen] = React.useState<Screen>(resolved.meetingId !== undefined ? { kind: 'meeting', id: resolved.meetingId } : { kind: 'lists' });
  const [tab, setTab] = React.useState('due');
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [refreshKey, setRefreshKey] = React.useState(0);
  const [access] = useAsync(() => services.userAccess.isPruStaff(), [services]);
  const canAct = access.status === 'ready' && access.value;
  const compact = resolved.kind !== 'sharepoint';

  // In a Teams meeting: the review record whose Teams link belongs to this meeting's chat.
  const [inMeeting] = useAsync(async () => {
    if (resolved.kind !== 'teams-meeting' || resolved.meetingId !== undefined) return undefined;
    const today = londonToday(services.now());
    const near = await services.meetings.since(londonWallTimeToIso(addDays(today, -7), '00:00'));
    return near.items.find((m) => joinUrlMatchesChat(m.joinUrl, resolved.chatId));
  }, [services, resolved]);

  // Outcomes recorded here with no connection: kept on this device, sent when it is back; an open meeting loads again
  // once they are. The outcome form keeps one without the sender (it brings keepOutcome.ts with it). The sender and
  // its banner load with the first meeting shown (in the Teams meeting panel, whose first screen is the meeting, with
  // the first outcome kept), or at once when some are kept already (here or, meanwhile, in another tab).
  const showsMeeting = screen.kind === 'meeting' || (resolved.kind === 'teams-meeting' && inMeeting.status === 'ready' && inMeeting.value !== undefined);
  const { loaded, markKept } = useLoadWhenKept(OUTCOME_KIND, services.currentUser.email, showsMeeting && !first?.MeetingView, loadOffline);
  const Offline = loaded?.OfflineOutcomes;
  const sender = React.useRef<OutcomeSender | undefined>();
  const [sentVersion, setSentVersion] = React.useState(0);
  const keeper = React.useMemo<OutcomeKeeper>(
    () => ({
      keep: (outcome, keepHere) => {
        if (sender.current) return sender.current.enqueue(outcome);
        const done = keepHere(services.currentUser.email, services.now(), outcome);
        if (done) markKept(); // the sender loads (now, or once the connection is back) and sends it
        return done;
      },
    }),
    [markKept, services],
  );
  const bindSender = React.useCallback((s: OutcomeSender): void => {
    sender.current = s;
  }, []);

  const openMeeting = (id: number): void => setScreen({ kind: 'meeting', id });
  const arrange = (row: DueRow, data: DueData): void => {
    const existing = row.item.planned ? data.meetings.find((m) => m.id === row.item.planned?.id) : undefined;
    setScreen({
      kind: 'schedule',
      pupils: data.pupils,
      settings: data.settings,
      start: { pupilId: row.item.pupilId, kind: row.item.meetingKind, suggestedDate: row.item.actBy, ...(existing && existing.status === 'Draft' ? { existing } : {}) },
    });
  };
  const sendInvitationFor = async (meetingId: number): Promise<void> => {
    const [meeting, pupils, settings] = await Promise.all([services.meetings.get(meetingId), services.pupils.list(), services.settings.get()]);
    setScreen({ kind: 'schedule', pupils: pupils.items, settings, start: { pupilId: meeting.pupilId, kind: meeting.kind, existing: meeting } });
  };
  const backToLists = (): void => {
    setRefreshKey((k) => k + 1);
    setScreen({ kind: 'lists' });
  };

  let body: React.ReactNode;
  if (resolved.kind === 'teams-meeting' && resolved.meetingId === undefined && screen.kind === 'lists' && inMeeting.status !== 'ready') {
    body = inMeeting.status === 'loading' ? <Spinner label="Finding this meeting's review record…" /> : <Text block>{inMeeting.message}</Text>;
  } else if (resolved.kind === 'teams-meeting' && screen.kind === 'lists' && inMeeting.status === 'ready' && inMeeting.value) {
    body = <Meeting key={sentVersion} meetingId={inMeeting.value.id} canAct={canAct} compact onSendInvitation={(id) => void sendInvitationFor(id)} />;
  } else if (screen.kind === 'meeting') {
    body = <Meeting key={`${screen.id}-${sentVersion}`} meetingId={screen.id} canAct={canAct} compact={compact} onBack={backToLists} onSendInvitation={(id) => void sendInvitationFor(id)} />;
  } else if (screen.kind === 'schedule') {
    body = (
      <ScheduleForm
        start={screen.start}
        pupils={screen.pupils}
        settings={screen.settings}
        onCancel={backToLists}
        onDone={(_m, n) => {
          setNotice(n);
          backToLists();
        }}
      />
    );
  } else {
    body = (
      <>
        {resolved.kind === 'teams-meeting' && <Text block>This Teams meeting was not arranged in Pathways Hub. The review meetings are below.</Text>}
        <PlainTabs
          label="Review meeting views"
          selectedKey={tab}
          onSelect={setTab}
          tabs={[
            { key: 'due', title: 'Due', render: () => <Due canAct={canAct} onArrange={arrange} onOpen={openMeeting} onNotice={setNotice} refreshKey={refreshKey} /> },
            { key: 'meetings', title: 'Meetings', render: () => <MeetingList onOpen={openMeeting} refreshKey={refreshKey} /> },
            ...(canAct ? [{ key: 'notifications', title: 'Notifications', render: () => <NotificationsView /> }] : []),
          ]}
        />
      </>
    );
  }

  return (
    <OutcomeKeeperContext.Provider value={keeper}>
    <PupilRecordHost backLabel="Back to Review meetings">
      <section aria-labelledby="review-meetings-heading" data-host={resolved.kind}>
        <Text as="h2" variant="xLarge" id="review-meetings-heading" block>
          Review meetings
        </Text>
        {compact && (
          <Text block variant="small">
            Shown in a {HOST_LABELS[resolved.kind]}.
          </Text>
        )}
        <StatusMessage notice={notice} onDismiss={() => setNotice(undefined)} />
        {Offline && <Offline onOpen={openMeeting} bind={bindSender} onVersion={setSentVersion} />}
        {body}
      </section>
    </PupilRecordHost>
    </OutcomeKeeperContext.Provider>
  );
};
