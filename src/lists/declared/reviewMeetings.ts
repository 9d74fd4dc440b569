import { MEETING_KINDS, MEETING_STATUSES } from '../../domain/vocabulary';
import { choice, clientKey, date, dateTime, integer, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const reviewMeetingsList: ListDefinition = {
  key: 'reviewMeetings',
  title: 'Pathways Review Meetings',
  url: 'Lists/PwReviewMeetings',
  description: 'Review meetings with their Outlook event and Teams link, outcomes and actions.',
  fields: [
    pupilLookup(),
    choice('PwKind', 'Kind', MEETING_KINDS, { required: true }),
    choice('PwStatus', 'Status', MEETING_STATUSES, { required: true, indexed: true }),
    dateTime('PwStart', 'Starts', { required: true, indexed: true }),
    dateTime('PwEnd', 'Ends', { required: true }),
    text('PwEventId', 'Outlook event id'),
    note('PwJoinUrl', 'Teams join URL'),
    text('PwChatThreadId', 'Teams meeting chat id', { description: 'The Teams meeting chat (onlineMeeting chatInfo.threadId), read by the organiser from Microsoft Graph when the meeting is booked.' }),
    note('PwAttendees', 'Attendees (JSON)'),
    note('PwOutcomes', 'Outcomes (JSON)'),
    note('PwActions', 'Actions (JSON)'),
    dateTime('PwInvitedAt', 'Invitation sent at', { description: 'Set only from the Outlook event Microsoft Graph created.' }),
    note('PwTargetOutcomes', 'Target outcomes (JSON)', { sensitive: true }),
    integer('PwPipReviewId', 'PIP review id'),
    date('PwPapersSentOn', 'Papers circulated on'),
    date('PwReportSentOn', 'Report sent on'),
    date('PwLaDecisionOn', 'LA decision received on'),
    note('PwViews', "The pupil's and parents' views (JSON)", { sensitive: true }),
    note('PwAttendance', 'Who attended, and the outcome sent to those who could not (JSON)'),
    note('PwPupilNotInvited', 'Why the pupil is not invited'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  // Moved to Pathways Review Meeting Notes by the v2-meeting-notes-split migration (docs/sharing.md).
  retiredFields: [{ internalName: 'PwNotes', movedTo: 'reviewMeetingNotes' }],
};
