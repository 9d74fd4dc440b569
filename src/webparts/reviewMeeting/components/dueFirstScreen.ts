/**
 * Review meetings as ReviewMeetingWebPart opens it: with the Due view, its first screen, in one chunk
 * (`view-review-due`), so the code both use is loaded once.
 */
export { ReviewMeetings } from './ReviewMeetings';
export { DueView } from './due/DueView';
