import {
  formatLondonDateTime,
  codeForArrival,
  isClockTime,
  isOnRoll,
  londonClockTime,
  londonToday,
  minutesOfDay,
  validateRegisterMark,
  isAheadOf,
  type AttendanceMark,
  type Pupil,
  type SchoolSettings,
} from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import { pupilFlagLabels } from '../../../../domain/pupils/pupilFlags';
import type { RegisterSaveRequest, RegisterSnapshot, Saved } from '../../../../data/ports';
import type { Prefill } from './prefill';
import type { advanceMarkIssue } from '../../../../domain/attendance/advanceMarks';

/** The rules of a register ahead of today (domain advanceMarks.ts), loaded only when such a date is opened (SessionRegister). */
export type AdvanceIssue = typeof advanceMarkIssue;

/**
 * Pure model of the register screen: pupils + the loaded register (snapshot) + the unsaved draft → rows,
 * and rows → one save request. No React here, so every rule is unit-tested.
 */

/** What the user changed on one row and has not saved yet (kept in localStorage). */
export interface DraftMark {
  readonly code?: string;
  readonly arrivalTime?: string;
  readonly reason?: string;
}

/** Unsaved changes by pupil id (string keys so the draft survives JSON). */
export type Draft = Readonly<Record<string, DraftMark>>;

export type RowField = 'pupil' | 'code' | 'arrivalTime' | 'reason';

export interface RegisterRowModel {
  readonly pupilId: number;
  /** "Amara Okafor" (as spoken, for labels). */
  readonly name: string;
  /** "Okafor, Amara" (as the register lists it). */
  readonly listName: string;
  readonly yearGroup: string;
  /** Shown beside the name: SEN provision, the register's flags (LAC, CP, Medical …) and 'PIP' when one is in force. */
  readonly flags: readonly string[];
  readonly onRoll: boolean;
  /** The mark saved in the register, if any. */
  readonly saved?: AttendanceMark;
  /** The code shown (unsaved change, else saved, else prefilled). */
  readonly code?: string;
  readonly arrivalTime?: string;
  readonly minutesLate?: number;
  readonly reason: string;
  readonly prefilled: boolean;
  /** Differs from the saved mark (or there is none): saving will write it. */
  readonly changed: boolean;
  /** A saved mark whose code is being changed: the amendment needs a reason. */
  readonly needsReason: boolean;
  /** A new or changed mark on a register ahead of today: it needs the reason it is known ahead (kept in `reason`). */
  readonly needsNote: boolean;
  readonly issues: Readonly<Partial<Record<RowField, string>>>;
  readonly contact: {
    readonly name?: string;
    readonly phone?: string;
    readonly email?: string;
    /** The emergency contacts on the pupil record (called when the parent cannot be reached). */
    readonly emergency: readonly { readonly name: string; readonly relationship: string; readonly phone: string }[];
  };
  /** The pupil reference (the folder their records are kept in). */
  readonly pupilRef: string;
}

export interface BuildRowsInput {
  readonly pupils: readonly Saved<Pupil>[];
  readonly snapshot: RegisterSnapshot;
  readonly draft: Draft;
  readonly settings: Pick<SchoolSettings, 'sessions'>;
  readonly prefill?: Prefill;
  /** Pupils with a PIP in force on the register's date (flagged 'PIP' beside their name). */
  readonly pipPupilIds?: ReadonlySet<number>;
  /** Today's London date: a register after it holds only what is known ahead (domain advanceMarks). */
  readonly today?: string;
  /** Why a mark cannot be entered ahead (given with a register after `today`). */
  readonly advanceIssue?: AdvanceIssue;
}

/** The reason a prefilled code is known ahead (a C2 comes from the agreed PIP). */
const PREFILL_NOTE = 'Agreed part-time timetable (PIP)';

const byName = (a: Pupil, b: Pupil): number =>
  a.lastName.localeCompare(b.lastName, 'en-GB', { sensitivity: 'base' }) ||
  a.firstName.localeCompare(b.firstName, 'en-GB', { sensitivity: 'base' });

export const presentCode = (session: Session): '/' | '\\' => (session === 'AM' ? '/' : '\\');

const isLate = (code: string | undefined): boolean => code === 'L' || code === 'U';

/**
 * The rows of a register: every pupil on roll that day, sorted by surname, plus any pupil who is not on roll
 * but has a saved or unsaved mark for it (shown with a message, never saved).
 */
