import { academicYearOf } from '../dates/academicYear';
import { addDays, addMonths, addWeeks, daysBetween, formatUkDate, maxDate, type IsoDate } from '../dates/isoDates';
import { addSchoolDays, isSchoolDay } from '../dates/schoolCalendar';
import { pipReviewStatus } from '../pip/reviewDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { MeetingKind, MeetingStatus, PipStatus, SenProvision, YearGroup } from '../vocabulary';
import { deadlineNote, deadlineOf } from './deadlines';
import { compareDueItems, DUE_KIND_LABELS, DUE_KIND_MEETING, type DueItem, type DueKind, type PlannedMeeting } from './dueItem';
import type { EhcRequest } from './ehcRequest';
import { ehcAssessmentSteps } from './ehcAssessment';
import { EHC_STEP_DUE_KINDS } from './ehcStepDueKinds';
import { isOpenPlan } from '../transition/openPlan';
import type { TransitionPlan } from '../transition/transitionPlan';
import { currentAndPreviousPeriod, periodsForReviewsPerYear, termPeriods, type ReviewPeriod } from './reviewPeriods';
import { meetingDay } from './meetingTime';

/**
 * The calendar of what is due for each pupil, from the records (SEND policies; facts sheet §6 and §8). Pure: the
 * caller passes today's London date, the settings and the records; every period comes from the settings.
 *
 *   placement review     every statutory.placementReviewWeeks (6) weeks from the placement start or the last review
 *   PIP review           every pipReviewIntervalWeeks (6) from the start or last review while a PIP is Active
 *                        (no later than its planned end: domain pip/reviewDates)
 *   EHC plan             one review each term; the annual review within ehcpAnnualReviewMonths (12) of the last,
 *                        clamped to the month's end (29/02/2028 + 12 months = 28/02/2029, never 01/03);
 *                        invitations and papers ≥ 2 weeks before it; the report ≤ 2 weeks after; the LA's decision
 *                        ≤ 4 weeks after; phase transfer reviewed and amended by 15/02 (Year 6) or 31/03 (Year 11)
 *   PEP                  pepReviewsPerYear (3: one each term) for a looked-after pupil
 *   baseline assessment  within baselineAssessmentWeeks (4) of starting (only when assessments are known)
 *   LA requests          information within laInformationRequestWeeks (6); draft plan views within draftPlanCommentDays (15)
 *   EHC needs assessment the statutory steps still to come of a request the service made (ehcAssessment.ts: 6, 16
 *                        and 20 weeks from the LA receiving it, statutory.ehcAssessDecisionWeeks and the rest)
 *   transition plan      an open plan's review date, and the transition meeting before the planned move (held after
 *                        the pupil's last completed plan)
 * A deadline on a weekend, in a holiday or on a closure moves EARLIER to the last school day (deadlines.ts).
 */

export interface DuePupil {
  readonly id: number;
  readonly enrolmentDate: IsoDate;
  readonly leavingDate?: IsoDate;
  readonly placementStart?: IsoDate;
  readonly lastPlacementReview?: IsoDate;
  readonly ehcpLastReview?: IsoDate;
  readonly senProvision: SenProvision;
  readonly lac: boolean;
  readonly yearGroup: YearGroup;
}

export interface DueMeeting {
  readonly id: number;
  readonly pupilId: number;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  /** ISO date-time with offset. */
  readonly start: string;
  readonly eventId?: string;
  readonly invitedAt?: string;
  readonly papersSentOn?: IsoDate;
  readonly reportSentOn?: IsoDate;
  readonly laDecisionOn?: IsoDate;
}

export interface DuePip {
  readonly id: number;
  readonly pupilId: number;
  readonly status: PipStatus;
  readonly startDate: IsoDate;
  readonly plannedEndDate: IsoDate;
}

export type DueTransitionPlan = Pick<TransitionPlan, 'pupilId' | 'status' | 'plannedOn' | 'destinationKind' | 'destinationName' | 'reviewOn' | 'completedOn'> & {
  readonly id?: number;
};

export type DueSettings = Pick<SchoolSettings, 'statutory' | 'terms' | 'closures' | 'pipReviewIntervalWeeks'>;

