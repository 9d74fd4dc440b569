/**
 * The attendance registers' saves (`data-attendance-write`, loaded at the first save or when a person first changes
 * a mark): the whole repository, the reads (AttendanceReads.ts, `data-attendance`) and saveRegister.
 */
import type { AttendanceAmendment, AttendanceMark } from '../../../domain';
import { advanceMarkIssue, attendanceMarkSchema, londonToday, minutesLateIssue, mondayOf, registerDateIssue } from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import { type WeekSessionField } from '../../../lists/weekSessions';
import { attendanceAmendmentsList } from '../../../lists/declared/attendanceAmendments';
import { registersList } from '../../../lists/declared/registers';
import { DataError } from '../../errors';
import type { IAttendanceRepository, RegisterConflict, RegisterSaveRequest, RegisterSaveResult } from '../../ports';
import { writePayload } from '../fieldWriter';
import { addInPupilFolder } from '../folderWriter';
import { loadSiteRegional } from '../siteRegional';
import { toDataError } from '../spErrors';
import { BatchNotAnswered, MAX_PARTS_PER_CALL, runBatchedAtOnce, utf8Bytes, type BatchedJob } from '../batchRetry';
import { amendmentMapper } from './amendmentMapper';
import { CLIENT_KEY_COLUMN } from '../exactlyOnce';
import { readWeeks, weeksList } from './weekReader';
import { DamagedWeekError, emptyWeek, sessionField, weekValues, withMarks, type WeekRecord } from './weekItem';
import { isSpSnapshot, markAt, SpAttendanceReads } from './AttendanceReads';
import { writerOf } from '../recordWriter';

export type { PupilRefLookup } from './AttendanceReads';

const amendmentsList = attendanceAmendmentsList;
const MAX_ROUNDS = 3;

const sameMark = (a: AttendanceMark | undefined, b: AttendanceMark): boolean =>
  a !== undefined && a.code === b.code && a.minutesLate === b.minutesLate && a.arrivalTime === b.arrivalTime && (a.note ?? '') === (b.note ?? '');

/** Whether a mark differs, as a register shows it (code and minutes late), from the one read before. */
const changedSince = (before: AttendanceMark | undefined, now: AttendanceMark | undefined): boolean =>
  (before?.code ?? '') !== (now?.code ?? '') || before?.minutesLate !== now?.minutesLate;

