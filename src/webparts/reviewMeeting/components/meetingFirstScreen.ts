/**
 * Review meetings as the Teams meeting panel opens it: with the meeting (its details, agenda and views) in one chunk
 * (`view-review-meeting`), so the code they share is loaded once. The outcome form, with the keeping of an outcome on
 * this device, loads when the person opens it (MeetingView); the sending of kept outcomes and their banner when one
 * is kept (ReviewMeetings).
 */
export { ReviewMeetings } from './ReviewMeetings';
export { MeetingView } from './meeting/MeetingView';
