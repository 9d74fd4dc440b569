import { pupilAttendanceStats, roundPercent, type MarkForStats, type PupilAttendanceStats } from '../attendance/stats';
import { stageForPercent, type AttendanceStage } from '../attendance/stages';
import { weeklySeries, type WeekPoint } from '../attendance/weeklySeries';
import { formatUkDate, maxDate, minDate, type IsoDate } from '../dates/isoDates';
import type { ReviewPeriod } from '../meetings/reviewPeriods';
import type { LearningLogEntry } from '../learning/learningLogEntry';
import type { Pip } from '../pip/pip';
import { lastDayInForce } from '../pip/pipHistory';
import { planAttendance, type PlanWeek } from '../pip/planAttendance';
import type { Pupil } from '../pupils/pupil';
import type { Assessment } from '../send/assessment';
import type { SchoolSettings } from '../settings/schoolSettings';
import { ehcOutcomes, isEhcOutcome, latestRating } from '../targets/ehcOutcomes';
import type { Target } from '../targets/target';
import type { Session } from '../vocabulary';
import { assessmentChanges, type AssessmentChange } from './assessmentChange';
import { percentText } from './percentText';

export { percentText };
import { engagementByWeek, type EngagementWeek } from '../behaviour/engagementSeries';
import type { BehaviourLogEntry } from '../behaviour/behaviourLogEntry';

/**
 * The termly progress report for one pupil (attendance policy Appendix 3: every pupil receives "termly progress
 * reports"): what a parent or the home school reads, assembled from the records for a chosen term. Every figure is
 * the domain's own: attendance from pupilAttendanceStats and weeklySeries, attendance against the plan from
 * planAttendance, target progress from the targets' own ratings, EHC outcomes from ehcOutcomes. Comments are what
 * staff enter on the preview. Engagement and behaviour come from the behaviour log, week by week (engagementByWeek).
 */

export type ProgressReportSettings = Pick<
  SchoolSettings,
  'terms' | 'closures' | 'sessions' | 'notPossibleCodes' | 'persistentAbsencePercent' | 'severeAbsencePercent' | 'stageBoundaries'
>;

/** What staff write on the preview before the report is made. */
export interface ProgressComments {
  readonly leadTutor: string;
  readonly pupilVoice: string;
  readonly nextSteps: string;
}

export const NO_COMMENTS: ProgressComments = { leadTutor: '', pupilVoice: '', nextSteps: '' };

export interface ProgressReportInput {
  readonly pupil: Pick<Pupil, 'pupilRef' | 'firstName' | 'lastName' | 'preferredName' | 'yearGroup'> & { readonly id: number };
  readonly homeSchool?: string;
  readonly serviceName: string;
  /** The term reported on (termPeriods(settings)). */
  readonly period: ReviewPeriod;
  /** Figures run to the end of the term or to today, whichever is first. */
  readonly today: IsoDate;
  readonly settings: ProgressReportSettings;
  readonly marks: readonly (MarkForStats & { readonly session: Session })[];
  readonly pips: readonly (Pip & { readonly id: number })[];
  readonly targets: readonly (Target & { readonly id: number })[];
  readonly assessments: readonly Assessment[];
  readonly entries: readonly LearningLogEntry[];
  /** The behaviour and engagement log; leave out when it was not read (the report then has no such section). */
  readonly behaviour?: readonly Pick<BehaviourLogEntry, 'pupilId' | 'day' | 'kind' | 'engagement'>[];
  readonly comments: ProgressComments;
}

export interface PlanInTerm {
  readonly pipId: number;
  readonly startDate: IsoDate;
  /** The planned end, or the day it ended. */
  readonly endDate: IsoDate;
  readonly weeks: readonly PlanWeek[];
  readonly expected: number;
  readonly attended: number;
  readonly planPercent: number | null;
}

export type TargetStatus = 'Achieved' | 'In progress' | 'Past its date';

export interface TargetProgressLine {
  readonly outcome: string;
  readonly measure: string;
  readonly source: Target['source'];
  readonly dueDate: IsoDate;
  readonly status: TargetStatus;
  /** The latest rating from 1 (no progress) to 5 (achieved), when one was given. */
  readonly rating?: number;
  /** Progress notes dated in the term, oldest first. */
  readonly notes: readonly { readonly date: IsoDate; readonly note: string }[];
}

export interface EhcOutcomeLine {
  readonly outcome: string;
  readonly targets: readonly TargetProgressLine[];
  readonly met: number;
}

export interface SubjectHighlights {
  readonly subject: string;
  /** Entries written in the term. */
  readonly entries: number;
  readonly highlights: readonly { readonly date: IsoDate; readonly teacher: string; readonly entry: string }[];
}

