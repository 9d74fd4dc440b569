/**
 * In-memory services for component tests (React Testing Library). They implement the same interfaces as the
 * SharePoint repositories; the repositories themselves are tested against the emulator over HTTP.
 */
import { FakeHomeSchoolAccess } from './fakeHomeSchoolAccess';
import type { IServices } from '../../src/composition/IServices';
import type {
  IAttendanceActionRepository,
  IAttendanceRepository,
  IPupilRepository,
  RegisterSaveResult,
  RegisterSnapshot,
  ReadResult,
  Saved,
} from '../../src/data/ports';
import { addDays, DEFAULT_SETTINGS, type AttendanceAmendment, type AttendanceMark, type Pupil, type School, type SchoolContact, type SchoolSettings } from '../../src/domain';
import type { Session } from '../../src/domain/vocabulary';
import type { AttendanceActionRecord } from '../../src/domain';
import type { Pip, PipReview } from '../../src/domain';
import { FakePips } from './fakePips';
import { TransferService } from '../../src/data/transfer/TransferService';
import { FakeLaReturns } from './fakeLaReturns';
import { FakeLeadershipReports } from './fakeLeadershipReports';
import { FakeLetters } from './fakeLetters';
import type { LearningLog, LearningLogEntry, Target } from '../../src/domain';
import { FakeLearningLogs, FakeTargets } from './fakeLearningAndTargets';
import { FakeAssessments, FakePupilHistory, FakeSupportPlans, FakeUserAccess } from './fakeSend';
import type { Assessment, SupportPlanInput } from '../../src/domain';
import type { EhcRequest, NotificationRecord, ReviewMeeting } from '../../src/domain';
import { FakeEhcRequests, FakeMeetings, FakeMeetingService, FakeNotifications } from './fakeMeetings';
import { createFakeImports } from './fakeImports';
import { FakeSettings } from './fakeSettings';
import { FakeSchools } from './fakeSchools';
import { FakeParentContacts } from './fakeParentContacts';
import { FakeBehaviourLog, FakeSemhProfiles } from './fakeBehaviour';
import { FakeTransitionPlans } from './fakeTransition';
import { FakeSiteSetup } from './fakeSiteSetup';
import type { ISiteSetup } from '../../src/data/sp/setup/health/healthTypes';

const saved = <T>(value: T, id: number): Saved<T> => ({ ...value, id, etag: `"${id},1"` });

export interface FakeData {
  siteSetup?: ISiteSetup;
  /** Staff in the site's user list (the people directory finds their names). */
  people?: { email: string; displayName: string }[];
  pupils?: Pupil[];
  schools?: School[];
  contacts?: SchoolContact[];
  marks?: AttendanceMark[];
  /** Stage 2 and 3 actions already recorded. */
  actions?: AttendanceActionRecord[];
  /** Contacts with parents and carers already recorded (services.parentContacts is a FakeParentContacts). */
  parentContacts?: import('../../src/domain').ParentContact[];
  /** Behaviour and engagement log entries and SEMH focus profiles (services.behaviourLog / semhProfiles are fakes). */
  behaviourLog?: import('../../src/domain').BehaviourLogEntry[];
  semhProfiles?: import('../../src/domain').SemhProfile[];
  /** Part-time-timetable returns recorded as sent (each with a one-byte file). */
  laReturns?: import('../../src/domain').LaReturnSent[];
  /** Exit and transition plans (services.transitionPlans is a fake). */
  transitionPlans?: import('../../src/domain').TransitionPlan[];
  /** PIPs and their reviews (services.pips is a FakePips). */
  pips?: Pip[];
  pipReviews?: PipReview[];
  learningLogs?: LearningLog[];
  learningLogEntries?: LearningLogEntry[];
  targets?: Target[];
  supportPlans?: SupportPlanInput[];
  assessments?: Assessment[];
  /** Whether the signed-in user is PRU staff (default true). */
  pruStaff?: boolean;
  /** What SharePoint lets the user do on the Pupils list (default: enrol and edit when PRU staff). */
  pupilRights?: { canAdd: boolean; canEdit: boolean };
  /** What SharePoint lets the user do (default: everything for PRU staff, nothing for home-school staff). */
  permissions?: import('../../src/data/ports').UserPermission[];
  /** Review meetings, LA requests and the notifications log (services.meetings is a FakeMeetings …). */
  meetings?: ReviewMeeting[];
  ehcRequests?: EhcRequest[];
  notifications?: NotificationRecord[];
  settings?: SchoolSettings;
  now?: Date;
}