export class SpAttendanceRepository extends SpAttendanceReads implements IAttendanceRepository {
  public async saveRegister(request: RegisterSaveRequest): Promise<RegisterSaveResult> {
    const { date, session } = request;
    const field = sessionField(date, session);
    const failures: { pupilId: number; message: string }[] = [];
    const unchanged: number[] = [];
    const saved: number[] = [];
    const conflicts: RegisterConflict[] = [];
    const amended: AttendanceAmendment[] = [];
    /** Marks found stored by an earlier attempt whose amendments are written again (keyed: never twice). */
    const resent = new Set<number>();

    const sameRegisterAsRequest = request.baseline.date === date && request.baseline.session === session;
    const baseline = isSpSnapshot(request.baseline) && sameRegisterAsRequest ? request.baseline : await this.register(date, session);
    // A register carried over from an earlier page (saved with no connection, sent later) has no ETags: the marks it
    // showed then are what tells a mark someone else saved meanwhile apart from one nobody touched.
    const carried = !isSpSnapshot(request.baseline) && sameRegisterAsRequest ? new Map(request.baseline.entries.map((e) => [e.pupilId, e.mark])) : undefined;
    let weeks = new Map(baseline.weeks);

    // 0. The register itself: a date outside the terms, in a holiday or on a closure takes no marks at all.
    const rules = this.settings ? await this.settings() : undefined;
    const dateIssue = rules ? registerDateIssue(date, rules) : undefined;
    if (dateIssue !== undefined) {
      return { saved, unchanged, conflicts, failures: request.marks.map((m) => ({ pupilId: m.pupilId, message: `Not saved: ${dateIssue}.` })), snapshot: request.baseline };
    }

    // 1. Validate each mark on its own: a bad one is reported, the rest of the register still saves.
    let pending: AttendanceMark[] = [];
    const today = londonToday(this.now());
    for (const raw of request.marks) {
      const parsed = attendanceMarkSchema.safeParse(raw);
      const ahead = parsed.success ? advanceMarkIssue(parsed.data, today) : undefined;
      const late = parsed.success && rules ? minutesLateIssue(parsed.data.minutesLate, parsed.data.session, rules) : undefined;
      if (!parsed.success) {
        failures.push({ pupilId: raw.pupilId, message: parsed.error.issues[0].message });
      } else if (late !== undefined) {
        failures.push({ pupilId: raw.pupilId, message: late });
      } else if (ahead !== undefined) {
        failures.push({ pupilId: raw.pupilId, message: ahead.message });
      } else if (parsed.data.date !== date || parsed.data.session !== session) {
        failures.push({ pupilId: raw.pupilId, message: `This mark is for ${parsed.data.date} ${parsed.data.session}, not this register.` });
      } else if (sameMark(markAt(weeks.get(raw.pupilId), field), parsed.data)) {
        unchanged.push(raw.pupilId);
        // Sent again from this device after an answer was lost: the mark is stored, and its amendment is made sure of
        // (under the same key as the first attempt, so never twice).
        const loaded = carried?.get(raw.pupilId);
        const reason = request.reasons.get(raw.pupilId)?.trim();
        if (loaded !== undefined && loaded.code !== parsed.data.code && reason) {
          amended.push(amendmentOf(parsed.data, loaded.code, reason, request));
          resent.add(raw.pupilId);
        }
      } else if (carried && sameMark(carried.get(raw.pupilId), parsed.data)) {
        unchanged.push(raw.pupilId); // not changed on that page: whatever is stored now stays
      } else if (carried && changedSince(carried.get(raw.pupilId), markAt(weeks.get(raw.pupilId), field)) && !request.overwrite?.has(raw.pupilId)) {
        conflicts.push({ pupilId: raw.pupilId, mine: parsed.data, theirs: markAt(weeks.get(raw.pupilId), field) });
      } else {
        pending.push(parsed.data);
      }
    }
    // Pupil references (their folders) only where an item is made there: a new week item or an amendment. A register
    // whose pupils all have this week's item and whose saved marks are not changed reads no pupils at all.
    const needsFolder = (m: AttendanceMark): boolean => {
      const week = weeks.get(m.pupilId);
      const previous = markAt(week, field);
      return week?.itemId === undefined || (previous !== undefined && previous.code !== m.code);
    };
    const refs = new Map(await this.refsOf([...pending.filter(needsFolder).map((m) => m.pupilId), ...resent]));

    // 2. Write, then re-read the weeks that moved underneath and retry where only other sessions changed.
    const total = pending.length;
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
      const outcome = await this.writeRound(pending, weeks, field, request, refs, failures, amended);
      saved.push(...outcome.saved);
      if (outcome.stale.length === 0 && outcome.unknown.length === 0) {
        pending = [];
        break;
      }
      // What SharePoint stored is found out before anything is said: a write whose answer was lost may have run.
      let fresh: Map<number, WeekRecord>;
      try {
        fresh = new Map((await readWeeks(this.sp, `PwWeek eq '${mondayOf(date)}'`, 'reload the register')).weeks.map((w) => [w.pupilId, w]));
      } catch (e) {
        if (outcome.unknown.length === 0) throw e;
        throw new DataError('unknown-outcome', stoppedAnsweringMessage(new Set(saved).size, outcome.unknown.length, total));
      }
      const retry: AttendanceMark[] = [];
      for (const mine of outcome.unknown) {
        if (sameMark(markAt(fresh.get(mine.pupilId), field), mine)) saved.push(mine.pupilId);
        else retry.push(mine); // known not stored: send it again
      }
      for (const mine of outcome.stale) {
        const before = markAt(weeks.get(mine.pupilId), field);
        const theirs = markAt(fresh.get(mine.pupilId), field);
        const theyChangedThisMark = changedSince(before, theirs);
        if (sameMark(theirs, mine)) saved.push(mine.pupilId);
        else if (!theyChangedThisMark || request.overwrite?.has(mine.pupilId)) retry.push(mine);
        else conflicts.push({ pupilId: mine.pupilId, mine, theirs });
      }
      weeks = new Map([...weeks, ...fresh]);
      pending = retry;
    }
    // Still stale after the last round: someone kept saving over these marks.
    for (const m of pending) {
      failures.push({ pupilId: m.pupilId, message: 'The mark kept changing while saving: open the register again and re-check it.' });
    }

