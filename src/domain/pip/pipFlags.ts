import { daysBetween, formatUkDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import { currentTimetable, type Pip } from './pip';
import { isWrittenAgreement } from './pipAgreement';
import { pipReviewStatus } from './reviewDates';
import { weeklyHours } from './timetable';

/**
 * What needs doing about a PIP (policy and facts sheet §5): a review overdue or due soon, a plan still active
 * after its planned end date, the agreement still to be recorded, and the people to tell: the Virtual School
 * for a looked-after pupil, the LA SEND team for a pupil with an EHC plan (addresses in settings). Each
 * notice carries a ready-made message (PipNotice) for a mailto link today, or a notification service.
 */
export type PipFlagKind =
  | 'review-overdue'
  | 'review-due'
  | 'past-end'
  | 'agreement-missing'
  | 'agreement-incomplete'
  | 'tell-virtual-school'
  | 'tell-send-team';

export interface PipNotice {
  readonly to?: string;
  readonly subject: string;
  /** Plain text: the pupil's name, dates and hours only (no health or safeguarding detail). */
  readonly body: string;
}

export interface PipFlag {
  readonly kind: PipFlagKind;
  readonly severity: 'warning' | 'blocked' | 'info';
  readonly message: string;
  readonly notice?: PipNotice;
}

/** Days before a review is due that it shows as due. */
export const REVIEW_DUE_SOON_DAYS = 7;

type FlagPip = Pick<Pip, 'status' | 'startDate' | 'plannedEndDate' | 'parentSignOff' | 'virtualSchoolToldOn' | 'sendTeamToldOn' | 'timetables'>;
type FlagPupil = Pick<Pupil, 'firstName' | 'lastName' | 'pupilRef' | 'lac' | 'senProvision'>;
type FlagSettings = Pick<SchoolSettings, 'pipReviewIntervalWeeks' | 'terms' | 'closures' | 'virtualSchoolEmail' | 'laSendTeamEmail' | 'fullTimeHours' | 'service'>;

export function pipNotice(kind: 'tell-virtual-school' | 'tell-send-team', pip: FlagPip, pupil: FlagPupil, settings: FlagSettings): PipNotice {
  const hours = weeklyHours(currentTimetable(pip.timetables)?.slots ?? []);
  const who = kind === 'tell-virtual-school' ? 'Virtual School' : 'SEND casework team';
  const why = kind === 'tell-virtual-school' ? 'is looked after' : 'has an EHC plan';
  return {
    to: kind === 'tell-virtual-school' ? settings.virtualSchoolEmail : settings.laSendTeamEmail,
    subject: `Part-time timetable (PIP): ${pupil.firstName} ${pupil.lastName} (${pupil.pupilRef})`,
    body:
      `Dear ${who},\n\n` +
      `${pupil.firstName} ${pupil.lastName} (${pupil.pupilRef}) ${why} and is on a Phased Integration Plan (a temporary part-time timetable) at ${settings.service.name} ` +
      `from ${formatUkDate(pip.startDate)} to ${formatUkDate(pip.plannedEndDate)}: ${hours} hours a week of the full-time ${settings.fullTimeHours}. ` +
      `It is reviewed every ${settings.pipReviewIntervalWeeks} weeks; we will keep you informed of each review.\n\n` +
      `${settings.service.name}${settings.service.phone ? `, ${settings.service.phone}` : ''}, ${settings.service.email}\n`,
  };
}

export function pipFlags(pip: FlagPip, pupil: FlagPupil, reviewDatesHeld: readonly IsoDate[], today: IsoDate, settings: FlagSettings): PipFlag[] {
  const flags: PipFlag[] = [];
  if (pip.status === 'Ended') return flags;
  if (pip.status === 'Draft' && pip.parentSignOff === undefined)
    flags.push({ kind: 'agreement-missing', severity: 'warning', message: 'Record the parent/carer agreement: the PIP cannot start without it' });
  if (pip.status === 'Active' && !isWrittenAgreement(pip.parentSignOff))
    flags.push({
      kind: 'agreement-incomplete',
      severity: 'warning',
      message: "Record how the parent/carer's written agreement was given (relationship, and the signed form or who recorded it)",
    });
  if (pip.status === 'Active') {
    const status = pipReviewStatus(pip, reviewDatesHeld, today, settings);
    if (status.overdue)
      flags.push({
        kind: 'review-overdue',
        severity: 'blocked',
        message: `Review overdue by ${status.daysOverdue} day${status.daysOverdue === 1 ? '' : 's'} (due ${formatUkDate(status.nextReviewDue)})`,
      });
    else if (daysBetween(today, status.actBy) <= REVIEW_DUE_SOON_DAYS)
      flags.push({ kind: 'review-due', severity: 'info', message: `Review due on ${formatUkDate(status.actBy)}` });
    if (status.pastEnd)
      flags.push({
        kind: 'past-end',
        severity: 'blocked',
        message: `Past its planned end date (${formatUkDate(pip.plannedEndDate)}): review it to end or extend the plan`,
      });
  }
  if (pupil.lac && pip.virtualSchoolToldOn === undefined)
    flags.push({
      kind: 'tell-virtual-school',
      severity: 'warning',
      message: 'Looked-after pupil: tell the Virtual School about the part-time timetable',
      notice: pipNotice('tell-virtual-school', pip, pupil, settings),
    });
  if (pupil.senProvision === 'E' && pip.sendTeamToldOn === undefined)
    flags.push({
      kind: 'tell-send-team',
      severity: 'warning',
      message: 'EHC plan: tell the LA SEND casework team about the part-time timetable',
      notice: pipNotice('tell-send-team', pip, pupil, settings),
    });
  return flags;
}

/** A mailto: link for a notice (RFC 6068: subject and body percent-encoded, CRLF line ends). */
export function mailtoOf(notice: PipNotice): string {
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${notice.to ?? ''}?subject=${enc(notice.subject)}&body=${enc(notice.body)}`;
}
