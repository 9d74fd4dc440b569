/**
 * The attendance registers' reads (`data-attendance`, what a first screen loads). The saves (AttendanceRepository.ts,
 * `data-attendance-write`: validation, the batched writes, amendments, who took the register) extend this class and
 * load at the first save, or when a person first changes a mark (preloadData).
 */
import type { AttendanceMark } from '../../../domain';
import { academicYearBounds, addWeeks, mondayOf, type SchoolSettings } from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import { type WeekSessionField } from '../../../lists/weekSessions';
import { registersList } from '../../../lists/declared/registers';
import type { RecordValidationError } from '../../errors';
import type { AmendmentsRead, IAttendanceRepository, MarksRead, RegisterEntry, RegisterSnapshot } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll } from '../listReader';
import { toDataError } from '../spErrors';
import { amendmentMapper } from './amendmentMapper';
import { readWeekCodes, readWeeks, readWeeksBatched, type WeeksRead } from './weekReader';
import { marksOfWeek, sessionField, type WeekRecord } from './weekItem';

/** Resolves pupil ids to pupil references (the folder names). */
export type PupilRefLookup = (pupilIds: readonly number[]) => Promise<ReadonlyMap<number, string>>;

/** The methods that write (the rest read). */
export type AttendanceWrite = 'saveRegister';

/** A snapshot that also carries the week items it was read from (their ETags guard the save). */
export interface SpRegisterSnapshot extends RegisterSnapshot {
  readonly weeks: ReadonlyMap<number, WeekRecord>;
}

export const isSpSnapshot = (s: RegisterSnapshot): s is SpRegisterSnapshot => (s as Partial<SpRegisterSnapshot>).weeks instanceof Map;

/** Attaches the problems met while reading to the marks read. */
function marksRead(marks: AttendanceMark[], problems: readonly RecordValidationError[]): MarksRead {
  return problems.length === 0 ? marks : Object.assign(marks, { problems });
}

export function markAt(week: WeekRecord | undefined, field: WeekSessionField): AttendanceMark | undefined {
  if (!week || week.codes[field] === undefined) return undefined;
  return marksOfWeek({ ...week, codes: { [field]: week.codes[field] } })[0];
}

export class SpAttendanceReads implements Omit<IAttendanceRepository, AttendanceWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly pupilRefs: PupilRefLookup,
    /** The clock that says which registers are still ahead (only what is known ahead is saved for them). */
    protected readonly now: () => Date = () => new Date(),
    /** The settings whose terms, closures and session times every save is checked against (none: not checked). */
    protected readonly settings?: () => Promise<Pick<SchoolSettings, 'terms' | 'closures' | 'sessions'>>,
  ) {}

  public async register(date: string, session: Session): Promise<SpRegisterSnapshot> {
    // The week's items and who took the register: one round trip (the two reads at once).
    const [read, taken] = await Promise.all([this.weekInFlight(mondayOf(date)), this.registerRecord(date, session)]);
    return this.snapshotOf(date, session, read, taken);
  }

  /** Week reads under way, by Monday: the morning's and afternoon's registers asked at once (Today) share one read. */
  private readonly weeksInFlight = new Map<string, Promise<WeeksRead>>();

  /** The week's items; a read already under way for that week is shared (never a finished one: each later call reads afresh). */
  private weekInFlight(monday: string): Promise<WeeksRead> {
    const pending = this.weeksInFlight.get(monday);
    if (pending) return pending;
    const read = readWeeks(this.sp, `PwWeek eq '${monday}'`, 'load the register');
    this.weeksInFlight.set(monday, read);
    const done = (): void => void this.weeksInFlight.delete(monday);
    read.then(done, done);
    return read;
  }

  protected async refsOf(pupilIds: readonly number[]): Promise<ReadonlyMap<number, string>> {
    return pupilIds.length === 0 ? new Map() : this.pupilRefs(pupilIds);
  }

  protected snapshotOf(date: string, session: Session, read: { weeks: WeekRecord[]; problems: RecordValidationError[] }, taken: { by: string; at: string } | undefined): SpRegisterSnapshot {
    const field = sessionField(date, session);
    const byPupil = new Map(read.weeks.map((w) => [w.pupilId, w]));
    const entries: RegisterEntry[] = read.weeks.map((w) => ({ pupilId: w.pupilId, mark: markAt(w, field) }));
    return { date, session, entries, weeks: byPupil, takenBy: taken?.by, takenAt: taken?.at, problems: read.problems };
  }

  public async marksForPupil(pupilId: number, from?: string, to?: string): Promise<MarksRead> {
    const { weeks, problems } = await readWeeks(this.sp, `PwPupilId eq ${pupilId}`, "load the pupil's attendance");
    const marks = weeks
      .flatMap(marksOfWeek)
      .filter((m) => (from === undefined || m.date >= from) && (to === undefined || m.date <= to))
      .sort((a, b) => (a.date === b.date ? a.session.localeCompare(b.session) : a.date.localeCompare(b.date)));
    return marksRead(marks, problems);
  }

  public async marksForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<MarksRead> {
    if (pupilIds.length === 0) return [];
    const { weeks, problems } = await readWeeksBatched(this.sp, [...new Set(pupilIds)].map((id) => `PwPupilId eq ${id}`), "load the pupils' attendance");
    return marksRead(weeks.flatMap(marksOfWeek).filter((m) => (from === undefined || m.date >= from) && (to === undefined || m.date <= to)), problems);
  }

  /**
   * One query per week (PwWeek, indexed: each matches at most the pupils on roll that week), batches of 20 sent at
   * once; only the codes are read (readWeekCodes: the statistics' columns, no per-session detail).
   * The single PwAcademicYear query is never used: SharePoint counts the rows it matches before security trimming,
   * so it fails for everyone, home-school staff who see five pupils included, once a year holds 5,000 week items.
   */
  public async marksForYear(academicYear: string): Promise<MarksRead> {
    const { start, end } = academicYearBounds(academicYear);
    const mondays: string[] = [];
    for (let monday = mondayOf(start); monday <= end; monday = addWeeks(monday, 1)) mondays.push(monday);
    const { weeks, problems } = await readWeekCodes(this.sp, mondays, 'load the attendance for the year');
    return marksRead(weeks.flatMap(marksOfWeek), problems);
  }

  /** The week's items (PwWeek, indexed: at most the pupils on roll that week), the same read as a register's. */
  public async marksForWeek(monday: string): Promise<MarksRead> {
    const { weeks, problems } = await readWeeks(this.sp, `PwWeek eq '${mondayOf(monday)}'`, 'load the week of registers');
    return marksRead(weeks.flatMap(marksOfWeek), problems);
  }

  public async amendmentsForPupil(pupilId: number): Promise<AmendmentsRead> {
    const result = await readAll(this.sp, amendmentMapper, { what: 'load the amendments', filter: `PwPupilId eq ${pupilId}` });
    return result.problems.length === 0 ? result.items : Object.assign(result.items, { problems: result.problems });
  }

  protected async registerRecord(date: string, session: Session): Promise<{ id: number; by: string; at: string } | undefined> {
    try {
      const rows = await this.sp.web.lists
        .getByTitle(registersList.title)
        .items.select('Id', 'PwTakenBy', 'PwTakenAt')
        .filter(`PwRegisterKey eq '${date}|${session}'`)
        .top(1)<{ Id: number; PwTakenBy: string; PwTakenAt: string }[]>();
      return rows[0] ? { id: rows[0].Id, by: rows[0].PwTakenBy, at: rows[0].PwTakenAt } : undefined;
    } catch (e) {
      throw toDataError(e, 'load who took the register');
    }
  }

}
