/** Links to records on the Pathways Hub site, for messages and invitations (the item's display form). */
import { listByKey, type ListKey } from '../../lists';

export function recordLink(siteUrl: string, list: ListKey, itemId: number): string {
  return `${siteUrl.replace(/\/+$/, '')}/${listByKey(list).url}/DispForm.aspx?ID=${itemId}`;
}

export const pupilRecordLink = (siteUrl: string, pupilId: number): string => recordLink(siteUrl, 'pupils', pupilId);
export const meetingRecordLink = (siteUrl: string, meetingId: number): string => recordLink(siteUrl, 'reviewMeetings', meetingId);

/** A document in a library by its server-relative URL ('/sites/pathways/PwLetters/PH-0007/x.docx'), as an absolute link. */
export function documentLink(siteUrl: string, serverRelativeUrl: string): string {
  return `${new URL(siteUrl).origin}${serverRelativeUrl.split('/').map(encodeURIComponent).join('/')}`;
}
