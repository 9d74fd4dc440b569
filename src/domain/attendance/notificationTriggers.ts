import { minutesOfDay } from '../dates/clockTime';
import { mondayOf, type IsoDate } from '../dates/isoDates';
import { londonClockTime, londonToday } from '../dates/londonTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { findCode } from './codes';
import { checkPenaltyThreshold } from './penaltyThreshold';
import { bucketOf } from './sessionBuckets';
import { currentStage, rollingWindowStart } from './currentStage';
import { ATTENDANCE_STAGES, type AttendanceStage } from './stages';

/**
 * When a register save tells the pupil's home school (attendance policy; issue "Notifications to home schools"):
 *   stage-worsened     the pupil's stage got worse with this save: the worse of this week's stage and the year's
 *                      cumulative stage (boundaries from settings), compared before and after the save;
 *   penalty-threshold  this save made the pupil reach the penalty-notice threshold (a prompt to review support);
 *   absent-no-reason   an N (no reason yet) stands after the register closed.
 * Each trigger has a de-duplication key, so a second save never sends the same message twice: one stage message
 * per pupil per week and stage, one threshold message per window, one N message per session.
 */
export type AttendanceTriggerKind = 'stage-worsened' | 'penalty-threshold' | 'absent-no-reason';

export interface AttendanceTrigger {
  readonly kind: AttendanceTriggerKind;
  readonly pupilId: number;
  readonly dedupeKey: string;
}

export interface TriggerMark {
  readonly pupilId: number;
  readonly date: IsoDate;
  readonly session: Session;
  readonly code: string;
}

type TriggerSettings = Pick<
  SchoolSettings,
  'sessions' | 'stageBoundaries' | 'notPossibleCodes' | 'persistentAbsencePercent' | 'severeAbsencePercent' | 'penaltyThreshold' | 'terms' | 'closures'
>;

const rank = (s: AttendanceStage | null): number => (s === null ? -1 : ATTENDANCE_STAGES.indexOf(s));

/** True when the register for that date and session has closed at the instant `at` (London time). */
export function registerHasClosed(date: IsoDate, session: Session, at: Date, settings: Pick<SchoolSettings, 'sessions'>): boolean {
  const today = londonToday(at);
  if (today !== date) return today > date;
  return minutesOfDay(londonClockTime(at)) >= minutesOfDay(settings.sessions[session].registerCloses);
}

/** Only a change to an absence (or a not-possible code) can make a stage or the threshold worse: the rest need no look. */
export function markMayWorsen(beforeCode: string | undefined, afterCode: string, settings: Pick<SchoolSettings, 'notPossibleCodes'>): boolean {
  if (beforeCode === afterCode) return false;
  const row = findCode(afterCode);
  if (!row) return false;
  const bucket = bucketOf(row, settings.notPossibleCodes);
  return bucket !== 'present' && bucket !== 'aea';
}

/** An N that stands after the register closed: one trigger per pupil and session. */
export function absentNoReasonTriggers(marks: readonly TriggerMark[], savedAt: Date, settings: Pick<SchoolSettings, 'sessions'>): AttendanceTrigger[] {
  return marks
    .filter((m) => m.code === 'N' && registerHasClosed(m.date, m.session, savedAt, settings))
    .map((m) => ({ kind: 'absent-no-reason' as const, pupilId: m.pupilId, dedupeKey: `absent-no-reason:${m.pupilId}:${m.date}:${m.session}` }));
}

export interface HistoryTriggerInput {
  readonly pupilId: number;
  readonly date: IsoDate;
  readonly session: Session;
  /** The code saved before (undefined when the session had no mark). */
  readonly beforeCode?: string;
  /** The pupil's marks after the save (this academic year at least), the saved mark included. */
  readonly marksAfter: readonly TriggerMark[];
  readonly settings: TriggerSettings;
}

/** Stage worsened or penalty threshold reached by this one change. */
export function historyTriggers(input: HistoryTriggerInput): AttendanceTrigger[] {
  const { pupilId, date, session, settings } = input;
  const own = input.marksAfter.filter((m) => m.pupilId === pupilId);
  const others = own.filter((m) => !(m.date === date && m.session === session));
  const before = input.beforeCode === undefined ? others : [...others, { pupilId, date, session, code: input.beforeCode }];
  const out: AttendanceTrigger[] = [];
  const stageBefore = currentStage(before, date, settings);
  const stageAfter = currentStage(own, date, settings);
  if (stageAfter !== null && rank(stageAfter) > rank(stageBefore))
    out.push({ kind: 'stage-worsened', pupilId, dedupeKey: `attendance-stage:${pupilId}:${mondayOf(date)}:${stageAfter}` });
  // The threshold over the rolling window that ends with this session: reached now, not before.
  const from = rollingWindowStart(date, settings);
  const inWindow = (marks: readonly TriggerMark[]): TriggerMark[] => marks.filter((m) => m.date >= from && m.date <= date);
  if (checkPenaltyThreshold(inWindow(own), settings).met && !checkPenaltyThreshold(inWindow(before), settings).met)
    out.push({ kind: 'penalty-threshold', pupilId, dedupeKey: `penalty-threshold:${pupilId}:${mondayOf(date)}` });
  return out;
}

/**
 * What the home school is told: the same neutral words for every trigger, the pupil's reference and a link. No
 * figures, codes, stage or reason: the detail is in the record, for the people allowed to read it.
 */
export function attendanceNotificationText(pupilRef: string, serviceName: string): { subject: string; message: string } {
  return {
    subject: `${serviceName}: an attendance update for pupil ${pupilRef}`,
    message: `There is an attendance update from ${serviceName} about a pupil you are named for (reference ${pupilRef}). Please open the record to see it.`,
  };
}