    // 3. The audit trail, only for marks that were really saved.
    // One amendment per mark: a mark written again in a later round replaces the one its first round noted.
    const lastAmendment = new Map(amended.map((a) => [a.pupilId, a]));
    // A mark someone else saved meanwhile, changed in a later round, is amended too: its pupil's folder is found now.
    (await this.refsOf([...lastAmendment.keys()].filter((id) => !refs.has(id)))).forEach((ref, id) => refs.set(id, ref));
    // 4. The amendments, who took the register and the register as now stored: one round trip (none waits for another).
    const known = baseline.takenBy !== undefined && baseline.takenAt !== undefined ? { by: baseline.takenBy, at: baseline.takenAt } : undefined;
    const [, taken, read] = await Promise.all([
      this.writeAmendments([...lastAmendment.values()].filter((a) => saved.includes(a.pupilId) || resent.has(a.pupilId)), refs, failures),
      saved.length > 0 ? this.recordTaken(date, session, request.takenBy, request.at, known) : this.registerRecord(date, session),
      readWeeks(this.sp, `PwWeek eq '${mondayOf(date)}'`, 'load the register'),
    ]);

    return { saved, unchanged, conflicts, failures, snapshot: this.snapshotOf(date, session, read, taken) };
  }

  /** One batch: a MERGE (guarded by the ETag) or a create in the pupil's folder per mark. */
  private async writeRound(
    marks: readonly AttendanceMark[],
    weeks: ReadonlyMap<number, WeekRecord>,
    field: WeekSessionField,
    request: RegisterSaveRequest,
    refs: ReadonlyMap<number, string>,
    failures: { pupilId: number; message: string }[],
    amended: AttendanceAmendment[],
  ): Promise<{ saved: number[]; stale: AttendanceMark[]; unknown: AttendanceMark[] }> {
    const saved: number[] = [];
    const stale: AttendanceMark[] = [];
    const unknown: AttendanceMark[] = [];
    const writes: { mark: AttendanceMark; job: BatchedJob<unknown>; creates: boolean; bytes: number }[] = [];
    for (const mark of marks) {
      const base = weeks.get(mark.pupilId) ?? emptyWeek(mark.pupilId, mondayOf(mark.date));
      const previous = markAt(base, field);
      if (previous !== undefined && previous.code !== mark.code) {
        const reason = request.reasons.get(mark.pupilId)?.trim();
        if (!reason) {
          failures.push({ pupilId: mark.pupilId, message: `Give a reason for changing the saved mark from ${previous.code} to ${mark.code}.` });
          continue;
        }
        amended.push(amendmentOf(mark, previous.code, reason, request));
      }
      if (base.damagedDetail) {
        failures.push({ pupilId: mark.pupilId, message: new DamagedWeekError(base.damagedDetail).message });
        continue;
      }
      const next = withMarks(base, [mark]);
      const values = weekValues(next, [field]);
      const ref = refs.get(mark.pupilId);
      const { itemId, etag } = base;
      const job: BatchedJob<unknown> =
        itemId !== undefined
          ? (batched) => batched.web.lists.getByTitle(weeksList.title).items.getById(itemId).update(writePayload(weeksList, values), etag ?? '*')
          : ref === undefined
            ? () => Promise.reject(new DataError('not-found', 'This pupil is not on the register you can see.'))
            : (batched) => addInPupilFolder(batched, this.siteUrl, weeksList, ref, values);
      // The body's size, over-counted: a new item's form values carry each value again as an escaped string.
      writes.push({ mark, job, creates: itemId === undefined, bytes: 2 * utf8Bytes(JSON.stringify(values)) + 1024 });
    }
    // Parts SharePoint throttles inside the batch are sent again (only they); the rest are never sent twice.
    // A new item's form values are queued in the batch, where nothing may be awaited: the site's regional settings first.
    if (writes.some((w) => w.creates)) await loadSiteRegional(this.sp, this.siteUrl);
    // Each write is to its own pupil's week item: batches of up to 100 (SharePoint's most, under its 1 MiB body) go at
    // once (one round trip), not one after another.
    const results = await runBatchedAtOnce(
      this.sp,
      writes.map((w) => w.job),
      { partsPerCall: MAX_PARTS_PER_CALL, bodyBytes: (i) => writes[i].bytes },
    );
    results.forEach((result, i) => {
      const { mark } = writes[i];
      if (result.status === 'fulfilled') {
        saved.push(mark.pupilId);
        return;
      }
      const err = toDataError(result.reason, 'save the mark');
      if (err.kind === 'conflict' || err.kind === 'duplicate') stale.push(mark);
      else if (result.reason instanceof BatchNotAnswered || err.kind === 'network' || (err.kind === 'unknown' && (err.status ?? 500) >= 500)) unknown.push(mark);
      else failures.push({ pupilId: mark.pupilId, message: err.message });
    });
    return { saved, stale, unknown };
  }

  private async writeAmendments(
    amendments: readonly AttendanceAmendment[],
    refs: ReadonlyMap<number, string>,
    failures: { pupilId: number; message: string }[],
  ): Promise<void> {
    if (amendments.length === 0) return;
    await loadSiteRegional(this.sp, this.siteUrl);
    const [batched, execute] = this.sp.batched();
    const jobs = amendments.map((a) => {
      const ref = refs.get(a.pupilId);
      if (ref === undefined) return Promise.resolve();
      return addInPupilFolder(batched, this.siteUrl, amendmentsList, ref, { ...writerOf(amendmentMapper).toValues(a), [CLIENT_KEY_COLUMN]: amendmentKey(a) }).then(
        () => undefined,
        (e: unknown) => {
          const err = toDataError(e, 'record the amendment');
          // Its key is taken: an earlier attempt (whose answer was lost) stored it. Nothing to do.
          if (err.kind === 'duplicate' && err.message.includes(CLIENT_KEY_COLUMN)) return;
          failures.push({ pupilId: a.pupilId, message: `The mark was saved but its amendment record was not: ${err.message}` });
        },
      );
    });
    await execute();
    await Promise.all(jobs);
  }

  /**
   * Who took the register and when: written once, by the first save (later changes are amendments). `known`: the
   * record the register showed when loaded (nothing to write). Otherwise it is added straight away: its key is
   * unique, so when someone else's save recorded it meanwhile the add is refused as a duplicate, and theirs is read.
   */
  private async recordTaken(date: string, session: Session, by: string, at: string, known: { by: string; at: string } | undefined): Promise<{ by: string; at: string } | undefined> {
    if (known) return known;
    try {
      await this.sp.web.lists.getByTitle(registersList.title).items.add(
        writePayload(registersList, { Title: `${date} ${session}`, PwRegisterKey: `${date}|${session}`, PwDate: date, PwSession: session, PwTakenBy: by, PwTakenAt: at }),
      );
      return { by, at };
    } catch (e) {
      const err = toDataError(e, 'record who took the register');
      if (err.kind !== 'duplicate') throw err;
      return this.registerRecord(date, session);
    }
  }
}


