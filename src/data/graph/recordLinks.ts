/** Links to records and pages on the Pathways Hub site, for messages and invitations. */
import { listByKey, pageFileName, sitePage, SITE_PAGES_FOLDER, type ListKey, type SitePageKey } from '../../lists';

export function recordLink(siteUrl: string, list: ListKey, itemId: number): string {
  return `${siteUrl.replace(/\/+$/, '')}/${listByKey(list).url}/DispForm.aspx?ID=${itemId}`;
}

export const pupilRecordLink = (siteUrl: string, pupilId: number): string => recordLink(siteUrl, 'pupils', pupilId);
/** A page setup makes in Site Pages ('…/SitePages/Review-meetings.aspx'), with its query ('?meeting=12') if any. */
export function sitePageLink(siteUrl: string, page: SitePageKey, query = ''): string {
  return `${siteUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}/${pageFileName(sitePage(page))}${query}`;
}

/**
 * A review meeting opened in Review meetings on its page (the web part opens `?meeting=<id>`), for the service's
 * staff. Not the item's display form: a home school may not read meetings (docs/sharing.md), and the page shows
 * the agenda, papers and outcome the form does not.
 */
export const meetingRecordLink = (siteUrl: string, meetingId: number): string => sitePageLink(siteUrl, 'reviewMeetings', `?meeting=${meetingId}`);

/** The home-school page: the one page a home school's staff open (their own pupils). */
export const homeSchoolPageLink = (siteUrl: string): string => sitePageLink(siteUrl, 'homeSchool');

/** A document in a library by its server-relative URL ('/sites/pathways/PwLetters/PH-0007/x.docx'), as an absolute link. */
export function documentLink(siteUrl: string, serverRelativeUrl: string): string {
  return `${new URL(siteUrl).origin}${serverRelativeUrl.split('/').map(encodeURIComponent).join('/')}`;
}
