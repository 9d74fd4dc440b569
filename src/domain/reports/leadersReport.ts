import { cohortBreakdown, COHORT_DIMENSION_LABELS, COHORT_DIMENSIONS, type CohortDimension, type CohortGroup, type CohortPupil } from '../attendance/cohortBreakdown';
import { attendanceStats, type GroupAttendanceStats, type MarkForStats } from '../attendance/stats';
import { weeklySeries, type WeekPoint } from '../attendance/weeklySeries';
import { minDate, type IsoDate } from '../dates/isoDates';
import { dueCalendar, type DueMeeting } from '../meetings/dueCalendar';
import type { ReviewPeriod } from '../meetings/reviewPeriods';
import type { Pip } from '../pip/pip';
import { hoursOn, lastDayInForce } from '../pip/pipHistory';
import { pipReviewStatus } from '../pip/reviewDates';
import { wholeWeeks } from '../pip/tracker';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { NotificationRecord } from '../notifications/notificationRecord';
import { meetingsOnTime, type MeetingsOnTime } from './meetingsOnTime';
import { groupTrends, type GroupTrend } from './groupTrends';
import { provisionImpact, type ProvisionImpact, type ProvisionImpactInput, type ProvisionPlanLine } from './provisionImpact';
import { leadersReportFileName } from './filedLeadersReport';
import { NEED_CODES, NEED_LABELS, SEN_PROVISION_CODES, SEN_PROVISION_LABELS, SUPPORT_TIERS } from '../vocabulary';

/**
 * The termly (or yearly) report to leaders and governors (MAT SEND policy: the SENCO reports "on the effectiveness
 * of provision to the Senior Management team and the Governing Body"; attendance policy: the board "regularly
 * reviewing attendance data"). Every figure is the domain's own: attendanceStats, cohortBreakdown, weeklySeries,
 * hoursOn, pipReviewStatus, dueCalendar. The governors' version names no pupil: initials or counts only (setting).
 */

export type Audience = 'leaders' | 'governors';
export type LeadersReportSettings = SchoolSettings;
export type ReportPupil = Pupil & { readonly id: number };

export interface LeadersReportInput {
  readonly period: ReviewPeriod;
  readonly today: IsoDate;
  readonly audience: Audience;
  readonly settings: LeadersReportSettings;
  readonly pupils: readonly ReportPupil[];
  readonly schoolNames: ReadonlyMap<number, string>;
  readonly marks: readonly MarkForStats[];
  readonly pips: readonly (Pip & { readonly id: number })[];
  readonly pipReviews: readonly { readonly pipId: number; readonly reviewDate: IsoDate }[];
  readonly meetings: readonly DueMeeting[];
  /** The notification log (its entries last tried in the period are counted). */
  readonly notifications: readonly Pick<NotificationRecord, 'kind' | 'outcome' | 'lastAttempt'>[];
  /** The log was read only back to a limit. */
  readonly notificationsTruncated?: boolean;
  /** Why the log could not be read, when it could not. */
  readonly notificationsUnread?: string;
  /** The APDR support plans with their costed provision maps, and what shows their impact; undefined when not read. */
  readonly provision?: Pick<ProvisionImpactInput, 'plans' | 'targets' | 'assessments' | 'meetings'> & {
    /** Marks of the school year before the period (the attendance before each plan); none when not read. */
    readonly earlierMarks?: readonly MarkForStats[];
  };
  /** Why the support plans could not be read, when they could not. */
  readonly provisionUnread?: string;
}

export interface ComparisonRow {
  readonly measure: string;
  readonly here: number | null;
  /** Undefined when the national figure is not entered in Settings. */
  readonly national?: number;
}

export interface AbsenteeLine {
  /** The name (leaders), initials (governors, by setting). */
  readonly who: string;
  readonly attendancePercent: number | null;
  readonly possible: number;
}

export interface PipLine {
  readonly who: string;
  readonly startDate: IsoDate;
  /** The day it ended or is planned to end. */
  readonly endDate: IsoDate;
  readonly ongoing: boolean;
  /** Whole weeks from its start to its end, or to the end of the period while it runs. */
  readonly weeks: number;
  /** Weekly hours on the timetable at the last day of the period it was in force. */
  readonly hours: number;
  /** Longer than settings.reports.longPipWeeks. */
  readonly long: boolean;
  readonly reviewsHeld: number;
  readonly reviewsOnTime: number;
  /** A review is overdue at the end of the period. */
  readonly reviewOverdue: boolean;
}

export interface CountRow {
  readonly label: string;
  readonly pupils: number;
}

