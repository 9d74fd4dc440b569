import { addDays, addMonths, addWeeks, formatUkDate, type IsoDate } from '../../src/domain/dates/isoDates';
import { clockTimeFromMinutes, minutesOfDay } from '../../src/domain/dates/clockTime';
import { addSchoolDays, isSchoolDay } from '../../src/domain/dates/schoolCalendar';
import { deadlineOf } from '../../src/domain/meetings/deadlines';
import { reviewMeetingSchema, type AttendeeKind } from '../../src/domain/meetings/reviewMeeting';
import { pipReviewStatus } from '../../src/domain/pip/reviewDates';
import type { MeetingKind } from '../../src/domain/vocabulary';
import { DEMO_SETTINGS, londonDateTime } from './calendar';
import type { PipsResult } from './pips';
import type { CastPupil, PupilCast } from './pupils';
import type { Rng } from './random';
import { ATTENDANCE_OFFICER, HEADTEACHER, PRU_STAFF, SENCO } from './staff';
import type { DemoReviewMeeting, DemoSchoolContact, DemoStaffUser } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

/** Review meetings over the next four weeks: Scheduled, no Outlook event yet (the seeder books them through Graph). */
const WINDOW_WEEKS = 4;
const ROOM = 'Pathways Learning Centre, Meeting Room 1';

interface Attendee {
  name?: string;
  email: string;
  kind: AttendeeKind;
}

interface MeetingPlan {
  pupil: CastPupil;
  kind: MeetingKind;
  date: IsoDate;
  organiser: DemoStaffUser;
  attendees: Attendee[];
  minutes: number;
  online: boolean;
  notes: string;
  /** Start time, when the story fixes it (a meeting later today). */
  time?: string;
}

/** The first school day on or after `date`. */
function schoolDayOnOrAfter(date: IsoDate): IsoDate {
  return isSchoolDay(date, DEMO_SETTINGS) ? date : addSchoolDays(date, 1, DEMO_SETTINGS);
}

/** An annual review whose papers were due before today had them circulated on time (the story's one late review is not booked). */
function papersSent(plan: MeetingPlan, today: IsoDate): { papersSentOn?: IsoDate } {
  if (plan.kind !== 'EHCP annual review') return {};
  const due = addWeeks(plan.date, -DEMO_SETTINGS.statutory.ehcpReviewPapersWeeks);
  return due < today ? { papersSentOn: deadlineOf(due, DEMO_SETTINGS).actBy } : {};
}

