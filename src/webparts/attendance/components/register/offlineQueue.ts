import { attendanceMarkSchema, type AttendanceMark } from '../../../../domain';
import { SESSIONS, type Session } from '../../../../domain/vocabulary';
import type { RegisterConflict, RegisterEntry, RegisterSaveRequest, RegisterSnapshot } from '../../../../data/ports';
import { parseStoredArray, putItem, readKind, removeItem, replaceItem, type Queued, type QueueCodec } from '../../../../ui/offline/offlineQueue';
import { changedPupils, LEGACY_REGISTER_KEY, REGISTER_KIND, registerId, toStored } from './keepRegister';

export { changedPupils, LEGACY_REGISTER_KEY, registerId, toStored };

/**
 * Registers saved with no connection, in the offline queue (src/ui/offline/offlineQueue.ts; kind 'register'): each
 * is the whole save request as it would have gone to SharePoint, with the register as it was loaded (its marks are
 * what a mark saved meanwhile by someone else is told apart by), who took it and when. One entry per person, date
 * and session: saving the same register again while offline replaces it (the draft holds every mark). Once sent,
 * an entry whose marks met someone else's newer marks stays with those conflicts until they are resolved.
 */

export interface QueuedRegister {
  readonly user: string;
  readonly date: string;
  readonly session: Session;
  readonly queuedAt: string;
  readonly request: RegisterSaveRequest;
  /** Set once sent: the marks someone else had changed meanwhile (kept for the person to choose). */
  readonly conflicts?: readonly RegisterConflict[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSession = (v: unknown): v is Session => typeof v === 'string' && (SESSIONS as readonly string[]).includes(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isText = (v: unknown): v is string => typeof v === 'string';

function markOf(v: unknown): AttendanceMark | undefined {
  const parsed = attendanceMarkSchema.safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

/** Reads a stored request back; undefined when any part is not as written (the store is outside our control). */
export function fromStored(v: unknown): RegisterSaveRequest | undefined {
  if (!isRecord(v) || !isDate(v.date) || !isSession(v.session) || !isText(v.takenBy) || !isText(v.at)) return undefined;
  if (!Array.isArray(v.marks) || !Array.isArray(v.reasons) || !Array.isArray(v.overwrite) || !isRecord(v.baseline)) return undefined;
  const marks = v.marks.map(markOf);
  if (marks.some((m) => m === undefined)) return undefined;
  const reasons = new Map<number, string>();
  for (const r of v.reasons) {
    if (!Array.isArray(r) || typeof r[0] !== 'number' || !isText(r[1])) return undefined;
    reasons.set(r[0], r[1]);
  }
  const b = v.baseline;
  if (b.date !== v.date || b.session !== v.session || !Array.isArray(b.entries)) return undefined;
  const entries: RegisterEntry[] = [];
  for (const e of b.entries) {
    if (!isRecord(e) || typeof e.pupilId !== 'number') return undefined;
    const mark = e.mark === undefined ? undefined : markOf(e.mark);
    if (e.mark !== undefined && mark === undefined) return undefined;
    entries.push({ pupilId: e.pupilId, ...(mark ? { mark } : {}) });
  }
  const baseline: RegisterSnapshot = {
    date: v.date,
    session: v.session,
    entries,
    ...(isText(b.takenBy) ? { takenBy: b.takenBy } : {}),
    ...(isText(b.takenAt) ? { takenAt: b.takenAt } : {}),
  };
  const overwrite = new Set(v.overwrite.filter((n): n is number => typeof n === 'number'));
  return { date: v.date, session: v.session, marks: marks as AttendanceMark[], reasons, baseline, overwrite, takenBy: v.takenBy, at: v.at };
}

function conflictsOf(v: unknown): RegisterConflict[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: RegisterConflict[] = [];
  for (const c of v) {
    if (!isRecord(c) || typeof c.pupilId !== 'number') continue;
    const mine = markOf(c.mine);
    if (!mine) continue;
    const theirs = c.theirs === undefined ? undefined : markOf(c.theirs);
    out.push({ pupilId: c.pupilId, mine, ...(theirs ? { theirs } : {}) });
  }
  return out;
}

/** Parses registers as kept under the former key (pathwaysHub.registerQueue.v1), dropping a damaged one, never the others. */
export function parseQueue(text: string | null): QueuedRegister[] {
  const out: QueuedRegister[] = [];
  for (const raw of parseStoredArray(text)) {
    if (!isRecord(raw) || !isText(raw.user) || !isText(raw.queuedAt)) continue;
    const request = fromStored(raw.request);
    if (!request) continue;
    const conflicts = conflictsOf(raw.conflicts);
    out.push({ user: raw.user, date: request.date, session: request.session, queuedAt: raw.queuedAt, request, ...(conflicts ? { conflicts } : {}) });
  }
  return out.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Registers in the former key's format (what parseQueue reads). */
export function serializeQueue(queue: readonly QueuedRegister[]): string {
  return JSON.stringify(
    queue.map((q) => ({ user: q.user, queuedAt: q.queuedAt, request: toStored(q.request), ...(q.conflicts ? { conflicts: q.conflicts } : {}) })),
  );
}

const toItem = (q: QueuedRegister): Queued<RegisterSaveRequest, readonly RegisterConflict[]> => ({
  kind: REGISTER_KIND,
  id: registerId(q),
  user: q.user,
  queuedAt: q.queuedAt,
  payload: q.request,
  ...(q.conflicts ? { conflict: q.conflicts } : {}),
});

/** A queued register as the attendance screens speak of it. */
export const queuedRegisterOf = (q: Queued<RegisterSaveRequest, readonly RegisterConflict[]>): QueuedRegister => ({
  user: q.user,
  date: q.payload.date,
  session: q.payload.session,
  queuedAt: q.queuedAt,
  request: q.payload,
  ...(q.conflict ? { conflicts: q.conflict } : {}),
});

/** Registers in the offline queue: the save request as JSON; a conflict is the marks someone else had changed. */
export const registerCodec: QueueCodec<RegisterSaveRequest, readonly RegisterConflict[]> = {
  kind: REGISTER_KIND,
  idOf: registerId,
  toStored,
  fromStored,
  conflictToStored: (c) => c,
  conflictFromStored: conflictsOf,
  legacy: { key: LEGACY_REGISTER_KEY, items: (text) => parseQueue(text).map(toItem) },
};

export function readQueue(): QueuedRegister[] {
  return readKind(registerCodec).map(queuedRegisterOf);
}

/** Adds or replaces the entry for this person, date and session (read fresh: another tab may have changed it). */
export function enqueueRegister(entry: QueuedRegister): boolean {
  return putItem(registerCodec, toItem(entry));
}

export function removeQueued(which: { user: string; date: string; session: string }): void {
  removeItem({ kind: REGISTER_KIND, id: registerId(which), user: which.user });
}

export function replaceQueued(entry: QueuedRegister): void {
  replaceItem(registerCodec, toItem(entry));
}
