import { ehcRequestSchema, formatUkDate, meetingDay, reviewMeetingSchema, type EhcRequest, type ReviewMeeting } from '../../../domain';
import { ehcRequestsList } from '../../../lists/declared/ehcRequests';
import { reviewMeetingsList } from '../../../lists/declared/reviewMeetings';
import { createRecordMapper } from '../recordMapper';
import { reviewMeetingNotesList } from '../../../lists/declared/reviewMeetingNotes';
import { staffNotesMapper } from '../confidential/staffNotes';

/** The staff's notes of each review meeting (Pathways Review Meeting Notes, never shared with a home school). */
export const meetingNotesMapper = staffNotesMapper(reviewMeetingNotesList);

/**
 * Review meetings ('Pathways Review Meetings'), in each pupil's folder; attendees, decisions, outcomes and actions are
 * JSON. The staff's notes are not on this item: meetingNotesMapper; SpReviewMeetingRepository joins both.
 */
export const reviewMeetingMapper = createRecordMapper<ReviewMeeting>({
  list: reviewMeetingsList,
  schema: reviewMeetingSchema,
  title: (m) => `${m.kind}, ${formatUkDate(meetingDay(m))}`,
  json: ['attendees', 'outcomes', 'targetOutcomes', 'actions', 'views', 'attendance'],
  fields: {
    pupilId: 'PwPupil',
    kind: 'PwKind',
    status: 'PwStatus',
    start: 'PwStart',
    end: 'PwEnd',
    eventId: 'PwEventId',
    joinUrl: 'PwJoinUrl',
    chatThreadId: 'PwChatThreadId',
    invitedAt: 'PwInvitedAt',
    attendees: 'PwAttendees',
    outcomes: 'PwOutcomes',
    targetOutcomes: 'PwTargetOutcomes',
    actions: 'PwActions',
    pipReviewId: 'PwPipReviewId',
    papersSentOn: 'PwPapersSentOn',
    reportSentOn: 'PwReportSentOn',
    laDecisionOn: 'PwLaDecisionOn',
    views: 'PwViews',
    attendance: 'PwAttendance',
    pupilNotInvitedReason: 'PwPupilNotInvited',
  },
});

/** LA requests and draft plans for comment ('Pathways EHC Requests'), in each pupil's folder. */
export const ehcRequestMapper = createRecordMapper<EhcRequest>({
  list: ehcRequestsList,
  schema: ehcRequestSchema,
  title: (r) => `${r.kind}, received ${formatUkDate(r.receivedOn)}`,
  fields: {
    pupilId: 'PwPupil',
    kind: 'PwKind',
    receivedOn: 'PwReceivedOn',
    respondedOn: 'PwRespondedOn',
    reference: 'PwReference',
    requestedBy: 'PwRequestedBy',
    decision: 'PwDecision',
    decisionOn: 'PwDecisionOn',
    afterAssessment: 'PwAfterAssessment',
    afterAssessmentOn: 'PwAfterAssessmentOn',
    finalPlanOn: 'PwFinalPlanOn',
  },
});