export function generateMeetings(rng: Rng, cast: PupilCast, pips: PipsResult, contacts: DemoSchoolContact[], today: IsoDate): DemoReviewMeeting[] {
  const windowEnd = addWeeks(today, WINDOW_WEEKS);
  const inWindow = (d: IsoDate): boolean => d >= today && d <= windowEnd;
  const used = new Set<string>();
  const plans: MeetingPlan[] = [];

  const staff = (p: CastPupil): DemoStaffUser => PRU_STAFF.find((s) => s.email === p.demo.pupil.leadTutorEmail) ?? SENCO;
  const pru = (s: DemoStaffUser): Attendee => ({ name: s.displayName, email: s.email, kind: 'pru-staff' });
  const parent = (p: CastPupil): Attendee[] =>
    p.demo.pupil.parentEmail ? [{ name: p.demo.pupil.parentName, email: p.demo.pupil.parentEmail, kind: 'parent' }] : [];
  const school = (p: CastPupil, roles?: string[]): Attendee[] =>
    contacts
      .filter((c) => p.demo.namedContactEmails.indexOf(c.contact.email) >= 0 && (!roles || roles.indexOf(c.contact.role) >= 0))
      .map((c) => ({ name: c.contact.fullName, email: c.contact.email, kind: 'home-school' as const }));
  const add = (plan: Omit<MeetingPlan, 'minutes' | 'online'> & { minutes?: number; online?: boolean }): void => {
    if (used.has(plan.pupil.demo.key) || !inWindow(plan.date)) return;
    used.add(plan.pupil.demo.key);
    plans.push({ minutes: 60, online: false, ...plan });
  };

  // PIP reviews falling due in the window (six-weekly from the start or the last review).
  for (const cp of cast.pupils) {
    const entry = pips.byPupil[cp.demo.key];
    if (!entry) continue;
    const held = pips.reviews.filter((r) => r.pipKey === entry.key).map((r) => r.review.reviewDate);
    const due = pipReviewStatus(entry.pip, held, today, DEMO_SETTINGS).nextReviewDue;
    const lead = staff(cp);
    add({
      pupil: cp,
      kind: 'PIP review',
      date: schoolDayOnOrAfter(due > today ? due : addDays(today, 1)),
      organiser: lead,
      attendees: [pru(SENCO), ...school(cp).slice(0, 1), ...parent(cp)],
      notes: `Six-weekly review of ${entry.key}: targets, attendance to the timetable, next step on hours.`,
    });
  }

  // EHC plan annual review for an E pupil whose review falls due soon.
  const ehcp = cast.ehcpDueSoon;
  const ehcpDue = addMonths(ehcp.demo.pupil.ehcpLastReview ?? today, DEMO_SETTINGS.statutory.ehcpAnnualReviewMonths);
  add({
    pupil: ehcp,
    kind: 'EHCP annual review',
    date: schoolDayOnOrAfter(addDays(ehcpDue, -3) > today ? addDays(ehcpDue, -3) : addSchoolDays(today, 5, DEMO_SETTINGS)),
    organiser: SENCO,
    attendees: [
      pru(staff(ehcp)),
      ...school(ehcp, ['SENCO']),
      ...parent(ehcp),
      ...(DEMO_SETTINGS.laSendTeamEmail ? [{ name: 'SEND casework team', email: DEMO_SETTINGS.laSendTeamEmail, kind: 'agency' as const }] : []),
    ],
    minutes: 90,
    notes: 'Annual review of the EHC plan: views of the young person and family, progress towards outcomes, provision.',
  });

  // PEP review for a looked-after pupil.
  const lac = cast.pupils.find((p) => p.demo.pupil.lac && !used.has(p.demo.key));
  if (lac)
    add({
      pupil: lac,
      kind: 'PEP review',
      date: addSchoolDays(today, 8, DEMO_SETTINGS),
      organiser: HEADTEACHER,
      attendees: [
        pru(staff(lac)),
        ...school(lac, ['Designated teacher (LAC)', 'SENCO']).slice(0, 1),
        ...parent(lac),
        ...(DEMO_SETTINGS.virtualSchoolEmail ? [{ name: 'Virtual School', email: DEMO_SETTINGS.virtualSchoolEmail, kind: 'agency' as const }] : []),
      ],
      online: true,
      notes: 'Termly personal education plan review with the Virtual School.',
    });

  // Attendance meeting for the pupil at the penalty-notice threshold: this afternoon.
  const penalty = cast.byRole('penalty-threshold');
  add({
    pupil: penalty,
    kind: 'Attendance meeting',
    date: today,
    time: '14:00',
    online: true,
    organiser: ATTENDANCE_OFFICER,
    attendees: [pru(staff(penalty)), ...school(penalty, ['Attendance lead', 'Head of year']).slice(0, 1), ...parent(penalty)],
    notes: 'Term-time holiday and unauthorised absence this half-term: the penalty-notice threshold has been reached.',
  });

  // The first placement review that fell due this week and was rebooked (overdue until it is held: placementReviews.ts);
  // without one, the most recent arrival's, six weeks after they started.
  const rebooked = cast.placementOverdue;
  const newest = rebooked
    ? [rebooked]
    : cast.pupils
        .filter((p) => p.role === 'regular' && !used.has(p.demo.key))
        .sort((a, b) => (a.demo.pupil.enrolmentDate < b.demo.pupil.enrolmentDate ? 1 : a.demo.pupil.enrolmentDate > b.demo.pupil.enrolmentDate ? -1 : 0))
        .slice(0, 1);
  newest.forEach((p, n) => {
    const firstDue = addWeeks(p.demo.pupil.placementStart ?? p.demo.pupil.enrolmentDate, 6);
    const six = schoolDayOnOrAfter(firstDue);
    add({
      pupil: p,
      kind: 'Placement review',
      date: rebooked ? addSchoolDays(today, 2, DEMO_SETTINGS) : inWindow(six) && six > today ? six : addSchoolDays(today, 6 + n * 4, DEMO_SETTINGS),
      organiser: staff(p),
      attendees: [pru(SENCO), ...school(p), ...parent(p)],
      notes: rebooked
        ? `Six-week placement review, rebooked: it fell due on ${formatUkDate(firstDue)}, when the home school's SENCO could not attend.`
        : 'Six-week placement review: settling in, baseline assessments, next steps with the home school.',
    });
  });

  // A SEN support review for a K pupil with a persistent absence pattern, if any is free.
  const kPupil = cast.pupils.find((p) => p.demo.pupil.senProvision === 'K' && !used.has(p.demo.key) && p.role === 'persistent');
  if (kPupil)
    add({
      pupil: kPupil,
      kind: 'SEN support review',
      date: addSchoolDays(today, 12, DEMO_SETTINGS),
      organiser: SENCO,
      attendees: [pru(staff(kPupil)), ...school(kPupil, ['SENCO']), ...parent(kPupil)],
      notes: 'Review of the SEN support plan (assess, plan, do, review) and the effect of absence on progress.',
    });

  const starts = ['09:30', '10:00', '11:00', '13:30', '14:00'];
  return plans
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((plan, i) => {
      const picked = rng.pick(starts);
      const start = plan.time ?? picked;
      const end = clockTimeFromMinutes(minutesOfDay(start) + plan.minutes);
      const key = `MTG-${String(i + 1).padStart(2, '0')}`;
      const seen = new Set<string>([plan.organiser.email]);
      const attendees = plan.attendees.filter((a) => (seen.has(a.email) ? false : (seen.add(a.email), true)));
      const meeting = parseOrThrow(
        reviewMeetingSchema,
        {
          pupilId: PLACEHOLDER_ID,
          kind: plan.kind,
          status: 'Scheduled',
          start: londonDateTime(plan.date, start),
          end: londonDateTime(plan.date, end),
          attendees,
          notes: plan.notes,
          ...papersSent(plan, today),
        },
        `meeting ${key}`,
      );
      const p = plan.pupil.demo.pupil;
      return {
        key,
        pupilKey: plan.pupil.demo.key,
        organiserEmail: plan.organiser.email,
        subject: `${plan.kind}: ${p.firstName.charAt(0)}.${p.lastName.charAt(0)}. (Y${p.yearGroup})`,
        location: plan.online ? 'Microsoft Teams meeting' : ROOM,
        meeting: withoutKeys(meeting, ['id', 'pupilId']),
      };
    });
}