export interface DueCalendarInput {
  /** Today's date in London. */
  readonly today: IsoDate;
  readonly settings: DueSettings;
  readonly pupils: readonly DuePupil[];
  readonly meetings: readonly DueMeeting[];
  readonly pips?: readonly DuePip[];
  readonly pipReviews?: readonly { readonly pipId: number; readonly reviewDate: IsoDate }[];
  readonly ehcRequests?: readonly EhcRequest[];
  /** The pupils' exit and transition plans, open or not (a completed one dates the transition meetings it used). */
  readonly transitionPlans?: readonly DueTransitionPlan[];
  /**
   * Baseline assessments of the pupils whose assessments were looked at (dates, possibly none). A pupil not listed
   * is unknown and gets no baseline item, so the view never claims one is missing without having looked.
   */
  readonly baselines?: readonly { readonly pupilId: number; readonly assessedOn: readonly IsoDate[] }[];
}

export interface DueProblem {
  readonly pupilId: number;
  readonly message: string;
}

export interface DueCalendar {
  readonly items: DueItem[];
  readonly problems: DueProblem[];
}

const weeks = (n: number): string => `${n} week${n === 1 ? '' : 's'}`;
const latest = (dates: readonly (IsoDate | undefined)[]): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((a, d) => (d === undefined ? a : a === undefined ? d : maxDate(a, d)), undefined);

interface PupilContext {
  readonly pupil: DuePupil;
  readonly input: DueCalendarInput;
  readonly meetings: readonly DueMeeting[];
  readonly items: DueItem[];
  readonly problems: DueProblem[];
}

function heldDays(ctx: PupilContext, kinds: readonly MeetingKind[]): IsoDate[] {
  return ctx.meetings.filter((m) => m.status === 'Held' && kinds.indexOf(m.kind) >= 0).map(meetingDay).sort();
}

/** The earliest Draft or Scheduled meeting of these kinds after `after` (and on or before `until`, when given). */
function plannedMeeting(ctx: PupilContext, kinds: readonly MeetingKind[], after: IsoDate, until?: IsoDate): DueMeeting | undefined {
  return ctx.meetings
    .filter((m) => (m.status === 'Draft' || m.status === 'Scheduled') && kinds.indexOf(m.kind) >= 0)
    .filter((m) => meetingDay(m) > after && (until === undefined || meetingDay(m) <= until))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0];
}

function asPlanned(m: DueMeeting | undefined): PlannedMeeting | undefined {
  return m && { id: m.id, start: m.start, status: m.status, invited: m.eventId !== undefined && m.invitedAt !== undefined };
}

function push(
  ctx: PupilContext,
  kind: DueKind,
  dueDate: IsoDate,
  basis: string,
  options: { periodStart?: IsoDate; notes?: string[]; planned?: DueMeeting; sourceId?: number } = {},
): void {
  const d = deadlineOf(dueDate, ctx.input.settings, options.periodStart);
  const moved = deadlineNote(d);
  ctx.items.push({
    pupilId: ctx.pupil.id,
    kind,
    label: DUE_KIND_LABELS[kind],
    dueDate: d.dueDate,
    actBy: d.actBy,
    ...(d.moved ? { moved: d.moved } : {}),
    basis,
    notes: [...(moved ? [moved] : []), ...(options.notes ?? [])],
    ...(DUE_KIND_MEETING[kind] ? { meetingKind: DUE_KIND_MEETING[kind] } : {}),
    ...(options.planned ? { planned: asPlanned(options.planned) } : {}),
    ...(options.sourceId !== undefined ? { sourceId: options.sourceId } : {}),
  });
}

function placementReview(ctx: PupilContext): void {
  const p = ctx.pupil;
  const n = ctx.input.settings.statutory.placementReviewWeeks;
  const start = p.placementStart ?? p.enrolmentDate;
  const recorded = p.lastPlacementReview !== undefined && p.lastPlacementReview >= start ? p.lastPlacementReview : undefined;
  const last = latest([recorded, ...heldDays(ctx, ['Placement review']).filter((d) => d >= start)]);
  const base = last ?? start;
  const basis = last
    ? `${weeks(n)} after the last placement review on ${formatUkDate(last)}`
    : `${weeks(n)} after the placement started on ${formatUkDate(start)}`;
  push(ctx, 'placement-review', addWeeks(base, n), basis, { periodStart: base, planned: plannedMeeting(ctx, ['Placement review'], base) });
}

