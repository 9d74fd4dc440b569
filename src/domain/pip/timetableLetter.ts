import { formatUkDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import { WEEKDAYS, type Weekday } from '../vocabulary';
import { currentTimetable, type Pip } from './pip';
import { pipReviewSchedule } from './reviewDates';
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
}

type LetterPupil = Pick<Pupil, 'pupilRef' | 'firstName' | 'lastName' | 'parentName' | 'parentAddress'>;
type LetterSettings = Pick<SchoolSettings, 'service' | 'pipReviewIntervalWeeks' | 'fullTimeHours'>;

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
  const interim = schedule.filter((r) => r.kind === 'interim').map((r) => formatUkDate(r.date));
  const final = schedule.find((r) => r.kind === 'final');
  const reviews =
    (interim.length > 0 ? `As agreed during the meeting we will be reviewing this with you on ${interim.join(', ')}` : 'As agreed during the meeting we will be reviewing this with you') +
    (final ? `${interim.length > 0 ? ', and' : ''} a final review on ${formatUkDate(final.date)}.` : '.');
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