export function buildRows(input: BuildRowsInput): RegisterRowModel[] {
  const { snapshot, draft, settings } = input;
  const { date, session } = snapshot;
  const savedBy = new Map<number, AttendanceMark>();
  for (const e of snapshot.entries) if (e.mark) savedBy.set(e.pupilId, e.mark);
  const pupils = input.pupils
    .filter((p) => isOnRoll(p, date) || savedBy.has(p.id) || draft[String(p.id)] !== undefined)
    .sort(byName);
  return pupils.map((p) => {
    const saved = savedBy.get(p.id);
    const d = draft[String(p.id)];
    const prefillCode = saved === undefined && d?.code === undefined ? input.prefill?.(p, date, session) : undefined;
    const code = d?.code ?? saved?.code ?? prefillCode;
    const arrivalTime = d && 'arrivalTime' in d ? d.arrivalTime : saved?.arrivalTime;
    const arrival = arrivalTime?.trim() || undefined;
    let minutesLate: number | undefined;
    if (isLate(code) && arrival !== undefined && isClockTime(arrival)) {
      const r = codeForArrival(arrival, session, settings);
      if (r.ok) minutesLate = r.minutesLate;
    } else if (isLate(code) && arrival === undefined && saved !== undefined && saved.code === code) minutesLate = saved.minutesLate;
    const changed = saved === undefined ? code !== undefined : code !== saved.code || arrival !== saved.arrivalTime;
    const needsReason = saved !== undefined && code !== saved.code;
    const ahead = input.today !== undefined && isAheadOf(date, input.today);
    const needsNote = ahead && changed && code !== undefined;
    const reason = d?.reason ?? (needsNote && prefillCode !== undefined ? PREFILL_NOTE : '');
    const issues: Partial<Record<RowField, string>> = {};
    if (needsNote && input.today !== undefined && code !== undefined) {
      // Without the rules (never so on screen: SessionRegister loads them with a register ahead) the mark is not sent.
      const issue = input.advanceIssue
        ? input.advanceIssue({ date, code, note: reason }, input.today)
        : { path: ['code'], message: 'The rules for a register ahead of today have not loaded: open the register again' };
      if (issue) issues[issue.path[0] === 'note' ? 'reason' : 'code'] = issue.message;
    }
    for (const issue of validateRegisterMark({ pupil: p, date, session, code, arrivalTime: arrival }, settings)) {
      const field = issue.path[0] as RowField;
      if (issues[field] === undefined) issues[field] = issue.message;
    }
    if (needsReason && reason.trim() === '' && saved !== undefined)
      issues.reason = `Give a reason for changing the saved mark from ${saved.code} to ${code ?? 'no mark'}`;
    return {
      pupilId: p.id,
      name: `${p.firstName} ${p.lastName}`,
      listName: `${p.lastName}, ${p.firstName}`,
      yearGroup: p.yearGroup,
      flags: [...pupilFlagLabels(p), ...(input.pipPupilIds?.has(p.id) ? ['PIP'] : [])],
      onRoll: isOnRoll(p, date),
      saved,
      code,
      arrivalTime: arrival,
      minutesLate,
      reason,
      prefilled: prefillCode !== undefined,
      changed,
      needsReason,
      needsNote,
      issues,
      contact: { name: p.parentName, phone: p.parentPhone, email: p.parentEmail, emergency: p.emergencyContacts ?? [] },
      pupilRef: p.pupilRef,
    };
  });
}

/** A row can be sent when it has a code and no message at any field. */
export const isSendable = (row: RegisterRowModel): boolean => row.code !== undefined && Object.keys(row.issues).length === 0;

export interface SaveContext {
  readonly takenBy: string;
  /** ISO date-time of the save (recordedAt of new marks, amendedAt). */
  readonly at: string;
  readonly overwrite?: ReadonlySet<number>;
  /** Pupils whose conflict is not resolved yet: never sent until the user chooses. */
  readonly hold?: ReadonlySet<number>;
}

export interface BuiltSave {
  readonly request: RegisterSaveRequest;
  /** Rows with a mark that is not sent because of a message at the row, or an open conflict. */
  readonly held: readonly RegisterRowModel[];
  /** Rows that are new or changed in this request. */
  readonly changedCount: number;
}

/**
 * The whole register as one request: every row with a valid code (unchanged saved marks are sent as they
 * were loaded, so the repository skips them), the reasons for changed saved marks, and the baseline.
 */