/** The amendment of a saved mark changed by this save. */
function amendmentOf(mark: AttendanceMark, originalCode: string, reason: string, request: RegisterSaveRequest): AttendanceAmendment {
  return {
    pupilId: mark.pupilId, date: mark.date, session: mark.session, originalCode,
    newCode: mark.code, reason, amendedBy: request.takenBy, amendedAt: request.at,
  };
}

/**
 * An amendment's key, made from the save it belongs to before the first attempt (pupil, register, the save's time):
 * the same save sent again (a batch PnPjs re-sends, the offline queue) finds the first copy instead of a second.
 */
export function amendmentKey(a: AttendanceAmendment): string {
  return `amend|${a.pupilId}|${a.date}|${a.session}|${a.amendedAt}`.slice(0, 64);
}

/** After SharePoint stopped answering mid-save and could not be asked what it stored: what is known, and what to do. */
function stoppedAnsweringMessage(saved: number, unknown: number, total: number): string {
  const marks = (n: number): string => `${n} mark${n === 1 ? '' : 's'}`;
  const rest = saved + unknown === total ? `the other ${unknown}` : `${marks(unknown)} more`;
  return (
    `SharePoint stopped answering during the save: ${saved} of ${marks(total)} were saved; ${rest} may or may not have been. ` +
    'Your marks are kept on this device: when the connection is back, open the register again to see what was saved, and save again (nothing is saved twice).'
  );
}