function pipReviews(ctx: PupilContext): void {
  const { settings } = ctx.input;
  for (const pip of (ctx.input.pips ?? []).filter((x) => x.pupilId === ctx.pupil.id && x.status === 'Active')) {
    const held = [
      ...(ctx.input.pipReviews ?? []).filter((r) => r.pipId === pip.id).map((r) => r.reviewDate),
      ...heldDays(ctx, ['PIP review']).filter((d) => d >= pip.startDate),
    ];
    const last = latest(held);
    const status = pipReviewStatus(pip, held, ctx.input.today, settings);
    const n = settings.pipReviewIntervalWeeks;
    const atEnd = status.nextReviewDue === pip.plannedEndDate && addWeeks(last ?? pip.startDate, n) > pip.plannedEndDate;
    const basis = atEnd
      ? `the PIP's planned end date, ${formatUkDate(pip.plannedEndDate)}: review it before it ends`
      : last
        ? `${weeks(n)} after the last PIP review on ${formatUkDate(last)}`
        : `${weeks(n)} after the PIP started on ${formatUkDate(pip.startDate)}`;
    const notes = status.pastEnd ? [`The PIP is still active after its planned end date (${formatUkDate(pip.plannedEndDate)}): end it or extend it.`] : [];
    push(ctx, 'pip-review', status.nextReviewDue, basis, {
      periodStart: last ?? pip.startDate,
      notes,
      planned: plannedMeeting(ctx, ['PIP review'], last ?? addDays(pip.startDate, -1)),
    });
  }
}

