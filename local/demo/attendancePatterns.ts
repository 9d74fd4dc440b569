import { addDays, addWeeks, type IsoDate } from '../../src/domain/dates/isoDates';
import { addSchoolDays } from '../../src/domain/dates/schoolCalendar';
import { codeForArrival } from '../../src/domain/attendance/registerTiming';
import { clockTimeFromMinutes } from '../../src/domain/dates/clockTime';
import { DEMO_SETTINGS, type SessionSlot } from './calendar';
import { isC2Session, type PipWindow } from './pipSessions';
import type { Rng } from './random';
import type { AttendancePattern } from './types';

/**
 * Register codes for one pupil's sessions, by attendance pattern:
 *   regular            0–7% absence: illness days (I), appointments (M), the odd unexplained session (O), a few lates (L)
 *   persistent         12–26% absence: illness, unexplained absence (O, some first entered as N and replaced),
 *                      lates after the register closed (U), pending N in the last few days
 *   severe             56–66% absence: long spells of illness (I), appointments (M), some O and a pending N
 *   penalty-threshold  a four-day term-time holiday (G, 8 sessions) and three O sessions in the same ten weeks
 *   pip                C2 for every session the PIP timetable does not cover; before the PIP, as regular (or,
 *                      for an extended-non-attendance PIP, 25–35% absence)
 * Every pattern but penalty-threshold stays below the penalty-notice threshold (at most 9 G/N/O/U sessions in
 * the term), and every pattern but severe stays below 50% absence.
 */
export interface PlannedCode {
  code: string;
  arrivalTime?: string;
  minutesLate?: number;
  /** The session was first recorded as N and later replaced by `code`. */
  replacedN?: boolean;
}

export interface PatternOptions {
  pattern: AttendancePattern;
  /** For a PIP pupil. */
  pip?: PipWindow;
  /** Before the PIP, attendance was poor (extended non-attendance). */
  poorBeforePip?: boolean;
  today: IsoDate;
}

const UNAUTHORISED = ['G', 'N', 'O', 'U'];
const NON_PENALTY_CAP = 9;

const isAbsence = (code: string): boolean => !(code === '/' || code === '\\' || code === 'L');

interface Planner {
  rng: Rng;
  slots: SessionSlot[];
  codes: PlannedCode[];
  locked: boolean[];
  /** First date on which a provisional N may still be unreplaced. */
  recentFrom: IsoDate;
  unauthorisedLeft: number;
}

const free = (p: Planner, i: number): boolean => i >= 0 && i < p.slots.length && !p.locked[i] && !isAbsence(p.codes[i].code) && p.codes[i].code !== 'L';

function set(p: Planner, i: number, code: string, extra: Partial<PlannedCode> = {}): void {
  p.codes[i] = { code, ...extra };
  if (UNAUTHORISED.indexOf(code) >= 0) p.unauthorisedLeft--;
}

/** An unauthorised code if the budget allows, else the authorised fallback. */
function unauthorisedOr(p: Planner, code: string, fallback: string): string {
  return p.unauthorisedLeft > 0 ? code : fallback;
}

function absentCount(p: Planner, indexes: readonly number[]): number {
  return indexes.filter((i) => !p.locked[i] && isAbsence(p.codes[i].code)).length;
}

/** Places absences among `indexes` until `target` of them are absent. */
function placeAbsences(
  p: Planner,
  indexes: readonly number[],
  target: number,
  mix: { illness: number; appointment: number; unexplained: number },
  maxIllnessDays: number,
): void {
  const { rng } = p;
  const total = mix.illness + mix.appointment + mix.unexplained;
  for (let guard = 0; guard < 500 && absentCount(p, indexes) < target; guard++) {
    const candidates = indexes.filter((i) => free(p, i));
    if (candidates.length === 0) return;
    const i = rng.pick(candidates);
    const r = rng.between(0, total);
    const remaining = target - absentCount(p, indexes);
    if (r < mix.illness) {
      // Illness: whole days from the morning, up to maxIllnessDays.
      let start = p.slots[i].session === 'AM' ? i : i - 1;
      if (!free(p, start)) start = i;
      const sessions = Math.min(remaining, 2 * rng.int(1, maxIllnessDays));
      const replaced = p.slots[start].date < p.recentFrom && rng.chance(0.25);
      for (let k = start, n = 0; n < sessions && k < p.slots.length; k++) {
        if (!free(p, k) || indexes.indexOf(k) < 0) break;
        set(p, k, 'I', replaced ? { replacedN: true } : {});
        n++;
      }
    } else if (r < mix.illness + mix.appointment) {
      set(p, i, 'M');
    } else {
      const recent = p.slots[i].date >= p.recentFrom;
      if (recent) set(p, i, unauthorisedOr(p, 'N', 'I'));
      else {
        const code = unauthorisedOr(p, 'O', 'I');
        set(p, i, code, code === 'O' && rng.chance(0.5) ? { replacedN: true } : {});
      }
    }
  }
}

