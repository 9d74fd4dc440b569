/** '/sites/pathways' from 'https://contoso.sharepoint.com/sites/pathways'. */
export function serverRelativeOf(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/$/, '');
}

/** Server-relative URL of a pupil's folder in a list: '/sites/pathways/Lists/PwAttendance/PH-0001'. */
export function pupilFolderUrl(siteUrl: string, listUrl: string, pupilRef: string): string {
  return `${serverRelativeOf(siteUrl)}/${listUrl}/${pupilRef}`;
}