function ehcPlan(ctx: PupilContext): void {
  const { settings, today } = ctx.input;
  const s = settings.statutory;
  const annualHeld = ctx.meetings.filter((m) => m.status === 'Held' && m.kind === 'EHCP annual review');
  const lastAnnual = latest([ctx.pupil.ehcpLastReview, ...annualHeld.map(meetingDay)]);
  let annualActBy: IsoDate | undefined;
  let plannedAnnual: DueMeeting | undefined;
  if (lastAnnual === undefined) {
    ctx.problems.push({
      pupilId: ctx.pupil.id,
      message: "No date of the last EHC plan review is recorded: add it to the pupil's record so the annual review can be planned.",
    });
  } else {
    const due = addMonths(lastAnnual, s.ehcpAnnualReviewMonths);
    plannedAnnual = plannedMeeting(ctx, ['EHCP annual review'], lastAnnual);
    annualActBy = deadlineOf(due, settings, lastAnnual).actBy;
    push(ctx, 'ehcp-annual-review', due, `within ${s.ehcpAnnualReviewMonths} months of the last annual review on ${formatUkDate(lastAnnual)}`, {
      periodStart: lastAnnual,
      planned: plannedAnnual,
    });
    const meetingOn = plannedAnnual ? meetingDay(plannedAnnual) : annualActBy;
    const of = plannedAnnual ? `the meeting on ${formatUkDate(meetingOn)}` : `the review falls due (${formatUkDate(meetingOn)})`;
    const invited = plannedAnnual !== undefined && plannedAnnual.eventId !== undefined && plannedAnnual.invitedAt !== undefined;
    if (!invited)
      push(ctx, 'ehcp-invitations', addWeeks(meetingOn, -s.ehcpReviewInvitationWeeks), `at least ${weeks(s.ehcpReviewInvitationWeeks)} before ${of}`, {
        notes: ['Invite the parent or young person, the home school, the LA SEN officer, health and social care (SEND Regulations 2014, reg 20).'],
        planned: plannedAnnual,
      });
    if (plannedAnnual?.papersSentOn === undefined)
      push(ctx, 'ehcp-papers', addWeeks(meetingOn, -s.ehcpReviewPapersWeeks), `at least ${weeks(s.ehcpReviewPapersWeeks)} before ${of}`, {
        planned: plannedAnnual,
      });
  }
  // Follow-ups of the most recent annual review meeting held.
  const lastHeld = annualHeld.sort((a, b) => (a.start < b.start ? 1 : -1))[0];
  if (lastHeld) {
    const heldOn = meetingDay(lastHeld);
    if (lastHeld.reportSentOn === undefined)
      push(ctx, 'ehcp-report', addWeeks(heldOn, s.ehcpReviewReportWeeks), `within ${weeks(s.ehcpReviewReportWeeks)} of the annual review on ${formatUkDate(heldOn)}`, {
        periodStart: heldOn,
        sourceId: lastHeld.id,
      });
    if (lastHeld.laDecisionOn === undefined)
      push(ctx, 'ehcp-la-decision', addWeeks(heldOn, s.ehcpLaDecisionWeeks), `within ${weeks(s.ehcpLaDecisionWeeks)} of the annual review on ${formatUkDate(heldOn)}`, {
        periodStart: heldOn,
        sourceId: lastHeld.id,
        notes: ["This is the local authority's deadline: if no decision has arrived, ask the LA SEND team for it."],
      });
  }
  // One review each term (the annual review counts as that term's review).
  const periods = termPeriods(settings);
  const { current, previous, next } = currentAndPreviousPeriod(periods, today);
  const ehcpKinds: MeetingKind[] = ['EHCP annual review', 'EHCP interim review'];
  /** Adds the term's review when it is still needed; true when the term is already covered. */
  const termly = (period: ReviewPeriod): boolean => {
    if (ctx.pupil.enrolmentDate > period.start) return true;
    if (heldDays(ctx, ehcpKinds).some((d) => d >= period.start && d <= period.end)) return true;
    // The last annual review recorded on the pupil's record (held before Pathways Hub, or outside it) covers its term.
    if (ctx.pupil.ehcpLastReview !== undefined && ctx.pupil.ehcpLastReview >= period.start && ctx.pupil.ehcpLastReview <= period.end) return true;
    if (annualActBy !== undefined && annualActBy >= period.start && annualActBy <= period.end) return true;
    const planned = plannedMeeting(ctx, ehcpKinds, addDays(period.start, -1), period.end);
    if (planned?.kind === 'EHCP annual review') return true;
    push(ctx, 'ehcp-termly-review', period.end, `one review each term: the ${period.label} ends on ${formatUkDate(period.end)}`, {
      periodStart: period.start,
      planned,
    });
    return false;
  };
  if (previous && today > previous.end) termly(previous);
  // Once this term's review is held, next term's is the one to plan.
  if (current && termly(current) && next) termly(next);
  phaseTransfer(ctx, annualHeld);
}

function phaseTransfer(ctx: PupilContext, annualHeld: readonly DueMeeting[]): void {
  const { yearGroup } = ctx.pupil;
  if (yearGroup !== '6' && yearGroup !== '11') return;
  const s = ctx.input.settings.statutory;
  const year = Number(academicYearOf(ctx.input.today).slice(0, 4)) + 1;
  const deadline = `${year}-${yearGroup === '6' ? s.phaseTransferDeadline : s.post16TransferDeadline}`;
  const yearStart = `${year - 1}-08-01`;
  const done = annualHeld.some((m) => meetingDay(m) >= yearStart && meetingDay(m) <= deadline && m.laDecisionOn !== undefined);
  if (done) return;
  const move = yearGroup === '6' ? 'Year 6 moves to secondary school' : 'Year 11 moves to post-16';
  push(ctx, 'phase-transfer', deadline, `${move}: the plan must be reviewed and amended by ${formatUkDate(deadline)} (SEND Regulations 2014, reg 18)`, {
    notes: ['Done when an annual review is held this school year and the LA decision is recorded.'],
    planned: plannedMeeting(ctx, ['EHCP annual review'], addDays(yearStart, -1), deadline),
  });
}