export interface ProgressReport {
  readonly title: string;
  readonly pupilName: string;
  readonly pupilRef: string;
  readonly yearGroup: string;
  readonly homeSchool?: string;
  readonly serviceName: string;
  readonly term: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** 'PH-0001 progress report Autumn term 2026-27.docx' (no '/' in a SharePoint file name). */
  readonly fileName: string;
  readonly attendance: {
    readonly statutory: PupilAttendanceStats;
    /** Rounded to one decimal place; null with no possible sessions. */
    readonly percent: number | null;
    readonly stage: AttendanceStage | null;
    readonly weeks: readonly WeekPoint[];
    readonly plans: readonly PlanInTerm[];
  };
  readonly targets: readonly TargetProgressLine[];
  readonly ehcOutcomes: readonly EhcOutcomeLine[];
  readonly assessments: readonly AssessmentChange[];
  readonly learning: readonly SubjectHighlights[];
  /** Engagement ratings and incidents by week, from the behaviour log; undefined when the log was not read. */
  readonly engagement?: { readonly weeks: readonly EngagementWeek[]; readonly rated: number; readonly incidents: number };
  /** Open targets that run beyond the term, then what staff wrote. */
  readonly nextSteps: readonly string[];
  readonly comments: ProgressComments;
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function targetLine(t: Target, from: IsoDate, to: IsoDate): TargetProgressLine {
  const status: TargetStatus = t.closed ? 'Achieved' : t.dueDate < to ? 'Past its date' : 'In progress';
  return {
    outcome: t.outcome,
    measure: t.measure,
    source: t.source,
    dueDate: t.dueDate,
    status,
    rating: latestRating({ progress: t.progress.filter((p) => p.date <= to) }),
    notes: t.progress.filter((p) => p.date >= from && p.date <= to).map((p) => ({ date: p.date, note: p.note })).sort(byDate),
  };
}

/** A target belongs in the term's report when it was open in the term, due in it, or had progress noted in it. */
const inTerm = (t: Target, from: IsoDate, to: IsoDate): boolean =>
  !t.closed || (t.dueDate >= from && t.dueDate <= to) || t.progress.some((p) => p.date >= from && p.date <= to);

export function progressReport(input: ProgressReportInput): ProgressReport {
  const { pupil, period, settings, comments } = input;
  const from = period.start;
  const to = minDate(period.end, input.today);
  const statutory = pupilAttendanceStats(pupil.id, input.marks, settings, { from, to });
  const plans: PlanInTerm[] = input.pips
    .filter((p) => p.pupilId === pupil.id && p.status !== 'Draft' && p.startDate <= to && (lastDayInForce(p) ?? to) >= from)
    .map((p) => {
      // The plan's own rule, run over the part of the plan inside the term.
      const inPeriod = { ...p, startDate: maxDate(p.startDate, from) };
      const plan = planAttendance(inPeriod, input.marks, to, settings);
      return {
        pipId: p.id,
        startDate: p.startDate,
        endDate: p.endedOn ?? p.plannedEndDate,
        weeks: plan.weeks,
        expected: plan.expected,
        attended: plan.attended,
        planPercent: plan.planPercent,
      };
    })
    .filter((p) => p.weeks.length > 0);
  const own = input.targets.filter((t) => t.pupilId === pupil.id);
  const targets = own.filter((t) => t.source !== 'EHC plan outcome' && inTerm(t, from, to)).map((t) => targetLine(t, from, to));
  const outcomes = ehcOutcomes(own).map((o) => ({
    outcome: o.outcome.outcome,
    targets: o.targets.map((t) => targetLine(t, from, to)),
    met: o.met,
  }));
  const subjects = new Map<string, { subject: string; entries: number; highlights: { date: IsoDate; teacher: string; entry: string }[] }>();
  for (const e of input.entries) {
    if (e.pupilId !== pupil.id || e.entryDate < from || e.entryDate > to) continue;
    const key = e.subject.toLowerCase();
    const s = subjects.get(key) ?? { subject: e.subject, entries: 0, highlights: [] };
    s.entries++;
    if (e.highlight) s.highlights.push({ date: e.entryDate, teacher: e.teacher, entry: e.entry });
    subjects.set(key, s);
  }
  const learning = Array.from(subjects.values())
    .map((s) => ({ ...s, highlights: s.highlights.sort(byDate) }))
    .sort((a, b) => a.subject.localeCompare(b.subject, 'en-GB'));
  const next = own
    .filter((t) => !t.closed && !isEhcOutcome(t) && t.dueDate > to)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((t) => `${t.outcome} (by ${formatUkDate(t.dueDate)})`);
  const written = comments.nextSteps
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const weeks = input.behaviour ? engagementByWeek(input.behaviour.filter((e) => e.pupilId === pupil.id && e.day >= from && e.day <= to)) : undefined;
  const name = `${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`;
  const percent = roundPercent(statutory.attendancePercent);
  return {
    title: `Termly progress report: ${period.label}`,
    pupilName: name,
    pupilRef: pupil.pupilRef,
    yearGroup: pupil.yearGroup,
    homeSchool: input.homeSchool,
    serviceName: input.serviceName,
    term: period.label,
    from,
    to,
    fileName: `${pupil.pupilRef} progress report ${period.label.replace(/\//g, '-')}.docx`,
    attendance: {
      statutory,
      percent,
      stage: stageForPercent(statutory.attendancePercent, settings),
      weeks: weeklySeries(input.marks.filter((m) => m.pupilId === pupil.id), settings, { from, to }),
      plans,
    },
    targets,
    ehcOutcomes: outcomes,
    assessments: assessmentChanges(input.assessments.filter((a) => a.pupilId === pupil.id), from, to),
    learning,
    engagement: weeks && {
      weeks,
      rated: weeks.reduce((t, w) => t + w.rated, 0),
      incidents: weeks.reduce((t, w) => t + w.incidents, 0),
    },
    nextSteps: [...next, ...written],
    comments,
  };
}


/** The attendance sentence of the report. */
export function attendanceSentence(r: Pick<ProgressReport, 'attendance' | 'from' | 'to'>): string {
  const s = r.attendance.statutory;
  if (s.possible === 0) return 'No possible sessions were recorded in this period.';
  return (
    `Attendance ${percentText(r.attendance.percent)}${r.attendance.stage ? ` (${r.attendance.stage})` : ''}: ` +
    `${s.attended} of ${s.possible} possible sessions attended; ${s.authorised} authorised and ${s.unauthorised} unauthorised absences.`
  );
}
