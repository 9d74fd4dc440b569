import { addDays, type IsoDate } from '../../src/domain/dates/isoDates';
import { isSchoolDay } from '../../src/domain/dates/schoolCalendar';
import { pipSchema, type Pip } from '../../src/domain/pip/pip';
import { pipReviewSchema, validatePipReview } from '../../src/domain/pip/pipReview';
import { pipReviewSchedule } from '../../src/domain/pip/reviewDates';
import type { TimetableSlot } from '../../src/domain/pip/timetableSlot';
import { validatePip } from '../../src/domain/pip/validatePip';
import { WEEKDAYS } from '../../src/domain/vocabulary';
import { DEMO_SETTINGS } from './calendar';
import { PIP_01_REVIEW, PIP_PLANS, type PipPlan } from './pipPlans';
import type { CastPupil, PupilCast } from './pupils';
import { HEADTEACHER, PRU_STAFF, SENCO } from './staff';
import type { DemoPip, DemoPipReview, DemoStaffUser } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

/** The last school day before `date` (when forms are signed). */
function schoolDayBefore(date: IsoDate, days = 1): IsoDate {
  let d = date;
  let left = days;
  for (let guard = 0; guard < 60 && left > 0; guard++) {
    d = addDays(d, -1);
    if (isSchoolDay(d, DEMO_SETTINGS)) left--;
  }
  return d;
}

const fill = (text: string, p: CastPupil): string =>
  text.split('{name}').join(p.demo.pupil.firstName).split('{parent}').join(p.demo.pupil.parentName ?? 'the parent/carer');

function fullName(p: CastPupil): string {
  return `${p.demo.pupil.firstName} ${p.demo.pupil.lastName}`;
}

function buildPip(plan: PipPlan, p: CastPupil): Pip {
  const signed = schoolDayBefore(plan.startDate, 2);
  const signer: DemoStaffUser = plan.signedBy === 'headteacher' ? HEADTEACHER : SENCO;
  const lead = p.demo.pupil.leadTutorEmail;
  const input = {
    pupilId: PLACEHOLDER_ID,
    status: 'Active',
    startDate: plan.startDate,
    plannedEndDate: plan.plannedEndDate,
    reasons: plan.reasons,
    furtherInfo: fill(plan.furtherInfo, p),
    riskMedical: plan.riskMedical && fill(plan.riskMedical, p),
    riskSafeguarding: plan.riskSafeguarding && fill(plan.riskSafeguarding, p),
    riskHome: plan.riskHome && fill(plan.riskHome, p),
    riskOnsite: plan.riskOnsite && fill(plan.riskOnsite, p),
    riskRecommendations: fill(plan.riskRecommendations, p),
    interventions: plan.interventions,
    targets: plan.targets.map((t) => fill(t, p)),
    timetables: plan.timetables,
    exitStrategy: fill(plan.exitStrategy, p),
    serviceSignOff: { name: signer.displayName, date: signed },
    // Agreed in writing at the planning meeting, typed on the plan in front of the member of staff who signed for the service.
    parentSignOff: { name: p.demo.pupil.parentName, date: signed, relationship: p.demo.parentRelationship, method: 'Recorded in Pathways Hub', recordedBy: signer.displayName },
    studentSignOff: { name: fullName(p), date: signed },
    communication: {
      method: 'Face-to-face',
      date: signed,
      staff: PRU_STAFF.find((s) => s.email === lead)?.displayName ?? signer.displayName,
    },
  };
  const pip = parseOrThrow(pipSchema, input, `PIP ${plan.key}`);
  const issues = validatePip(pip, DEMO_SETTINGS);
  if (issues.length > 0) throw new Error(`Demo data: PIP ${plan.key}: ${issues.map((i) => i.message).join('; ')}`);
  return pip;
}

/** Appendix 4 day grid (AM/PM text) for a set of slots. */
function dayGrid(slots: readonly TimetableSlot[]): { day: (typeof WEEKDAYS)[number]; am?: string; pm?: string }[] {
  return WEEKDAYS.map((day) => {
    const am = slots.filter((s) => s.day === day && s.start < '12:15');
    const pm = slots.filter((s) => s.day === day && s.start >= '12:15');
    const text = (list: TimetableSlot[]): string | undefined =>
      list.length ? list.map((s) => `${s.start}–${s.end} ${s.curriculum} (${s.location})`).join('; ') : undefined;
    return { day, am: text(am), pm: text(pm) };
  });
}

export interface PipsResult {
  pips: DemoPip[];
  reviews: DemoPipReview[];
  /** The parsed PIPs by pupil key, for the register (C2) and the meetings. */
  byPupil: Record<string, { key: string; pip: Pip }>;
}

export function generatePips(cast: PupilCast): PipsResult {
  const pips: DemoPip[] = [];
  const reviews: DemoPipReview[] = [];
  const byPupil: Record<string, { key: string; pip: Pip }> = {};
  for (const plan of PIP_PLANS) {
    const p = cast.byRole(plan.role);
    const pip = buildPip(plan, p);
    byPupil[p.demo.key] = { key: plan.key, pip };
    pips.push({
      key: plan.key,
      pupilKey: p.demo.key,
      pip: withoutKeys(pip, ['id', 'pupilId', 'previousPipId']),
      reviewSchedule: pipReviewSchedule(pip.startDate, pip.plannedEndDate, DEMO_SETTINGS),
    });

    if (plan.role === 'pip-reviewed') {
      const before = { ...pip, timetables: pip.timetables.slice(0, 1) };
      const newSlots = pip.timetables[1].slots;
      const lead = HEADTEACHER.displayName;
      const input = {
        pipId: PLACEHOLDER_ID,
        pupilId: PLACEHOLDER_ID,
        reviewDate: PIP_01_REVIEW.reviewDate,
        targetOutcomes: pip.targets.map((target, i) => ({ target, ...PIP_01_REVIEW.outcomes[i] })),
        weekCommencing: PIP_01_REVIEW.weekCommencing,
        timetable: { days: dayGrid(newSlots), slots: newSlots },
        meetingNotes: fill(PIP_01_REVIEW.meetingNotes, p),
        contactMethod: 'Face-to-face',
        staffSignOff: { name: lead, date: PIP_01_REVIEW.reviewDate },
        parentSignOff: { name: p.demo.pupil.parentName, date: PIP_01_REVIEW.reviewDate },
        studentSignOff: { name: fullName(p), date: PIP_01_REVIEW.reviewDate },
        decision: 'Increase hours',
      };
      const review = parseOrThrow(pipReviewSchema, input, `review of ${plan.key}`);
      const issues = validatePipReview(review, before, DEMO_SETTINGS);
      if (issues.length > 0) throw new Error(`Demo data: review of ${plan.key}: ${issues.map((i) => i.message).join('; ')}`);
      reviews.push({ pipKey: plan.key, pupilKey: p.demo.key, review: withoutKeys(review, ['id', 'pipId', 'pupilId']) });
    }
  }
  return { pips, reviews, byPupil };
}
