import { addDays, formatUkDate, type IsoDate } from '../../src/domain/dates/isoDates';
import { schoolDaysBetween } from '../../src/domain/dates/schoolCalendar';
import { buildHeldElsewhere } from '../../src/domain/meetings/heldElsewhere';
import { currentAndPreviousPeriod, periodsForReviewsPerYear, termPeriods, type ReviewPeriod } from '../../src/domain/meetings/reviewPeriods';
import type { MeetingKind } from '../../src/domain/vocabulary';
import { DEMO_SETTINGS } from './calendar';
import type { CastPupil, PupilCast } from './pupils';
import { HEADTEACHER, SENCO } from './staff';
import type { DemoHeldReview, DemoReviewMeeting, DemoStaffUser } from './types';

/**
 * The reviews the story says were already held, as staff record a review held outside Pathways Hub (the Due
 * view's "Record as held": the day and what was decided): each term's EHC plan review for a pupil with an EHC plan, and each term's PEP review for a
 * looked-after pupil, in the last term and, for about half of them, already this term. Left to do, as the story
 * has it: this term's review for the others (due by the end of term), the overdue annual review, and the PEP
 * review already booked in the coming weeks.
 */
interface HeldPlan {
  pupil: CastPupil;
  kind: MeetingKind;
  day: IsoDate;
  organiser: DemoStaffUser;
  outcome: string;
}

/** A school day in the period before `today`, chosen by `n` so that meetings spread through it. */
function dayIn(period: ReviewPeriod, today: IsoDate, n: number): IsoDate | undefined {
  const to = period.end < today ? period.end : addDays(today, -1);
  const days = schoolDaysBetween(period.start, to, DEMO_SETTINGS).slice(5);
  return days.length > 0 ? days[(n * 11) % days.length] : undefined;
}

const within = (d: IsoDate | undefined, p: ReviewPeriod): boolean => d !== undefined && d >= p.start && d <= p.end;

export function generateHeldMeetings(cast: PupilCast, upcoming: readonly DemoReviewMeeting[], today: IsoDate): DemoHeldReview[] {
  const plans: HeldPlan[] = [];
  const booked = (p: CastPupil, kinds: readonly MeetingKind[], period: ReviewPeriod): boolean =>
    upcoming.some((m) => m.pupilKey === p.demo.key && kinds.indexOf(m.meeting.kind) >= 0 && within(m.meeting.start.slice(0, 10), period));

  const terms = currentAndPreviousPeriod(termPeriods(DEMO_SETTINGS), today);
  let n = 0;
  for (const p of cast.pupils.filter((x) => x.demo.pupil.senProvision === 'E')) {
    const last = p.demo.pupil.ehcpLastReview;
    for (const [period, thisTerm] of [
      [terms.previous, false],
      [terms.current, true],
    ] as const) {
      if (!period || p.demo.pupil.enrolmentDate > period.start || within(last, period)) continue;
      if (booked(p, ['EHCP annual review', 'EHCP interim review'], period)) continue;
      // This term: about half held so far; never for the pupil whose annual review is overdue (that is the story).
      if (thisTerm && (p === cast.ehcpOverdue || n % 2 === 1)) {
        n++;
        continue;
      }
      const day = dayIn(period, today, n++);
      if (day) plans.push({ pupil: p, kind: 'EHCP interim review', day, organiser: SENCO, outcome: 'Provision in the EHC plan continues; progress towards the outcomes reviewed with the family and the home school.' });
    }
  }

  const years = Array.from(new Set(DEMO_SETTINGS.terms.map((t) => t.academicYear))).sort();
  const peps = currentAndPreviousPeriod(
    years.flatMap((y) => periodsForReviewsPerYear(DEMO_SETTINGS.statutory.pepReviewsPerYear, y, DEMO_SETTINGS) ?? []),
    today,
  );
  for (const p of cast.pupils.filter((x) => x.demo.pupil.lac)) {
    for (const period of [peps.previous, peps.current]) {
      if (!period || p.demo.pupil.enrolmentDate > period.start || booked(p, ['PEP review'], period)) continue;
      const day = dayIn(period, today, n++);
      if (day) plans.push({ pupil: p, kind: 'PEP review', day, organiser: HEADTEACHER, outcome: 'PEP targets agreed with the Virtual School; pupil premium plus spending reviewed.' });
    }
  }

  return plans
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((plan, i) => {
      const key = `HELD-${String(i + 1).padStart(2, '0')}`;
      const review: DemoHeldReview = {
        key,
        pupilKey: plan.pupil.demo.key,
        recordedBy: { email: plan.organiser.email, displayName: plan.organiser.displayName },
        kind: plan.kind,
        date: formatUkDate(plan.day),
        outcome: plan.outcome,
      };
      // Built as the Due view's "Record as held" form builds it, so that a review the form would refuse fails here.
      const built = buildHeldElsewhere({ ...review, pupilId: 1 }, { today });
      if (!built.meeting) throw new Error(`Demo held review ${key}: ${Object.values(built.errors).join('; ')}`);
      return review;
    });
}