/** Late arrivals on free morning sessions: L before the register closes, U after it. */
function placeLates(p: Planner, indexes: readonly number[], lCount: number, uCount: number): void {
  const mornings = p.rng.shuffle(indexes.filter((i) => p.slots[i].session === 'AM' && free(p, i)));
  const late = (i: number, arrivalMinutes: number): void => {
    const arrivalTime = clockTimeFromMinutes(arrivalMinutes);
    const result = codeForArrival(arrivalTime, 'AM', DEMO_SETTINGS);
    if (!result.ok) return;
    set(p, i, result.code, { arrivalTime, minutesLate: result.minutesLate });
  };
  const opens = 9 * 60;
  let n = 0;
  for (; n < lCount && n < mornings.length; n++) late(mornings[n], opens + p.rng.int(4, 28));
  for (let u = 0; u < uCount && n < mornings.length && p.unauthorisedLeft > 0; u++, n++) late(mornings[n], opens + p.rng.int(32, 95));
}

/** Tops absence up to or trims it below a share of the possible sessions (C2 included). */
function absenceShare(p: Planner): number {
  const absent = p.codes.filter((c) => isAbsence(c.code)).length;
  return p.codes.length ? absent / p.codes.length : 0;
}

export function planAttendance(rng: Rng, slots: SessionSlot[], options: PatternOptions): PlannedCode[] {
  const { pattern, pip, today } = options;
  const codes: PlannedCode[] = slots.map((s) => ({ code: s.session === 'AM' ? '/' : '\\' }));
  const locked = slots.map(() => false);
  const p: Planner = {
    rng,
    slots,
    codes,
    locked,
    recentFrom: addSchoolDays(today, -(DEMO_SETTINGS.nReplacementSchoolDays - 1), DEMO_SETTINGS),
    unauthorisedLeft: pattern === 'penalty-threshold' ? 11 : NON_PENALTY_CAP,
  };
  const all = slots.map((_, i) => i);
  const n = slots.length;
  if (n === 0) return codes;

  if (pattern === 'pip' && pip) {
    slots.forEach((s, i) => {
      if (isC2Session(pip, s.date, s.session)) {
        codes[i] = { code: 'C2' };
        locked[i] = true;
      }
    });
    const before = all.filter((i) => slots[i].date < pip.startDate);
    const during = all.filter((i) => slots[i].date >= pip.startDate && !locked[i]);
    const beforeRate = options.poorBeforePip ? rng.between(0.25, 0.35) : rng.between(0, 0.06);
    placeAbsences(p, before, Math.round(beforeRate * before.length), { illness: 5, appointment: 1, unexplained: 3 }, 2);
    placeAbsences(p, during, Math.round(rng.between(0, 0.08) * during.length), { illness: 4, appointment: 2, unexplained: 1 }, 1);
    placeLates(p, before, rng.int(0, 3), rng.chance(0.3) ? 1 : 0);
  } else if (pattern === 'penalty-threshold') {
    // A term-time holiday: Monday to Thursday of a September/October week, not agreed (G).
    const mondays = ['2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12'];
    const monday = rng.pick(mondays);
    const thursday = addDays(monday, 3);
    all.filter((i) => slots[i].date >= monday && slots[i].date <= thursday).forEach((i) => set(p, i, 'G'));
    const windowFrom = addWeeks(monday, -3);
    const windowTo = addWeeks(monday, 5);
    const near = rng.shuffle(all.filter((i) => free(p, i) && slots[i].date >= windowFrom && slots[i].date < windowTo && slots[i].date < p.recentFrom));
    near.slice(0, 3).forEach((i, k) => set(p, i, 'O', k === 0 ? { replacedN: true } : {}));
    placeAbsences(p, all, absentCount(p, all) + rng.int(0, 2), { illness: 1, appointment: 0, unexplained: 0 }, 1);
    placeLates(p, all, rng.int(1, 3), 0);
  } else if (pattern === 'severe') {
    placeAbsences(p, all, Math.round(rng.between(0.56, 0.66) * n), { illness: 8, appointment: 2, unexplained: 1 }, 5);
    placeLates(p, all, rng.int(1, 3), 1);
  } else if (pattern === 'persistent') {
    placeAbsences(p, all, Math.round(rng.between(0.12, 0.26) * n), { illness: 4, appointment: 1, unexplained: 3 }, 2);
    placeLates(p, all, rng.int(2, 6), rng.int(1, 2));
  } else {
    placeAbsences(p, all, Math.round(rng.between(0, 0.07) * n), { illness: 6, appointment: 3, unexplained: 1 }, 2);
    placeLates(p, all, rng.chance(0.6) ? rng.int(1, 3) : 0, rng.chance(0.15) ? 1 : 0);
  }

  // Guards, whatever the draws: only the severe pattern reaches 50% absence; the severe one always does.
  if (pattern === 'severe') {
    for (let guard = 0; guard < n && absenceShare(p) < 0.5; guard++) {
      const i = all.find((k) => free(p, k));
      if (i === undefined) break;
      set(p, i, 'I');
    }
  } else {
    for (let guard = 0; guard < n && absenceShare(p) >= 0.45; guard++) {
      const i = all.find((k) => !locked[k] && isAbsence(codes[k].code) && codes[k].code !== 'G');
      if (i === undefined) break;
      codes[i] = { code: slots[i].session === 'AM' ? '/' : '\\' };
    }
  }
  return codes;
}
