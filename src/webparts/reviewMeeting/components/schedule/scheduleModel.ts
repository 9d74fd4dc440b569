/**
 * The scheduling form as data (pure, tested without rendering): what staff typed → a review meeting record, or a
 * message at each field. Times are London wall-clock times; the meeting must be on a school day, in the future.
 */
import {
  emailSchema,
  formatUkDate,
  isSchoolDay,
  isClockTime,
  londonWallTimeToIso,
  parseUkDate,
  whyNotSchoolDay,
  type CalendarSettings,
  type MeetingAttendee,
  type MeetingKind,
  type ReviewMeeting,
  type SchoolContact,
} from '../../../../domain';

export interface ScheduleFormValues {
  readonly pupilId?: number;
  readonly kind?: MeetingKind;
  /** dd/mm/yyyy as typed. */
  readonly date: string;
  /** HH:MM, London. */
  readonly time: string;
  readonly minutes: number;
  readonly location: string;
  readonly attendees: readonly MeetingAttendee[];
  readonly notes: string;
}

export type ScheduleErrors = Partial<Record<'pupilId' | 'kind' | 'date' | 'time' | 'minutes' | 'attendees', string>>;

export const DURATIONS = [30, 45, 60, 90, 120] as const;

export function buildMeeting(
  values: ScheduleFormValues,
  context: { readonly now: Date; readonly today: string; readonly settings: CalendarSettings },
): { meeting?: ReviewMeeting; errors: ScheduleErrors } {
  const errors: ScheduleErrors = {};
  if (values.pupilId === undefined) errors.pupilId = 'Choose the pupil';
  if (values.kind === undefined) errors.kind = 'Choose the kind of meeting';
  const date = parseUkDate(values.date);
  if (date === null) errors.date = 'Enter the date as dd/mm/yyyy, for example 24/11/2026';
  else if (!isSchoolDay(date, context.settings)) {
    const why = whyNotSchoolDay(date, context.settings);
    const words = why === 'weekend' ? 'is at a weekend' : why === 'closure' ? 'is a closure day' : 'is in a school holiday';
    errors.date = `${formatUkDate(date)} ${words}: choose a school day`;
  }
  const time = values.time.trim().replace('.', ':');
  const padded = /^\d:\d\d$/.test(time) ? `0${time}` : time;
  if (!isClockTime(padded)) errors.time = 'Enter the start time as HH:MM (24-hour clock), for example 10:00';
  if (!(values.minutes >= 15 && values.minutes <= 240)) errors.minutes = 'Choose how long the meeting lasts';
  if (values.attendees.length === 0) errors.attendees = 'Invite at least one person';
  const bad = values.attendees.find((a) => !emailSchema.safeParse(a.email).success);
  if (bad) errors.attendees = `${bad.email || 'An attendee'} is not an e-mail address: correct it or remove them`;
  if (date !== null && errors.date === undefined && errors.time === undefined) {
    const start = londonWallTimeToIso(date, padded);
    if (Date.parse(start) <= context.now.getTime()) errors.date = 'Choose a time that has not passed yet';
  }
  if (Object.keys(errors).length > 0 || date === null || values.pupilId === undefined || values.kind === undefined) return { errors };
  const start = londonWallTimeToIso(date, padded);
  const end = new Date(Date.parse(start) + values.minutes * 60000).toISOString();
  const seen = new Set<string>();
  const attendees = values.attendees.filter((a) => {
    const key = a.email.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    errors,
    meeting: {
      pupilId: values.pupilId,
      kind: values.kind,
      status: 'Draft',
      start,
      end,
      attendees: attendees.map((a) => ({ ...a, email: a.email.trim() })),
      outcomes: [],
      targetOutcomes: [],
      actions: [],
      ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    },
  };
}

/**
 * Who is invited unless staff change it: the organiser, the pupil's named home-school staff (else the school's
 * staff who receive notifications), and the parent/carer when there is an e-mail address.
 */
export function defaultAttendees(
  pupil: { readonly namedContactIds: readonly number[]; readonly parentName?: string; readonly parentEmail?: string },
  schoolContacts: readonly (SchoolContact & { id: number })[],
  organiser: { readonly email: string; readonly displayName: string },
): MeetingAttendee[] {
  const named = schoolContacts.filter((c) => pupil.namedContactIds.indexOf(c.id) >= 0);
  const school = (named.length > 0 ? named : schoolContacts.filter((c) => c.notify)).map((c) => ({ name: c.fullName, email: c.email, kind: 'home-school' as const }));
  return [
    { name: organiser.displayName, email: organiser.email, kind: 'pru-staff' },
    ...school,
    ...(pupil.parentEmail ? [{ ...(pupil.parentName ? { name: pupil.parentName } : {}), email: pupil.parentEmail, kind: 'parent' as const }] : []),
  ];
}

/** True when someone is busy at any time between start and end (ISO instants). */
export function overlaps(busy: readonly { start: string; end: string }[], startIso: string, endIso: string): boolean {
  const s = Date.parse(startIso);
  const e = Date.parse(endIso);
  return busy.some((b) => Date.parse(b.start) < e && Date.parse(b.end) > s);
}