export function buildSaveRequest(rows: readonly RegisterRowModel[], baseline: RegisterSnapshot, ctx: SaveContext): BuiltSave {
  const marks: AttendanceMark[] = [];
  const reasons = new Map<number, string>();
  const held: RegisterRowModel[] = [];
  let changedCount = 0;
  for (const row of rows) {
    if (row.code === undefined) continue;
    if (!isSendable(row) || ctx.hold?.has(row.pupilId)) {
      if (row.changed) held.push(row);
      continue;
    }
    if (!row.changed && row.saved) {
      marks.push(row.saved);
      continue;
    }
    changedCount++;
    const late = isLate(row.code);
    marks.push({
      pupilId: row.pupilId,
      date: baseline.date,
      session: baseline.session,
      code: row.code,
      ...(late && row.arrivalTime !== undefined ? { arrivalTime: row.arrivalTime } : {}),
      ...(late && row.minutesLate !== undefined ? { minutesLate: row.minutesLate } : {}),
      recordedBy: ctx.takenBy,
      recordedAt: ctx.at,
      ...(row.needsNote ? { note: row.reason.trim() } : {}),
    });
    if (row.needsReason) reasons.set(row.pupilId, row.reason.trim());
  }
  return {
    request: {
      date: baseline.date,
      session: baseline.session,
      marks,
      reasons,
      baseline,
      overwrite: ctx.overwrite,
      takenBy: ctx.takenBy,
      at: ctx.at,
    },
    held,
    changedCount,
  };
}

/** The draft after a save: entries that were saved or found unchanged are dropped; the rest are kept. */
export function draftAfterSave(draft: Draft, done: readonly number[]): Draft {
  const out: Record<string, DraftMark> = {};
  const drop = new Set(done.map(String));
  for (const key of Object.keys(draft)) if (!drop.has(key)) out[key] = draft[key];
  return out;
}

/** Sets a code from a button or the list. An arrival time is only kept with L or U. */
export function withCode(draft: Draft, pupilId: number, code: string | undefined): Draft {
  const key = String(pupilId);
  const prev = draft[key] ?? {};
  const next: DraftMark = { ...prev, code, ...(isLate(code) ? {} : { arrivalTime: undefined }) };
  return { ...draft, [key]: next };
}

/** "9.20", "920", "0920" → "09:20"; anything else unchanged (validation then says what is wrong). */
export function normaliseClockInput(text: string): string {
  const m = /^\s*(\d{1,2})[:.]?(\d{2})\s*$/.exec(text);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : text.trim();
}

/**
 * Records an arrival time as typed; a valid time inside the session sets the code (on time: the present code,
 * before the register closes: L, from then: U). Only L and U marks carry the time when saved.
 */
export function withArrival(
  draft: Draft,
  pupilId: number,
  arrivalText: string,
  session: Session,
  settings: Pick<SchoolSettings, 'sessions'>,
): Draft {
  const key = String(pupilId);
  const prev = draft[key] ?? {};
  const text = arrivalText.trim();
  if (text === '') return { ...draft, [key]: { ...prev, arrivalTime: undefined } };
  const result = isClockTime(text) ? codeForArrival(text, session, settings) : undefined;
  return { ...draft, [key]: { ...prev, arrivalTime: text, ...(result?.ok ? { code: result.code } : {}) } };
}

export function withReason(draft: Draft, pupilId: number, reason: string): Draft {
  const key = String(pupilId);
  return { ...draft, [key]: { ...(draft[key] ?? {}), reason } };
}

/** Forgets the unsaved change of one pupil (e.g. "keep theirs" after a conflict). */
export function withoutPupil(draft: Draft, pupilId: number): Draft {
  return draftAfterSave(draft, [pupilId]);
}

/** Every on-roll row without a code gets the session's present code. */
export function markAllUnmarkedPresent(draft: Draft, rows: readonly RegisterRowModel[], session: Session): Draft {
  let next = draft;
  for (const row of rows) if (row.onRoll && row.code === undefined) next = withCode(next, row.pupilId, presentCode(session));
  return next;
}

/** Pupil ids with an unsaved code in the draft. */
export function draftCount(draft: Draft): number {
  return Object.keys(draft).filter((k) => draft[k].code !== undefined || draft[k].arrivalTime !== undefined).length;
}

/** True once the register for `date` and `session` has closed (a past date has; a future one has not). */
export function registerHasClosed(date: string, session: Session, now: Date, settings: Pick<SchoolSettings, 'sessions'>): boolean {
  const today = londonToday(now);
  if (date !== today) return date < today;
  return minutesOfDay(londonClockTime(now)) >= minutesOfDay(settings.sessions[session].registerCloses);
}

/** The session to open by default (its own module: Today needs it without the register's model). */
export { defaultSession } from './defaultSession';

/** Pupils for first-day calling: on roll, and no mark or N once the register has closed (attendance policy). */
export function firstDayCalling(rows: readonly RegisterRowModel[]): RegisterRowModel[] {
  return rows.filter((r) => r.onRoll && (r.code === undefined || r.code === 'N'));
}

/** "20/11/2026 at 09:41" in London time (src/domain). */
export { formatLondonDateTime };

/** "sam.patel@…" → "Sam Patel" (src/ui/offline/personName). */
export { nameFromEmail } from '../../../../ui/offline/personName';