export class FakeAttendance implements IAttendanceRepository {
  public readonly marks: AttendanceMark[];
  public readonly amendments: AttendanceAmendment[] = [];
  public saves = 0;

  public constructor(marks: AttendanceMark[]) {
    this.marks = [...marks];
  }

  public async register(date: string, session: Session): Promise<RegisterSnapshot> {
    const entries = this.marks.filter((m) => m.date === date && m.session === session).map((mark) => ({ pupilId: mark.pupilId, mark }));
    return { date, session, entries };
  }

  public async saveRegister(request: Parameters<IAttendanceRepository['saveRegister']>[0]): Promise<RegisterSaveResult> {
    this.saves++;
    const saved: number[] = [];
    const failures: { pupilId: number; message: string }[] = [];
    for (const mark of request.marks) {
      const i = this.marks.findIndex((m) => m.pupilId === mark.pupilId && m.date === mark.date && m.session === mark.session);
      const previous = i >= 0 ? this.marks[i] : undefined;
      if (previous && previous.code !== mark.code) {
        const reason = request.reasons.get(mark.pupilId);
        if (!reason) {
          failures.push({ pupilId: mark.pupilId, message: `Give a reason for changing the saved mark from ${previous.code} to ${mark.code}.` });
          continue;
        }
        this.amendments.push({ pupilId: mark.pupilId, date: mark.date, session: mark.session, originalCode: previous.code, newCode: mark.code, reason, amendedBy: request.takenBy, amendedAt: request.at });
      }
      if (i >= 0) this.marks[i] = mark;
      else this.marks.push(mark);
      saved.push(mark.pupilId);
    }
    return { saved, unchanged: [], conflicts: [], failures, snapshot: await this.register(request.date, request.session) };
  }

  public async marksForPupil(pupilId: number, from?: string, to?: string): Promise<AttendanceMark[]> {
    return this.marks.filter((m) => m.pupilId === pupilId && (!from || m.date >= from) && (!to || m.date <= to));
  }

  public async marksForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<AttendanceMark[]> {
    return this.marks.filter((m) => pupilIds.includes(m.pupilId) && (!from || m.date >= from) && (!to || m.date <= to));
  }

  public async marksForYear(): Promise<AttendanceMark[]> {
    return [...this.marks];
  }

  public weekReads = 0;

  public async marksForWeek(monday: string): Promise<AttendanceMark[]> {
    this.weekReads++;
    const sunday = addDays(monday, 6);
    return this.marks.filter((m) => m.date >= monday && m.date <= sunday);
  }

  public async amendmentsForPupil(pupilId: number): Promise<AttendanceAmendment[]> {
    return this.amendments.filter((a) => a.pupilId === pupilId);
  }
}

/** Stage 2 and 3 actions in memory; `added` keeps the pupil reference each was filed under. */
export class FakeAttendanceActions implements IAttendanceActionRepository {
  public readonly records: Saved<AttendanceActionRecord>[];
  public readonly added: { record: AttendanceActionRecord; pupilRef: string }[] = [];

  public constructor(records: AttendanceActionRecord[]) {
    this.records = records.map((r, i) => saved(r, r.id ?? i + 1));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    return { items: this.records.filter((r) => r.pupilId === pupilId), problems: [] };
  }

  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AttendanceActionRecord>>> {
    return { items: this.records.filter((r) => pupilIds.includes(r.pupilId)), problems: [] };
  }

  public async add(record: AttendanceActionRecord, pupilRef: string): Promise<Saved<AttendanceActionRecord>> {
    const s = saved(record, this.records.length + 1);
    this.records.push(s);
    this.added.push({ record, pupilRef });
    return s;
  }
}