function pepReviews(ctx: PupilContext): void {
  const { settings, today } = ctx.input;
  const perYear = settings.statutory.pepReviewsPerYear;
  const held = heldDays(ctx, ['PEP review']);
  const years = Array.from(new Set(settings.terms.map((t) => t.academicYear))).sort();
  const periods = years.flatMap((y) => periodsForReviewsPerYear(perYear, y, settings) ?? []);
  if (periodsForReviewsPerYear(perYear, academicYearOf(today), settings) === undefined) {
    // No terms for this year in the settings, or a number of reviews that is neither termly nor half-termly.
    const months = Math.max(1, Math.floor(12 / perYear));
    const last = latest(held);
    const base = last ?? ctx.pupil.placementStart ?? ctx.pupil.enrolmentDate;
    push(ctx, 'pep-review', addMonths(base, months), `${perYear} PEP reviews a year: every ${months} months from ${formatUkDate(base)}`, {
      periodStart: base,
      planned: plannedMeeting(ctx, ['PEP review'], base),
    });
    return;
  }
  const { current, previous, next } = currentAndPreviousPeriod(periods, today);
  const each = perYear === 3 ? 'term' : 'half-term';
  /** Adds the period's PEP review when it is still needed; true when the period is already covered. */
  const check = (period: ReviewPeriod): boolean => {
    if (ctx.pupil.enrolmentDate > period.start) return true;
    if (held.some((d) => d >= period.start && d <= period.end)) return true;
    push(ctx, 'pep-review', period.end, `one PEP review each ${each}: the ${period.label} ends on ${formatUkDate(period.end)}`, {
      periodStart: period.start,
      planned: plannedMeeting(ctx, ['PEP review'], addDays(period.start, -1), period.end),
    });
    return false;
  };
  if (previous && today > previous.end) check(previous);
  if (current && check(current) && next) check(next);
}

function baseline(ctx: PupilContext): void {
  const known = (ctx.input.baselines ?? []).find((b) => b.pupilId === ctx.pupil.id);
  if (known === undefined) return;
  const start = ctx.pupil.placementStart ?? ctx.pupil.enrolmentDate;
  if (known.assessedOn.some((d) => d >= start)) return;
  const n = ctx.input.settings.statutory.baselineAssessmentWeeks;
  push(ctx, 'baseline-assessment', addWeeks(start, n), `within ${weeks(n)} of starting on ${formatUkDate(start)}`, {
    periodStart: start,
    notes: ['The SEND policy allows an exception for a very reluctant learner: record why if it is not done.'],
  });
}

/**
 * True when the request came within the week before the service closes for 4 weeks or more (summer): the SEND
 * Regulations 2014 then let the 6-week limit be set aside (facts sheet §6.1).
 */
export function receivedBeforeLongClosure(receivedOn: IsoDate, settings: DueSettings): boolean {
  for (let i = 0; i < 7; i++) {
    const day = addDays(receivedOn, i);
    if (!isSchoolDay(day, settings)) continue;
    let next: IsoDate;
    try {
      next = addSchoolDays(day, 1, settings);
    } catch {
      return false; // the term dates after this one are not in the settings: the closure's length is unknown
    }
    if (daysBetween(day, next) - 1 >= 28) return true;
  }
  return false;
}

function ehcRequests(ctx: PupilContext): void {
  const s = ctx.input.settings.statutory;
  for (const r of (ctx.input.ehcRequests ?? []).filter((x) => x.pupilId === ctx.pupil.id && x.respondedOn === undefined)) {
    const ref = r.reference ? ` (LA reference ${r.reference})` : '';
    if (r.kind === 'LA information request') {
      const notes = receivedBeforeLongClosure(r.receivedOn, ctx.input.settings)
        ? ['It arrived in the week before the service closes for 4 weeks or more: the 6-week limit may not apply (SEND Regulations 2014). Agree a date with the LA.']
        : [];
      push(ctx, 'la-information-request', addWeeks(r.receivedOn, s.laInformationRequestWeeks), `within ${weeks(s.laInformationRequestWeeks)} of the request received on ${formatUkDate(r.receivedOn)}${ref}`, {
        periodStart: r.receivedOn,
        notes,
        ...(r.id !== undefined ? { sourceId: r.id } : {}),
      });
    } else if (r.kind === 'Draft plan consultation') {
      push(ctx, 'draft-plan-comments', addDays(r.receivedOn, s.draftPlanCommentDays), `within ${s.draftPlanCommentDays} days of the draft plan received on ${formatUkDate(r.receivedOn)}${ref}`, {
        periodStart: r.receivedOn,
        ...(r.id !== undefined ? { sourceId: r.id } : {}),
      });
    }
  }
}

