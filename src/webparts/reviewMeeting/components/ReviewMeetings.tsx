import * as React from 'react';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import type { Saved } from '../../../data/ports';
import { addDays, londonToday, londonWallTimeToIso, type DueRow, type Pupil, type SchoolSettings } from '../../../domain';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import type { DueData } from './due/loadDue';
import { HOST_LABELS, hostFromLocation, joinUrlMatchesChat, type ReviewHost } from './host';
import { onDemand } from '../../../ui/onDemand';
import type { ScheduleStart } from './schedule/ScheduleForm';
import { StatusMessage, type Notice } from './shared';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { OfflineOutcomesContext, useOfflineOutcomes, type OfflineOutcomes } from './meeting/offline/useOfflineOutcomes';
import { PlainTabs } from '../../../ui/plain/PlainTabs';

// Each screen is its own chunk, plain markup, loaded when first shown: the Due tab and the meeting (with its agenda
// and outcome form) are `view-` chunks, because each is a first screen (the web part loads the Due view beside this
// one; the Teams meeting panel loads the meeting, and the Due view only if the meeting was not arranged here); the
// Meetings and Notifications tabs, the scheduling form and the banner of outcomes kept on this device load on demand.
const DueView = onDemand('Working out what is due…', () => import(/* webpackChunkName: 'view-review-due' */ './due/DueView').then((m) => m.DueView));
const MeetingView = onDemand('Loading the meeting…', () => import(/* webpackChunkName: 'view-review-meeting' */ './meeting/MeetingView').then((m) => m.MeetingView));
const MeetingList = onDemand('Loading the meetings…', () => import(/* webpackChunkName: 'review-meeting-list' */ './meeting/MeetingList').then((m) => m.MeetingList));
const OfflineOutcomesBanner = onDemand('Loading the outcomes kept on this device…', () =>
  import(/* webpackChunkName: 'review-offline-banner' */ './meeting/offline/OfflineOutcomesBanner').then((m) => m.OfflineOutcomesBanner),
);
const ScheduleForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-schedule' */ './schedule/ScheduleForm').then((m) => m.ScheduleForm));
const NotificationsView = onDemand('Loading the notifications…', () => import(/* webpackChunkName: 'review-notifications' */ './notifications/NotificationsView').then((m) => m.NotificationsView));

/** True when the banner has something to say (outcomes waiting, a conflict, or sending under way or just done). */
const bannerHasNews = (q: OfflineOutcomes): boolean => q.waiting.length > 0 || q.withConflicts.length > 0 || q.status.kind !== 'idle';

type Screen =
  | { readonly kind: 'lists' }
  | { readonly kind: 'meeting'; readonly id: number }
  | { readonly kind: 'schedule'; readonly start: ScheduleStart; readonly pupils: readonly Saved<Pupil>[]; readonly settings: SchoolSettings };

/**
 * Review meetings: what is due (by pupil or by week), arranging a meeting with its Outlook invitation and Teams link,
 * the meeting itself with its agenda and outcomes, and the notifications log. On a SharePoint page and in a Teams
 * tab it opens on the lists (or the meeting named by the page); in a Teams meeting it opens that meeting.
 */
export const ReviewMeetings: React.FC<{ host?: ReviewHost }> = ({ host }) => {
  const resolved = React.useMemo(() => host ?? hostFromLocation(), [host]);
  const services = useServices();
  const [screen, setScreen] = React.useState<Screen>(resolved.meetingId !== undefined ? { kind: 'meeting', id: resolved.meetingId } : { kind: 'lists' });
  const [tab, setTab] = React.useState('due');
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [refreshKey, setRefreshKey] = React.useState(0);
  const [access] = useAsync(() => services.userAccess.isPruStaff(), [services]);
  const canAct = access.status === 'ready' && access.value;
  // Outcomes recorded here with no connection: sent when it is back; an open meeting loads again once they are.
  const offline = useOfflineOutcomes();
  const compact = resolved.kind !== 'sharepoint';

  // In a Teams meeting: the review record whose Teams link belongs to this meeting's chat.
  const [inMeeting] = useAsync(async () => {
    if (resolved.kind !== 'teams-meeting' || resolved.meetingId !== undefined) return undefined;
    const today = londonToday(services.now());
    const near = await services.meetings.since(londonWallTimeToIso(addDays(today, -7), '00:00'));
    return near.items.find((m) => joinUrlMatchesChat(m.joinUrl, resolved.chatId));
  }, [services, resolved]);

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
    body = <MeetingView key={offline.version} meetingId={inMeeting.value.id} canAct={canAct} compact onSendInvitation={(id) => void sendInvitationFor(id)} />;
  } else if (screen.kind === 'meeting') {
    body = <MeetingView key={`${screen.id}-${offline.version}`} meetingId={screen.id} canAct={canAct} compact={compact} onBack={backToLists} onSendInvitation={(id) => void sendInvitationFor(id)} />;
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
            { key: 'due', title: 'Due', render: () => <DueView canAct={canAct} onArrange={arrange} onOpen={openMeeting} onNotice={setNotice} refreshKey={refreshKey} /> },
            { key: 'meetings', title: 'Meetings', render: () => <MeetingList onOpen={openMeeting} refreshKey={refreshKey} /> },
            ...(canAct ? [{ key: 'notifications', title: 'Notifications', render: () => <NotificationsView /> }] : []),
          ]}
        />
      </>
    );
  }

  return (
    <OfflineOutcomesContext.Provider value={offline}>
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
        {bannerHasNews(offline) && <OfflineOutcomesBanner queue={offline} onOpen={openMeeting} />}
        {body}
      </section>
    </PupilRecordHost>
    </OfflineOutcomesContext.Provider>
  );
};
