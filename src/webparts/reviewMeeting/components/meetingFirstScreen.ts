/**
 * Review meetings as the Teams meeting panel opens it: with the meeting (agenda, views, outcome form) and the keeping
 * of an outcome on this device (the form keeps it there when the connection drops, when no code could load any more),
 * in one chunk (`view-review-meeting`), so the code they share is loaded once. The sending of kept outcomes and their
 * banner load when there is one (ReviewMeetings).
 */
export { ReviewMeetings } from './ReviewMeetings';
export { MeetingView } from './meeting/MeetingView';
export { keepOutcome } from './meeting/offline/keepOutcome';