/** The statutory steps still to come of each request for an EHC needs assessment (neither done nor made unnecessary). */
function ehcAssessments(ctx: PupilContext): void {
  const { settings, today } = ctx.input;
  for (const r of (ctx.input.ehcRequests ?? []).filter((x) => x.pupilId === ctx.pupil.id && x.kind === 'Needs assessment request')) {
    const ref = r.reference ? ` (LA reference ${r.reference})` : '';
    for (const step of ehcAssessmentSteps(r, settings.statutory, today)) {
      if (step.state === 'done' || step.state === 'done-late' || step.state === 'not-needed') continue;
      push(ctx, EHC_STEP_DUE_KINDS[step.key], step.dueOn, `${step.basis}${ref}`, {
        periodStart: r.receivedOn,
        notes: ["This is the local authority's deadline: if nothing has arrived, chase the LA SEND team, and record what the LA decided here when it comes."],
        ...(r.id !== undefined ? { sourceId: r.id } : {}),
      });
    }
  }
}

function destinationOf(p: DueTransitionPlan): string {
  if (p.destinationKind === 'Return to the home school') return 'return to the home school';
  const kind = p.destinationKind === 'Other' ? 'a move elsewhere' : p.destinationKind.charAt(0).toLowerCase() + p.destinationKind.slice(1);
  return p.destinationName ? `${kind} (${p.destinationName})` : kind;
}

/**
 * The open transition plan's review date, and its transition meeting (Review meetings, kind 'Transition meeting'):
 * due the day before the planned move, met by one held since the pupil's last completed plan.
 */
function transitionPlans(ctx: PupilContext): void {
  const plans = (ctx.input.transitionPlans ?? []).filter((p) => p.pupilId === ctx.pupil.id);
  const since = latest(plans.filter((p) => p.status === 'Completed').map((p) => p.completedOn)) ?? '0000-01-01';
  for (const plan of plans.filter(isOpenPlan)) {
    const where = `${destinationOf(plan)} planned for ${formatUkDate(plan.plannedOn)}`;
    const source = plan.id !== undefined ? { sourceId: plan.id } : {};
    if (plan.reviewOn !== undefined) push(ctx, 'transition-plan-review', plan.reviewOn, `the date set on the transition plan to look at it again (${where})`, source);
    if (heldDays(ctx, ['Transition meeting']).some((d) => d > since)) continue;
    push(ctx, 'transition-meeting', addDays(plan.plannedOn, -1), `before the pupil moves on: ${where}`, {
      ...source,
      notes: ['Meet the family and the next setting to agree the reintegration steps before the move.'],
      planned: plannedMeeting(ctx, ['Transition meeting'], since),
    });
  }
}

/** Whether a pupil is on roll on the day (enrolled later still counts: their first review is planned ahead). */
function onRoll(p: DuePupil, today: IsoDate): boolean {
  return p.leavingDate === undefined || p.leavingDate >= today;
}

/** Everything due for every pupil on roll, earliest first, and the records that stop a date being worked out. */
export function dueCalendar(input: DueCalendarInput): DueCalendar {
  const items: DueItem[] = [];
  const problems: DueProblem[] = [];
  for (const pupil of input.pupils) {
    if (!onRoll(pupil, input.today)) continue;
    const ctx: PupilContext = { pupil, input, meetings: input.meetings.filter((m) => m.pupilId === pupil.id), items, problems };
    placementReview(ctx);
    pipReviews(ctx);
    if (pupil.senProvision === 'E') ehcPlan(ctx);
    if (pupil.lac) pepReviews(ctx);
    baseline(ctx);
    ehcRequests(ctx);
    ehcAssessments(ctx);
    transitionPlans(ctx);
  }
  return { items: items.sort(compareDueItems), problems };
}
