import { daysBetween, formatUkDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import { WEEKDAYS, type Weekday } from '../vocabulary';
import { currentTimetable, type Pip } from './pip';
import { pipReviewSchedule, type ScheduledReview } from './reviewDates';
import { londonParts } from '../meetings/meetingTime';
import type { PipTimetable } from './timetableSlot';
import { weeklyHours } from './timetable';
import { minutesOfDay } from '../dates/clockTime';

/**
 * The timetable letter to the parent/carer (attendance policy Appendix 2), as content: the Word document
 * (src/data/letters) and the on-screen preview both render exactly this, so what staff preview is what is
 * stored. Plain text only; no health or safeguarding detail.
 */
export interface LetterSession {
  readonly time: string;
  readonly location: string;
  readonly curriculum: string;
}

export interface TimetableLetter {
  /** The file name in the Letters library: 'PH-0001 PIP timetable 2026-11-23.docx'. */
  readonly fileName: string;
  readonly date: IsoDate;
  readonly addressee: readonly string[];
  readonly salutation: string;
  readonly heading: string;
  readonly intro: string;
  readonly days: readonly { readonly day: Weekday; readonly sessions: readonly LetterSession[] }[];
  readonly hoursLine: string;
  readonly reviews: string;
  readonly responsibilities: string;
  readonly contact: string;
  readonly closing: string;
  readonly signatory: readonly string[];
  readonly service: readonly string[];
}

export interface LetterOptions {
  /** The date on the letter (today). */
  readonly date: IsoDate;
  /** Who signs: name and role ('Headteacher'). */
  readonly signatoryName: string;
  readonly signatoryRole: string;
  /** The timetable the letter confirms; default the PIP's latest. */
  readonly timetable?: PipTimetable;
  /**
   * The pupil's PIP review meetings already arranged (Scheduled), with their start (ISO instant). Each takes the
   * place of the computed review it falls nearest to, so the letter gives the date and time agreed (Appendix 2);
   * a review with no meeting yet says its time will be confirmed.
   */
  readonly reviewMeetings?: readonly { readonly start: string }[];
}

type LetterPupil = Pick<Pupil, 'pupilRef' | 'firstName' | 'lastName' | 'parentName' | 'parentAddress'>;
type LetterSettings = Pick<SchoolSettings, 'service' | 'pipReviewIntervalWeeks' | 'terms' | 'closures' | 'fullTimeHours'>;

export function timetableLetter(pip: Pick<Pip, 'startDate' | 'plannedEndDate' | 'timetables'>, pupil: LetterPupil, settings: LetterSettings, options: LetterOptions): TimetableLetter {
  const timetable = options.timetable ?? currentTimetable(pip.timetables);
  const slots = [...(timetable?.slots ?? [])].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const parent = pupil.parentName ?? 'Parent/Carer';
  const addressLines = (pupil.parentAddress ?? '')
    .split(/\r?\n|,\s*/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const from = timetable ? (timetable.effectiveFrom > options.date ? timetable.effectiveFrom : options.date) : options.date;
  const schedule = pipReviewSchedule(pip.startDate, pip.plannedEndDate, settings).filter((r) => r.date >= options.date);
  const when = reviewTimes(schedule, options.reviewMeetings ?? [], options.date);
  const interim = schedule.map((r, i) => ({ r, text: when[i] })).filter((x) => x.r.kind === 'interim').map((x) => x.text);
  const finalAt = schedule.findIndex((r) => r.kind === 'final');
  const reviews =
    (interim.length > 0 ? `As agreed during the meeting we will be reviewing this with you on ${interim.join(', ')}` : 'As agreed during the meeting we will be reviewing this with you') +
    (finalAt >= 0 ? `${interim.length > 0 ? ', and' : ''} a final review on ${when[finalAt]}.` : '.');
  const hours = weeklyHours(slots);
  const phone = settings.service.phone;
  return {
    fileName: `${pupil.pupilRef} PIP timetable ${options.date}.docx`,
    date: options.date,
    addressee: [parent, ...addressLines],
    salutation: `Dear ${parent}`,
    heading: `RE: ${name.toUpperCase()} TIMETABLE`,
    intro: `I am writing to confirm ${name}'s timetable as of ${formatUkDate(from)}. ${pupil.firstName} will be expected to attend on the days and times below:`,
    days: WEEKDAYS.map((day) => ({
      day,
      sessions: slots.filter((s) => s.day === day).map((s) => ({ time: `${s.start} to ${s.end}`, location: s.location, curriculum: s.curriculum })),
    })),
    hoursLine: `This is ${hours} hours a week; a full-time week is ${settings.fullTimeHours} hours. The plan is planned to end on ${formatUkDate(pip.plannedEndDate)}.`,
    reviews,
    responsibilities:
      'Please remember that you have a duty to ensure that your child is not present in a public place unaccompanied by you (or a family member) during school hours ' +
      'without reasonable justification, and that you are responsible for their safeguarding during the times they are not timetabled at an educational provision.',
    contact: `If you have any queries please do not hesitate to contact me${phone ? ` on ${phone}` : ''} or at ${settings.service.email}.`,
    closing: 'Yours sincerely',
    signatory: [options.signatoryName, options.signatoryRole],
    service: [settings.service.name, settings.service.address],
  };
}

const weekdayOf = (date: IsoDate): string => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });

/**
 * 'Monday 14/12/2026 at 10:00' for each review with an arranged meeting, else 'Monday 14/12/2026 (time to be
 * confirmed)'. Meetings are taken in date order: each replaces the review not yet taken (and not before one
 * already taken) whose date is nearest to it, so a review arranged a few days early or late replaces its own date.
 */
function reviewTimes(schedule: readonly ScheduledReview[], meetings: readonly { readonly start: string }[], letterDate: IsoDate): string[] {
  const arranged = meetings
    .map((m) => londonParts(m.start))
    .filter((m) => m.date >= letterDate)
    .sort((a, b) => (a.date === b.date ? (a.time < b.time ? -1 : 1) : a.date < b.date ? -1 : 1));
  const taken: ({ date: IsoDate; time: string } | undefined)[] = schedule.map(() => undefined);
  let next = 0;
  for (const m of arranged) {
    if (next >= schedule.length) break;
    let best = next;
    for (let i = next + 1; i < schedule.length; i++)
      if (Math.abs(daysBetween(schedule[i].date, m.date)) < Math.abs(daysBetween(schedule[best].date, m.date))) best = i;
    taken[best] = m;
    next = best + 1;
  }
  return schedule.map((r, i) => {
    const m = taken[i];
    return m ? `${weekdayOf(m.date)} ${formatUkDate(m.date)} at ${m.time}` : `${weekdayOf(r.date)} ${formatUkDate(r.date)} (time to be confirmed)`;
  });
}

/** The letter as plain text (for the e-mail body or a text check). */
export function letterText(letter: TimetableLetter): string {
  const days = letter.days.map((d) => `${d.day.toUpperCase()}: ${d.sessions.length === 0 ? 'Not timetabled' : d.sessions.map((s) => `${s.time}, ${s.location}, ${s.curriculum}`).join('; ')}`);
  return [
    ...letter.service,
    '',
    ...letter.addressee,
    '',
    formatUkDate(letter.date),
    '',
    letter.salutation,
    '',
    letter.heading,
    '',
    letter.intro,
    ...days,
    '',
    letter.hoursLine,
    letter.reviews,
    letter.responsibilities,
    letter.contact,
    '',
    letter.closing,
    '',
    ...letter.signatory,
  ].join('\n');
}