export interface LeadersReport {
  readonly title: string;
  readonly audience: Audience;
  readonly serviceName: string;
  readonly period: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly fileName: string;
  readonly pupils: number;
  readonly attendance: {
    readonly group: GroupAttendanceStats;
    readonly comparison: readonly ComparisonRow[];
    readonly nationalYear?: string;
    readonly nationalSource?: string;
    readonly weeks: readonly WeekPoint[];
    /** Week-by-week attendance of each group, by grouping. */
    readonly trends: readonly GroupTrend[];
  };
  readonly groups: readonly { readonly dimension: CohortDimension; readonly title: string; readonly rows: readonly CohortGroup[] }[];
  /** Undefined in the governors' version with counts only. */
  readonly persistentAbsentees?: readonly AbsenteeLine[];
  readonly pips: {
    readonly count: number;
    readonly activeAtEnd: number;
    readonly longCount: number;
    readonly longPipWeeks: number;
    readonly reviewsHeld: number;
    readonly reviewsOnTime: number;
    readonly overdueNow: number;
    /** Mean weekly hours of the plans (one decimal); null with none. */
    readonly averageHours: number | null;
    /** Mean weeks the plans ran (one decimal); null with none. */
    readonly averageWeeks: number | null;
    /** Undefined in the governors' version with counts only. */
    readonly lines?: readonly PipLine[];
  };
  readonly send: {
    readonly byProvision: readonly CountRow[];
    readonly byNeed: readonly CountRow[];
    readonly byTier: readonly CountRow[];
    readonly ehc: { readonly pupils: number; readonly withinTime: number; readonly overdue: number; readonly noDate: number; readonly months: number };
  };
  /** Provision cost against impact; undefined with the reason when the support plans could not be read. */
  readonly provision: (ProvisionImpact & { readonly lines?: readonly ProvisionPlanLine[] }) | { readonly unread: string };
  /** Review meetings due in the period held on time, late or not yet (counts only), and notifications sent or failed. */
  readonly onTime: MeetingsOnTime;
  /** What the issue asks that this report does not cover yet, said in the report itself. */
  readonly notCovered: readonly string[];
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

export const initialsOf = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.firstName.charAt(0)}.${p.lastName.charAt(0)}.`.toUpperCase();

function counts<K extends string>(pupils: readonly ReportPupil[], keyOf: (p: ReportPupil) => K | undefined, order: readonly K[], label: (k: K) => string, none: string): CountRow[] {
  const by = new Map<K | undefined, number>();
  for (const p of pupils) by.set(keyOf(p), (by.get(keyOf(p)) ?? 0) + 1);
  const rows = order.filter((k) => by.has(k)).map((k) => ({ label: label(k), pupils: by.get(k) as number }));
  return by.has(undefined) ? [...rows, { label: none, pupils: by.get(undefined) as number }] : rows;
}

export function leadersReport(input: LeadersReportInput): LeadersReport {
  const { settings, period, audience } = input;
  const from = period.start;
  const to = minDate(period.end, input.today);
  const pupils = input.pupils.filter((p) => p.enrolmentDate <= to && (p.leavingDate === undefined || p.leavingDate >= from));
  const ids = new Set(pupils.map((p) => p.id));
  const marks = input.marks.filter((m) => ids.has(m.pupilId));
  const stats = attendanceStats(marks, settings, { from, to });
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const detail = audience === 'leaders' ? 'names' : settings.reports.governorPupilDetail === 'Initials' ? 'initials' : 'none';
  const who = (p: ReportPupil): string => (detail === 'names' ? `${p.lastName}, ${p.firstName}` : initialsOf(p));
  const n = settings.reports.national;
  const g = stats.group;

  const cohort: CohortPupil[] = pupils;
  const groups = COHORT_DIMENSIONS.map((dimension) => ({
    dimension,
    title: COHORT_DIMENSION_LABELS[dimension],
    rows: cohortBreakdown(cohort, stats.pupils, dimension, { schoolNames: input.schoolNames }),
  }));

  const reviewsOf = (pipId: number): IsoDate[] => input.pipReviews.filter((r) => r.pipId === pipId && r.reviewDate <= to).map((r) => r.reviewDate).sort();
  const long = settings.reports.longPipWeeks;
  const pipLines: PipLine[] = input.pips
    .filter((p) => ids.has(p.pupilId) && p.status !== 'Draft' && p.startDate <= to && (lastDayInForce(p) ?? to) >= from)
    .map((p) => {
      const pupil = byId.get(p.pupilId) as ReportPupil;
      const last = lastDayInForce(p);
      const ongoing = last === undefined || last > to;
      const end = last ?? p.plannedEndDate;
      const held = reviewsOf(p.id);
      // A review was on time when, the day it was held, no review was overdue (the PIP's own review rule).
      const onTime = held.filter((d, i) => !pipReviewStatus({ ...p, status: 'Active' }, held.slice(0, i), d, settings).overdue).length;
      const weeks = wholeWeeks(p.startDate, ongoing ? to : end);
      return {
        who: who(pupil),
        startDate: p.startDate,
        endDate: end,
        ongoing,
        weeks,
        hours: hoursOn(p, minDate(to, last ?? to)),
        long: weeks > long,
        reviewsHeld: held.length,
        reviewsOnTime: onTime,
        reviewOverdue: ongoing && pipReviewStatus(p, held, to, settings).overdue,
      };
    })
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));

  const ehcPupils = pupils.filter((p) => p.senProvision === 'E' && (p.leavingDate === undefined || p.leavingDate >= to));
  const due = dueCalendar({ today: to, settings, pupils: ehcPupils, meetings: input.meetings.filter((m) => ids.has(m.pupilId)) });
  const annual = due.items.filter((i) => i.kind === 'ehcp-annual-review');
  const absentees = stats.pupils
    .filter((s) => s.persistentlyAbsent)
    .sort((a, b) => (a.attendancePercent ?? 0) - (b.attendancePercent ?? 0) || a.pupilId - b.pupilId)
    .map((s) => ({ who: who(byId.get(s.pupilId) as ReportPupil), attendancePercent: s.attendancePercent, possible: s.possible }));

  const title = `${audience === 'leaders' ? 'Report to leaders' : 'Report to governors'}: ${period.label}`;
  return {
    title,
    audience,
    serviceName: settings.service.name,
    period: period.label,
    from,
    to,
    fileName: leadersReportFileName(period.label, audience),
    pupils: pupils.length,
    attendance: {
      group: g,
      comparison: [
        { measure: 'Overall absence', here: g.overallAbsenceRate, national: n.overallAbsencePercent },
        { measure: 'Authorised absence', here: g.authorisedAbsenceRate, national: n.authorisedAbsencePercent },
        { measure: 'Unauthorised absence', here: g.unauthorisedAbsenceRate, national: n.unauthorisedAbsencePercent },
        { measure: 'Persistent absence (pupils)', here: g.persistentAbsenceRate, national: n.persistentAbsencePercent },
        { measure: 'Severe absence (pupils)', here: g.severeAbsenceRate, national: n.severeAbsencePercent },
      ],
      nationalYear: n.academicYear,
      nationalSource: n.source,
      weeks: weeklySeries(marks, settings, { from, to }),
      trends: groupTrends(cohort, marks, settings, { from, to }, { schoolNames: input.schoolNames }),
    },
    groups,
    persistentAbsentees: detail === 'none' ? undefined : absentees,
    pips: {
      count: pipLines.length,
      activeAtEnd: pipLines.filter((p) => p.ongoing).length,
      longCount: pipLines.filter((p) => p.long).length,
      longPipWeeks: long,
      reviewsHeld: pipLines.reduce((t, p) => t + p.reviewsHeld, 0),
      reviewsOnTime: pipLines.reduce((t, p) => t + p.reviewsOnTime, 0),
      overdueNow: pipLines.filter((p) => p.reviewOverdue).length,
      averageHours: mean(pipLines.map((p) => p.hours)),
      averageWeeks: mean(pipLines.map((p) => p.weeks)),
      lines: detail === 'none' ? undefined : pipLines,
    },
    send: {
      byProvision: counts(pupils, (p) => p.senProvision, SEN_PROVISION_CODES, (k) => `${k}: ${SEN_PROVISION_LABELS[k]}`, 'Not recorded'),
      byNeed: counts(pupils.filter((p) => p.senProvision !== 'N'), (p) => p.primaryNeed, NEED_CODES, (k) => `${k}: ${NEED_LABELS[k]}`, 'No need recorded'),
      byTier: counts(pupils, (p) => p.supportTier, SUPPORT_TIERS, (k) => k, 'Not recorded'),
      ehc: {
        pupils: ehcPupils.length,
        withinTime: annual.filter((i) => i.dueDate >= to).length,
        overdue: annual.filter((i) => i.dueDate < to).length,
        noDate: ehcPupils.length - new Set(annual.map((i) => i.pupilId)).size,
        months: settings.statutory.ehcpAnnualReviewMonths,
      },
    },
    onTime: meetingsOnTime({
      from,
      to,
      settings,
      pupils,
      meetings: input.meetings.filter((m) => ids.has(m.pupilId)),
      pips: input.pips.filter((p) => ids.has(p.pupilId)),
      pipReviews: input.pipReviews,
      notifications: input.notifications,
      notificationsTruncated: input.notificationsTruncated,
      notificationsUnread: input.notificationsUnread,
    }),
    provision: provisionOf(input, pupils, marks, from, to, detail === 'none' ? undefined : (id) => who(byId.get(id) as ReportPupil)),
    notCovered: [],
  };
}

function provisionOf(
  input: LeadersReportInput,
  pupils: readonly ReportPupil[],
  marks: readonly MarkForStats[],
  from: IsoDate,
  to: IsoDate,
  who: ((pupilId: number) => string) | undefined,
): LeadersReport['provision'] {
  const p = input.provision;
  if (p === undefined) return { unread: input.provisionUnread ?? 'the support plans were not read' };
  const ids = new Set(pupils.map((x) => x.id));
  const earlier = (p.earlierMarks ?? []).filter((m) => ids.has(m.pupilId) && m.date < from);
  const impact = provisionImpact({ from, to, settings: input.settings, pupils, plans: p.plans, targets: p.targets, assessments: p.assessments, meetings: p.meetings, marks: [...earlier, ...marks], who });
  return who === undefined ? { ...impact, lines: undefined } : impact;
}
