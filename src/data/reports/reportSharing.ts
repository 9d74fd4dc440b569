/**
 * Shares a filed termly progress report: with the parent or carer (recorded on the report: when, by whom, how they
 * had it) and/or with the home school (its named staff are told through the one notification service, with the link
 * to the report in the pupil's folder, which SharePoint already lets them read; the e-mail carries the pupil's
 * reference only). The record is written on the report's item under its ETag after the e-mail was sent.
 */
import { notifiedStaff, reportSharedText, reportTermOf, withShares, type IsoDate, type Pupil, type ReportHandoverWay, type ReportShare } from '../../domain';
import { DataError, plainErrorText } from '../errors';
import { documentLink } from '../graph/recordLinks';
import type { FiledLetter, ILetterRepository, INotificationService, ISchoolRepository, LetterShare, Saved } from '../ports';

export interface ReportSharingServices {
  readonly letters: ILetterRepository;
  readonly schools: ISchoolRepository;
  readonly notifications: INotificationService;
  readonly siteUrl: string;
}

export interface ShareReportRequest {
  readonly letter: FiledLetter;
  readonly pupil: Pick<Saved<Pupil>, 'id' | 'pupilRef' | 'homeSchoolId' | 'namedContactIds'>;
  /** How the parent or carer had it; left out: not shared with them now. */
  readonly parentHow?: ReportHandoverWay;
  readonly homeSchool: boolean;
  readonly on: IsoDate;
  readonly by: string;
  readonly serviceName: string;
}

export interface ShareReportResult {
  readonly letter: FiledLetter;
  /** The home-school staff told (names), when the home school was asked for. */
  readonly told: readonly string[];
}

export async function shareReport(services: ReportSharingServices, request: ShareReportRequest): Promise<ShareReportResult> {
  const { letter, pupil } = request;
  if (letter.kind !== 'Termly progress report') throw new DataError('invalid-record', 'Only a termly progress report is shared from here.');
  if (!request.parentHow && !request.homeSchool) throw new DataError('invalid-record', 'Choose who to share the report with: the parent or carer, the home school, or both.');
  const shares: ReportShare[] = request.parentHow ? [{ on: request.on, by: request.by, audience: 'Parent or carer', how: request.parentHow }] : [];
  const told: string[] = [];
  if (request.homeSchool) {
    if (pupil.homeSchoolId === undefined) throw new DataError('invalid-record', 'The pupil has no home school recorded: enter it on the pupil’s details first.');
    const staff = notifiedStaff((await services.schools.contacts(pupil.homeSchoolId)).items, pupil.homeSchoolId, pupil.namedContactIds);
    if (staff.length === 0)
      throw new DataError('invalid-record', 'The home school has no named staff who receive notifications: add them on the school’s page, then share again. Nothing was recorded.');
    const text = reportSharedText(pupil.pupilRef, request.serviceName, reportTermOf(letter.fileName));
    const sent = await services.notifications.notify({
      kind: 'progress-report-shared',
      pupilId: pupil.id,
      to: staff.map((c) => c.email),
      subject: text.subject,
      message: text.message,
      link: documentLink(services.siteUrl, letter.url),
      // One e-mail per version of the report: trying again after a lost answer does not send it twice.
      dedupeKey: `progress-report-shared:${letter.id}:${letter.etag}`,
    });
    if (sent.outcome === 'failed')
      throw new DataError('network', `The home school’s staff could not be told (${sent.problem ?? 'the e-mail was not sent'}); it is in the notifications log to send again. Nothing was recorded.`);
    told.push(...staff.map((c) => c.fullName));
    shares.push({ on: request.on, by: request.by, audience: 'Home school', to: staff.map((c) => `${c.fullName} (${c.email})`).join('; ') });
  }
  try {
    // Every share is kept (the history on the report); the columns show the latest per audience.
    const share: LetterShare = withShares(letter, shares);
    return { letter: await services.letters.recordShare(letter, share), told };
  } catch (e) {
    const sentNote = request.homeSchool ? ' The home school’s staff were told.' : '';
    throw new DataError(e instanceof DataError ? e.kind : 'unknown', `The sharing was not recorded: ${plainErrorText(e)}${sentNote}`);
  }
}