export function createFakeServices(
  data: FakeData = {},
): IServices & { attendance: FakeAttendance; attendanceActions: FakeAttendanceActions; learningLogs: FakeLearningLogs; targets: FakeTargets; supportPlans: FakeSupportPlans; assessments: FakeAssessments; pupilHistory: FakePupilHistory; settings: FakeSettings; schools: FakeSchools; behaviourLog: FakeBehaviourLog; semhProfiles: FakeSemhProfiles; transitionPlans: FakeTransitionPlans } {
  const pupils = (data.pupils ?? []).map((p, i) => saved(p, p.id ?? i + 1));
  const schools = (data.schools ?? []).map((s, i) => saved(s, s.id ?? i + 1));
  const contacts = (data.contacts ?? []).map((c, i) => saved(c, c.id ?? i + 1));
  const pupilRepo: IPupilRepository = {
    list: async () => ({ items: pupils, problems: [] }),
    get: async (id) => {
      const p = pupils.find((x) => x.id === id);
      if (!p) throw new Error(`No pupil ${id}`);
      return p;
    },
    create: async (p) => {
      const s = saved(p, pupils.length + 1);
      pupils.push(s);
      return s;
    },
    update: async (id, _etag, p) => {
      const s = saved(p, id);
      const i = pupils.findIndex((x) => x.id === id);
      if (i >= 0) pupils[i] = s;
      return s;
    },
  };
  const schoolRepo = new FakeSchools(schools, contacts);
  const settings = new FakeSettings(data.settings);
  const now = data.now ?? new Date('2026-11-20T10:00:00Z');
  const meetings = new FakeMeetings(data.meetings ?? []);
  const attendance = new FakeAttendance(data.marks ?? []);
  const letters = new FakeLetters();
  const pupilHistory = new FakePupilHistory(pupilRepo);
  const fakePips = new FakePips(data.pips ?? [], data.pipReviews ?? [], data.settings ?? DEFAULT_SETTINGS, () => now);
  return {
    pupils: pupilRepo,
    pupilAccess: new FakeHomeSchoolAccess(),
    schools: schoolRepo,
    attendance,
    settings,
    attendanceActions: new FakeAttendanceActions(data.actions ?? []),
    parentContacts: new FakeParentContacts(data.parentContacts ?? [], () => now),
    behaviourLog: new FakeBehaviourLog(data.behaviourLog ?? [], () => now),
    semhProfiles: new FakeSemhProfiles(data.semhProfiles ?? [], () => settings.get(), () => now),
    transitionPlans: new FakeTransitionPlans(data.transitionPlans ?? [], () => now),
    pips: fakePips,
    letters,
    laReturns: new FakeLaReturns(data.laReturns ?? []),
    leadershipReports: new FakeLeadershipReports(),
    learningLogs: new FakeLearningLogs(data.learningLogs ?? [], data.learningLogEntries ?? []),
    targets: new FakeTargets(data.targets ?? []),
    supportPlans: new FakeSupportPlans(data.supportPlans ?? []),
    assessments: new FakeAssessments(data.assessments ?? []),
    pupilHistory,
    userAccess: new FakeUserAccess(data.pruStaff ?? true, data.pupilRights, data.permissions),
    people: {
      namesOf: async (emails) => {
        const known = new Map((data.people ?? []).map((p) => [p.email.toLowerCase(), p.displayName]));
        return new Map(emails.map((e) => e.toLowerCase()).filter((e) => known.has(e)).map((e) => [e, known.get(e) as string]));
      },
    },
    meetings,
    ehcRequests: new FakeEhcRequests(data.ehcRequests ?? [], () => now),
    meetingService: new FakeMeetingService(meetings, () => now),
    notifications: new FakeNotifications(data.notifications ?? []),
    pupilSummaries: { refresh: async (ids) => ({ checked: ids?.length ?? pupils.length, updated: 0, failures: [] }) },
    imports: createFakeImports(pupilRepo, schoolRepo, [...(data.marks ?? [])], () => now, [], { repository: fakePips, reviewIntervalWeeks: async () => (await settings.get()).pipReviewIntervalWeeks }),
    // The real transfer service over the fakes: it only composes repositories and pure code.
    transfers: new TransferService({ pupils: pupilRepo, settings, attendance, letters, history: pupilHistory, now: () => now }),
    siteSetup: data.siteSetup ?? new FakeSiteSetup(),
    currentUser: { email: 'attendance.officer@pathways.example.org', displayName: 'Attendance Officer' },
    siteUrl: 'https://contoso.example/sites/pathways',
    now: () => now,
  };
}
