/**
 * Repository and service interfaces. They speak domain types only: callers never see SharePoint items,
 * PnPjs or Graph payloads. Implementations live in src/data/sp and src/data/graph.
 */
import type { AttendanceAmendment, AttendanceMark, Pupil, School, SchoolContact, SchoolSettings } from '../domain';
import type { ContactInvitationState, Session } from '../domain/vocabulary';
import type { RecordValidationError } from './errors';

/** A record as stored: its SharePoint item id and the ETag that guards the next update. */
export type Saved<T> = T & { readonly id: number; readonly etag: string };

/** What a create may be given by its caller. */
export interface CreateOptions {
  /** The key made before the first attempt (kept by the caller, e.g. the offline queue, across attempts): a re-send finds the first copy. */
  readonly clientKey?: string;
}

/** What a list read returns: the records that passed validation, and the ones that did not (never silently dropped). */
export interface ReadResult<T> {
  readonly items: T[];
  readonly problems: RecordValidationError[];
}

/**
 * Whether a pupil's records are shared with the school that should see them now (the rule:
 * src/domain/pupils/homeSchoolAccess.ts). 'not-yet-shared' means SharePoint's permissions do not match the rule
 * yet: `message` says in plain words what is not shared and who must act; IHomeSchoolAccess.repairAccess fixes it.
 */
export interface HomeSchoolAccess {
  readonly state: 'shared' | 'not-yet-shared';
  /** The school that should see the pupil's records now (undefined: none). */
  readonly schoolId?: number;
  /**
   * Why not yet: 'needs-leadership' (the user may not change permissions: Pathways Hub Leadership or a site owner
   * must), 'busy' (SharePoint throttled or could not be reached), 'no-staff-group' (the school has no staff group
   * yet), 'pending' (found by a check: the last attempt did not finish), 'failed' (SharePoint refused).
   */
  readonly reason?: 'needs-leadership' | 'busy' | 'no-staff-group' | 'pending' | 'failed';
  readonly message?: string;
}

/** A pupil as saved, with the outcome of applying home-school access in the same operation. */
export type SavedPupil = Saved<Pupil> & { readonly access?: HomeSchoolAccess };

export interface IPupilRepository {
  /** Every pupil the signed-in user may see (SharePoint trims the rest). */
  list(): Promise<ReadResult<Saved<Pupil>>>;
  get(id: number): Promise<Saved<Pupil>>;
  /**
   * Creates the pupil and its folders and shares them with the home school in the same operation. Once the pupil is
   * stored this never throws for access: `access` says whether the records are shared yet.
   */
  create(pupil: Pupil): Promise<SavedPupil>;
  /**
   * Saves changes guarded by the ETag (a ConcurrencyError when someone saved in between), then makes home-school
   * access match the rule (also when the stored home school did not change: "save again" re-applies it).
   */
  update(id: number, etag: string, pupil: Pupil): Promise<SavedPupil>;
}

/** A pupil whose home-school access does not match the rule today. */
export interface AccessMismatch {
  readonly pupilId: number;
  readonly pupilRef: string;
  readonly name: string;
  readonly access: HomeSchoolAccess;
}

/** Where "apply to all pupils" stands: "Updating 12 of 40: Rowan Ellis". */
export interface RepairAllProgress {
  /** Pupils finished so far (updated, already up to date or failed). */
  readonly done: number;
  readonly of: number;
  /** The pupil being updated now (the last one started). */
  readonly current?: string;
  /** Set while SharePoint asked Pathways Hub to wait (429/503 with Retry-After): every pupil waits, in seconds. */
  readonly waitingSeconds?: number;
}

export interface RepairAllOptions {
  /** Only these pupils (by item id): "Try the 3 again". Default: every pupil the check finds out of date. */
  readonly pupilIds?: readonly number[];
  /** Cancel: no further pupil is started; those in hand finish whole. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RepairAllProgress) => void;
}

/** A pupil "apply to all" could not put right, with the reason in words. */
export interface RepairAllFailure {
  readonly pupilId: number;
  readonly pupilRef: string;
  readonly name: string;
  readonly reason: NonNullable<HomeSchoolAccess['reason']>;
  readonly message: string;
}

export interface RepairAllResult {
  /** Pupils considered (out of date when the run started, or the ones asked for). */
  readonly of: number;
  /** Pupils whose permissions were changed and recorded. */
  readonly updated: number;
  /** Pupils already up to date when their turn came (their recorded settings matched): nothing written. */
  readonly alreadyUpToDate: number;
  readonly failures: readonly RepairAllFailure[];
  /** Cancelled: these pupils were not started (run it again to finish them). */
  readonly notStarted: number;
  readonly cancelled: boolean;
  /** Pupils that could not be read for the check (not attempted). */
  readonly problems: readonly RecordValidationError[];
}

/** Home-school access: status, repair and the check (the setup health check calls findMismatches). */
export interface IHomeSchoolAccess {
  /** Whether one pupil's records are shared as the rule says today (reads only). */
  status(pupilId: number): Promise<HomeSchoolAccess>;
  /** Applies the rule to one pupil now: needs Manage Permissions (Pathways Hub Leadership or a site owner). */
  repairAccess(pupilId: number): Promise<HomeSchoolAccess>;
  /** Every pupil the user can see whose access does not match the rule today. */
  findMismatches(): Promise<ReadResult<AccessMismatch>>;
  /**
   * Applies the rule to every pupil out of date (or the ones named), a few at a time, waiting when SharePoint asks;
   * a pupil already up to date is skipped, so a cancelled or failed run is finished by running it again. Never
   * throws for one pupil: each failure is in the result with its reason.
   */
  repairAll(options?: RepairAllOptions): Promise<RepairAllResult>;
}

/**
 * Whether a named member of staff can sign in: 'Invited' (a user or guest of the tenant, in their school's staff
 * group) or 'Not yet invited' (saved, but the guest invitation could not be sent yet: `message` says why and what
 * to do, e.g. the administrator has not approved User.Invite.All). ISchoolRepository.retryInvitation tries again.
 */
export interface ContactInvitation {
  readonly state: ContactInvitationState;
  readonly message?: string;
}

/** A named member of staff as saved, with the outcome of inviting them in the same operation. */
export type SavedSchoolContact = Saved<SchoolContact> & { readonly invited?: ContactInvitation };

export interface ISchoolRepository {
  list(): Promise<ReadResult<Saved<School>>>;
  get(id: number): Promise<Saved<School>>;
  create(school: School): Promise<Saved<School>>;
  contacts(schoolId?: number): Promise<ReadResult<Saved<SchoolContact>>>;
  /**
   * Adds a named member of staff; their school's staff group (and so its pupils' access) is updated at once,
   * inviting them as a guest first when the tenant does not know them. Once the contact is stored this does not
   * throw for the invitation: `invited` says whether they were invited.
   */
  addContact(contact: SchoolContact): Promise<SavedSchoolContact>;
  /** Tries again to invite a contact left 'Not yet invited' (and brings their school's group up to date). */
  retryInvitation(contactId: number): Promise<ContactInvitation>;
  /** Removes a named member of staff; they lose access to the school's pupils at once. */
  removeContact(id: number): Promise<void>;
  /** Saves changes to a school under its ETag (a ConcurrencyError when someone saved in between); a URN another school has is refused. */
  update(id: number, etag: string, school: School): Promise<Saved<School>>;
  /** Saves changes to a named member of staff under the ETag; the school's staff group follows at once (a changed e-mail). */
  updateContact(id: number, etag: string, contact: SchoolContact): Promise<Saved<SchoolContact>>;
  /** Who is in the school's staff group now (and so reads its pupils), and which of them are guests in the tenant. */
  staffAccess(schoolId: number): Promise<SchoolStaffAccess>;
  /** Makes the school's staff group exactly its named staff again (after an update of the group failed). */
  syncStaff(schoolId: number): Promise<void>;
}

/** A school's SharePoint group as it stands: its title, and each member with whether they are a guest. */
export interface SchoolStaffAccess {
  /** Undefined until the school has a group (made when its first member of staff is added). */
  readonly groupTitle?: string;
  readonly members: readonly { readonly email: string; readonly guest: boolean }[];
}

/** One pupil's mark in a register as loaded, with the version that guards saving over it. */
export interface RegisterEntry {
  readonly pupilId: number;
  readonly mark?: AttendanceMark;
}

/** A register (date and session) as loaded: the baseline a save is checked against. */
export interface RegisterSnapshot {
  readonly date: string;
  readonly session: Session;
  readonly entries: readonly RegisterEntry[];
  readonly takenBy?: string;
  readonly takenAt?: string;
  /** Stored values that could not be read (each names the list, the item and the column); everything else loaded. */
  readonly problems?: readonly RecordValidationError[];
}

/**
 * Marks as read, with `problems`: stored values that could not be read (a code outside the 2024 set, damaged
 * session detail, no pupil or week), each naming the list, the item and the column. Everything else is returned.
 */
export type MarksRead = AttendanceMark[] & { readonly problems?: readonly RecordValidationError[] };
/** Amendments read, with the stored ones that could not be read named (as MarksRead). */
export type AmendmentsRead = AttendanceAmendment[] & { readonly problems?: readonly RecordValidationError[] };

export interface RegisterSaveRequest {
  readonly date: string;
  readonly session: Session;
  /** The marks as the register shows them now (one per pupil; unchanged ones are skipped). */
  readonly marks: readonly AttendanceMark[];
  /** Why a saved mark is being changed, by pupil id (required for every changed saved mark). */
  readonly reasons: ReadonlyMap<number, string>;
  readonly baseline: RegisterSnapshot;
  /** Pupil ids whose conflict the user resolved as "keep mine": save over the newer mark. */
  readonly overwrite?: ReadonlySet<number>;
  readonly takenBy: string;
  readonly at: string;
}

/** A mark someone else changed after the register was opened. */
export interface RegisterConflict {
  readonly pupilId: number;
  readonly mine: AttendanceMark;
  readonly theirs?: AttendanceMark;
}

export interface RegisterSaveResult {
  readonly saved: number[];
  readonly unchanged: number[];
  readonly conflicts: RegisterConflict[];
  readonly failures: { readonly pupilId: number; readonly message: string }[];
  /** The register as it stands after the save (the next baseline). */
  readonly snapshot: RegisterSnapshot;
}

export interface IAttendanceRepository {
  /** The register for a date and session: every saved mark of that session. */
  register(date: string, session: Session): Promise<RegisterSnapshot>;
  /** Saves a register in one batch. Never overwrites a mark changed by someone else unless asked to. */
  saveRegister(request: RegisterSaveRequest): Promise<RegisterSaveResult>;
  /** One pupil's marks, optionally within dates. */
  marksForPupil(pupilId: number, from?: string, to?: string): Promise<MarksRead>;
  /** Several pupils' marks, optionally within dates: one indexed query per pupil, 20 to an HTTP request. */
  marksForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<MarksRead>;
  /**
   * Every visible pupil's marks in an academic year ('2026/27'). One indexed query per school week, batched: never
   * chosen from the caller's (security-trimmed) pupil count, since SharePoint counts rows before trimming. For
   * statistics: only the codes are read, so each mark comes without its detail (no minutes late, arrival time or
   * note; recordedBy 'unknown@unknown', recordedAt the day's midnight). For a mark's detail read marksForPupil(s).
   */
  marksForYear(academicYear: string): Promise<MarksRead>;
  /** Every visible pupil's marks in the week starting on `monday` (the week view): one indexed query (PwWeek). */
  marksForWeek(monday: string): Promise<MarksRead>;
  /** One pupil's amendments; a damaged one is named in `problems` (list, item, column), never silently left out. */
  amendmentsForPupil(pupilId: number): Promise<AmendmentsRead>;
}

export interface ISettingsRepository {
  /**
   * The saved settings, or the defaults when none have been saved (read once per page, then cached; a save
   * clears the cache). `fresh` reads them again (the settings editor, before editing).
   */
  get(options?: { readonly fresh?: boolean }): Promise<Saved<SchoolSettings> | SchoolSettings>;
  /**
   * Validates (every value and the whole calendar; a SettingsValidationError naming each field) and saves under
   * the ETag read with them (none when the defaults were shown). A ConcurrencyError when someone else saved in
   * between: theirs is never overwritten. Returns the settings as stored, with the next ETag.
   */
  save(settings: SchoolSettings, etag?: string): Promise<Saved<SchoolSettings>>;
}

/** A Stage 2 or 3 action as the ports speak of it (appended here so the imports above stay untouched). */
type ActionRecord = import('../domain').AttendanceActionRecord;

/** Stage 2 and 3 attendance actions taken and planned ('Pathways Attendance Actions', in each pupil's folder). */
export interface IAttendanceActionRepository {
  /** One pupil's actions, oldest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<ActionRecord>>>;
  /** Several pupils' actions (the stage worklist, shown only: no ETags): a fixed number of requests however many pupils. */
  forPupils?(pupilIds: readonly number[]): Promise<ReadResult<Saved<ActionRecord>>>;
  /** Records an action in the pupil's folder (the pupil reference names the folder). */
  add(record: ActionRecord, pupilRef: string): Promise<Saved<ActionRecord>>;
}

type ParentContactRecord = import('../domain').ParentContact;

/** Contacts with parents and carers about attendance ('Pathways Parent Contacts', in each pupil's folder). */
export interface IParentContactRepository {
  /** One pupil's contacts, oldest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<ParentContactRecord>>>;
  /** Every visible contact made on a day (London date), oldest first: the first-day calling list. */
  onDay(day: string): Promise<ReadResult<Saved<ParentContactRecord>>>;
  /**
   * The follow-ups still open on `day`: contacts whose follow-up day is from `since` to `day` and that no later
   * contact with the family has answered (domain followUpsDue), one per pupil. For Today: pass tomorrow's school day.
   */
  followUpsDue(day: string, since: string): Promise<ReadResult<Saved<ParentContactRecord>>>;
  /** Records a contact in the pupil's folder; its day is the London date of `at`, never a time still to come. */
  add(contact: Omit<ParentContactRecord, 'day'>, pupilRef: string): Promise<Saved<ParentContactRecord>>;
}

/** A PIP and a PIP review as the ports speak of them (appended here so the imports above stay untouched). */
type PipRecord = import('../domain').Pip;
type PipReviewRecord = import('../domain').PipReview;

/** What recording a review did: the review as stored and the PIP after its decision was applied. */
export interface RecordedPipReview {
  readonly review: Saved<PipReviewRecord>;
  readonly pip: Saved<PipRecord>;
  /** The arranged review meeting this review was recorded on (now Held), when there was one. */
  readonly meeting?: Saved<ReviewMeetingRecord>;
  /** Why that meeting could not be marked as held (the review itself is saved). */
  readonly meetingProblem?: string;
}

/**
 * Phased Integration Plans ('Pathways PIPs') and their six-weekly reviews ('Pathways PIP Reviews'), both kept in
 * each pupil's folder. Writes run the PIP rules with the settings first (school day, full-time week, review
 * not before the start …) and throw a PipValidationError (src/data/sp/pips) naming every field: nothing is
 * written when a rule fails.
 */
export interface IPipRepository {
  /** Every PIP the signed-in user may see, by start date (tracker, LA return). */
  list(): Promise<ReadResult<Saved<PipRecord>>>;
  /** One pupil's PIPs (the indexed pupil lookup), by start date. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<PipRecord>>>;
  /** The Active PIPs that have started on or before the date (register prefill, meeting agendas). */
  activeOn(date: string): Promise<ReadResult<Saved<PipRecord>>>;
  get(id: number): Promise<Saved<PipRecord>>;
  /** Creates the PIP in the pupil's folder (the pupil reference names the folder). */
  create(pip: PipRecord, pupilRef: string): Promise<Saved<PipRecord>>;
  /** Saves changes guarded by the ETag; a ConcurrencyError when someone saved in between. */
  update(id: number, etag: string, pip: PipRecord): Promise<Saved<PipRecord>>;
  /** One PIP's reviews, oldest first. */
  reviews(pipId: number): Promise<ReadResult<Saved<PipReviewRecord>>>;
  /** Every visible PIP review, oldest first (tracker history). */
  allReviews(): Promise<ReadResult<Saved<PipReviewRecord>>>;
  /** Stores a review exactly as given, without touching the PIP (imports and demo data). */
  addReview(review: PipReviewRecord, pupilRef: string): Promise<Saved<PipReviewRecord>>;
  /**
   * Records a review and applies its decision to the PIP (new timetable from the week commencing, new end
   * date, or ended), guarded by the PIP's ETag. Both are validated before anything is written; if the PIP
   * cannot be saved the review is removed again, so a review never stands without its decision.
   */
  recordReview(review: PipReviewRecord, pupilRef: string, pipEtag: string): Promise<RecordedPipReview>;
}

/** Learning logs, their entries and SMART targets as the ports speak of them (appended so the imports above stay untouched). */
type LearningLogRecord = import('../domain').LearningLog;
type LearningLogEntryRecord = import('../domain').LearningLogEntry;
type TargetRecord = import('../domain').Target;
type TargetProgressRecord = import('../domain').TargetProgress;
type TargetSourceName = import('../domain/vocabulary').TargetSource;

/**
 * Appendix 3 learning logs ('Pathways Learning Logs': one per pupil per term, unique log key) and their dated
 * entries per subject ('Pathways Learning Log Entries'), both in each pupil's folder, so the pupil's home-school
 * staff read them and nothing else. Records are validated before anything is written.
 */
export interface ILearningLogRepository {
  /** One pupil's logs, newest term first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<LearningLogRecord>>>;
  get(id: number): Promise<Saved<LearningLogRecord>>;
  /** Creates the term's log in the pupil's folder; a DataError 'duplicate' when the pupil already has one for that term. */
  create(log: LearningLogRecord, pupilRef: string): Promise<Saved<LearningLogRecord>>;
  /** Saves the subjects and teachers, guarded by the ETag; a ConcurrencyError when someone saved in between. */
  update(id: number, etag: string, log: LearningLogRecord): Promise<Saved<LearningLogRecord>>;
  /** One log's entries, newest first. */
  entries(logId: number): Promise<ReadResult<Saved<LearningLogEntryRecord>>>;
  /** One pupil's entries across logs, newest first, optionally within dates (inclusive, yyyy-mm-dd). */
  entriesForPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntryRecord>>>;
  /** Several pupils' entries, newest first, optionally within dates: in one request however many pupils. */
  entriesForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntryRecord>>>;
  /** The entries flagged "highlight for review" (meeting agendas), newest first, optionally since a date. */
  highlights(pupilId: number, since?: string): Promise<ReadResult<Saved<LearningLogEntryRecord>>>;
  /** Adds a dated entry in the pupil's folder, once (a re-send with the same client key finds the first copy). */
  addEntry(entry: LearningLogEntryRecord, pupilRef: string, options?: CreateOptions): Promise<Saved<LearningLogEntryRecord>>;
}

/**
 * SMART targets (outcome, measure, by when) from PIPs, SEN support plans, EHC plan outcomes and reviews
 * ('Pathways Targets', in each pupil's folder), with progress recorded against each.
 */
export interface ITargetRepository {
  /** One pupil's targets, earliest due first (open and closed). */
  forPupil(pupilId: number): Promise<ReadResult<Saved<TargetRecord>>>;
  /** Several pupils' targets in one batched read (one indexed query per pupil, 20 to an HTTP request). */
  forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<TargetRecord>>>;
  /** One pupil's open targets, earliest due first (meeting agendas). */
  openForPupil(pupilId: number): Promise<ReadResult<Saved<TargetRecord>>>;
  /** The targets of one plan, outcome or review (source and its item id). */
  forSource(pupilId: number, source: TargetSourceName, sourceId: number): Promise<ReadResult<Saved<TargetRecord>>>;
  get(id: number): Promise<Saved<TargetRecord>>;
  create(target: TargetRecord, pupilRef: string): Promise<Saved<TargetRecord>>;
  /** Saves changes guarded by the ETag; a ConcurrencyError when someone saved in between. */
  update(id: number, etag: string, target: TargetRecord): Promise<Saved<TargetRecord>>;
  /** Appends a progress note (and closes the target when `close` is true), guarded by the ETag. */
  recordProgress(id: number, etag: string, progress: TargetProgressRecord, close?: boolean): Promise<Saved<TargetRecord>>;
}

type SupportPlanRecord = import('../domain').SupportPlan;
type SupportPlanInputRecord = import('../domain').SupportPlanInput;
type AssessmentRecord = import('../domain').Assessment;
type PupilChangeRecord = import('../domain').PupilChange;

/** APDR support plans with the costed provision map and one-page profile ('Pathways Support Plans', pupil folders). */
export interface ISupportPlanRepository {
  /** One pupil's plans, newest cycle first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<SupportPlanRecord>>>;
  /** Several pupils' plans in one batched read (one indexed query per pupil, 20 to an HTTP request). */
  forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<SupportPlanRecord>>>;
  get(id: number): Promise<Saved<SupportPlanRecord>>;
  create(plan: SupportPlanInputRecord, pupilRef: string): Promise<Saved<SupportPlanRecord>>;
  update(id: number, etag: string, plan: SupportPlanInputRecord): Promise<Saved<SupportPlanRecord>>;
}

/** Baselines, standardised scores, reading ages and half-termly tracking ('Pathways Assessments', pupil folders). */
export interface IAssessmentRepository {
  /** One pupil's assessments, oldest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<AssessmentRecord>>>;
  /** Several pupils' assessments in one batched read (one indexed query per pupil, 20 to an HTTP request). */
  forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<AssessmentRecord>>>;
  add(assessment: AssessmentRecord, pupilRef: string): Promise<Saved<AssessmentRecord>>;
}

/** Dated changes of a pupil's tier, provision, home school and named staff, with reasons ('Pathways Pupil History'). */
export interface IPupilHistoryRepository {
  /** One pupil's changes, newest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<PupilChangeRecord>>>;
  add(change: PupilChangeRecord, pupilRef: string): Promise<Saved<PupilChangeRecord>>;
  /**
   * Saves the pupil (ETag-guarded; moves home-school access) with the history of what changed. Everything is
   * validated first; if the pupil cannot be saved, the history just written is removed again.
   */
  saveWithHistory(before: Saved<Pupil>, after: Pupil, changes: readonly PupilChangeRecord[]): Promise<SavedPupil>;
}

/** What the signed-in user is, from their SharePoint group membership (offers PRU-only actions such as the census export). */
export interface IUserAccess {
  isPruStaff(): Promise<boolean>;
  /** What SharePoint lets the signed-in user do on the Pupils list (its effective permissions): enrol, edit. */
  pupilRights(): Promise<PupilRights>;
  /**
   * Whether SharePoint lets the signed-in user do this (their effective permissions on the list it writes, never
   * their group names): the screens offer it only then, and SharePoint refuses anyone who goes round them.
   */
  can(permission: UserPermission): Promise<boolean>;
}

export interface PupilRights {
  /** Add items to the Pupils list: enrol a pupil. */
  readonly canAdd: boolean;
  /** Edit items of the Pupils list: correct details, record a leaver. */
  readonly canEdit: boolean;
}

/** People's display names by e-mail address (staff shown by name, never by address). */
export interface IPeopleDirectory {
  /** Names of those found, keyed by the address in lower case; an address not found is left out (show the address). */
  namesOf(emails: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/** Actions offered by permission: change the service's settings; add and edit schools and their named staff; record EHC requests (not the Staff group). */
export type UserPermission = 'edit-settings' | 'manage-schools' | 'record-ehc-requests';

/** Review meetings, LA requests, the notifications log and the Graph services (appended so the imports above stay untouched). */
type ReviewMeetingRecord = import('../domain').ReviewMeeting;
type EhcRequestRecord = import('../domain').EhcRequest;
type NotificationLogRecord = import('../domain').NotificationRecord;
type AttendeeRecord = import('../domain').MeetingAttendee;

/** Review meetings ('Pathways Review Meetings', in each pupil's folder), with their Outlook event and Teams link. */
export interface IReviewMeetingRepository {
  /** One pupil's meetings, earliest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<ReviewMeetingRecord>>>;
  /** Every visible meeting starting on or after the instant (the indexed start), earliest first. */
  since(fromIso: string): Promise<ReadResult<Saved<ReviewMeetingRecord>>>;
  get(id: number): Promise<Saved<ReviewMeetingRecord>>;
  create(meeting: ReviewMeetingRecord, pupilRef: string): Promise<Saved<ReviewMeetingRecord>>;
  /** Saves changes guarded by the ETag; a ConcurrencyError when someone saved in between. */
  update(id: number, etag: string, meeting: ReviewMeetingRecord): Promise<Saved<ReviewMeetingRecord>>;
}

/** LA requests for information and draft plans for comment ('Pathways EHC Requests', in each pupil's folder). */
export interface IEhcRequestRepository {
  list(): Promise<ReadResult<Saved<EhcRequestRecord>>>;
  forPupil(pupilId: number): Promise<ReadResult<Saved<EhcRequestRecord>>>;
  create(request: EhcRequestRecord, pupilRef: string): Promise<Saved<EhcRequestRecord>>;
  update(id: number, etag: string, request: EhcRequestRecord): Promise<Saved<EhcRequestRecord>>;
}

/** The log of every message the service sent or tried to send ('Pathways Notifications', PRU staff only). */
export interface INotificationLog {
  /** The entry with this de-duplication key (unique, indexed), if any. */
  findByKey(dedupeKey: string): Promise<Saved<NotificationLogRecord> | undefined>;
  /** A DataError 'duplicate' when an entry with the same key exists. */
  add(record: NotificationLogRecord): Promise<Saved<NotificationLogRecord>>;
  update(id: number, etag: string, record: NotificationLogRecord): Promise<Saved<NotificationLogRecord>>;
  get(id: number): Promise<Saved<NotificationLogRecord>>;
  /** The newest entries, newest first. */
  recent(limit?: number): Promise<ReadResult<Saved<NotificationLogRecord>>>;
  /** Entries not sent (failed, or still pending), newest first. */
  unsent(): Promise<ReadResult<Saved<NotificationLogRecord>>>;
  /** The entries that failed (not sent since), newest first: only what Today shows of each (FailedNotification). */
  failed(): Promise<ReadResult<Saved<import('../domain').FailedNotification>>>;
}

/**
 * The notifications log read and written many entries at a time, for sending (its own module, loaded with the
 * Graph services: the views that only read the log do not carry it).
 */
export interface INotificationLogBatch {
  /** The entries with these keys, by key (one round trip for many keys). */
  findByKeys(dedupeKeys: readonly string[]): Promise<ReadonlyMap<string, Saved<NotificationLogRecord>>>;
  /** Several entries added at once (in batches), each with its own outcome, in order: a 'duplicate' as add's. */
  addAll(records: readonly NotificationLogRecord[]): Promise<PromiseSettledResult<Saved<NotificationLogRecord>>[]>;
  /** Several entries saved at once under their ETags, each with its own outcome, in order (ConcurrencyError as update's). */
  updateAll(updates: readonly { readonly id: number; readonly etag: string; readonly record: NotificationLogRecord }[]): Promise<PromiseSettledResult<Saved<NotificationLogRecord>>[]>;
}

/** A pupil as an invitation may name them: initials and year group, with the service's reference. */
export interface MeetingPupil {
  readonly id: number;
  readonly pupilRef: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly yearGroup: import('../domain/vocabulary').YearGroup;
}

export interface ScheduleMeetingRequest {
  /** The meeting as staff set it up; the service sets its status and event. */
  readonly meeting: ReviewMeetingRecord;
  readonly pupil: MeetingPupil;
  /** A record already saved (a Draft, or one whose invitation failed), to book rather than create again. */
  readonly existing?: { readonly id: number; readonly etag: string };
  /** Where it is held, besides Teams (a room). */
  readonly location?: string;
}

export interface ScheduleMeetingResult {
  /** The record as saved: Scheduled with its event when invited, else a Draft to try again. */
  readonly meeting: Saved<ReviewMeetingRecord>;
  readonly invited: boolean;
  /** Why the invitation was not sent, in plain words. */
  readonly problem?: string;
}

export interface FreeBusy {
  readonly email: string;
  /** False when the calendar cannot be read (people outside the tenant, guests): propose a time instead. */
  readonly readable: boolean;
  /** Busy (or tentative, out of office) times as ISO instants. */
  readonly busy: readonly { readonly start: string; readonly end: string; readonly status: string }[];
  readonly reason?: string;
}

/** Review meetings through Microsoft Graph: Outlook events with Teams links, free/busy and the tenant's staff. */
export interface IMeetingService {
  /** Saves the record, creates the Outlook event (Teams link, invitations) and marks the record Scheduled. */
  schedule(request: ScheduleMeetingRequest): Promise<ScheduleMeetingResult>;
  /** Moves the meeting (and updates the invitation), or changes who is invited. */
  reschedule(
    meeting: Saved<ReviewMeetingRecord>,
    change: { readonly start: string; readonly end: string; readonly attendees?: readonly AttendeeRecord[] },
  ): Promise<Saved<ReviewMeetingRecord>>;
  /** Cancels the Outlook event (attendees are told) and marks the record Cancelled. */
  cancel(meeting: Saved<ReviewMeetingRecord>, comment: string): Promise<Saved<ReviewMeetingRecord>>;
  /** Free/busy of people in the tenant between two instants. */
  freeBusy(emails: readonly string[], startIso: string, endIso: string): Promise<FreeBusy[]>;
  /** People in the tenant whose name or address starts with the text (to invite PRU staff). */
  findStaff(text: string): Promise<{ readonly name: string; readonly email: string }[]>;
}

/** A message to send: short, with a link to the record, never pupil detail. */
export interface NotificationRequest {
  /** What it is about, for the log ('attendance-stage', 'penalty-threshold' …). */
  readonly kind: string;
  readonly pupilId?: number;
  readonly to: readonly string[];
  readonly subject: string;
  readonly message: string;
  readonly link: string;
  /** The same key is never sent twice. */
  readonly dedupeKey: string;
}

export interface NotificationResult {
  readonly outcome: 'sent' | 'failed' | 'already-sent';
  readonly record: Saved<NotificationLogRecord>;
  readonly problem?: string;
}

/** The one notification service every part of the product uses: sendMail, logged, retried, de-duplicated. */
export interface INotificationService {
  notify(request: NotificationRequest): Promise<NotificationResult>;
  /**
   * Several at once, as notify each (same checks, log and once-only rule), in a bounded number of round trips
   * whatever their number; each with its own outcome, in order (rejected where notify would throw).
   */
  notifyAll(requests: readonly NotificationRequest[]): Promise<PromiseSettledResult<NotificationResult>[]>;
  /** Sends a failed (or stuck pending) message again. */
  retry(id: number): Promise<NotificationResult>;
  recent(limit?: number): Promise<ReadResult<Saved<NotificationLogRecord>>>;
  /** The messages that failed and were not sent since, newest first (the log's `failed`). */
  failed(): Promise<ReadResult<Saved<import('../domain').FailedNotification>>>;
}

export interface AttendanceNotifySummary {
  /** Pupils whose records were checked for a reason to notify. */
  readonly checked: number;
  readonly sent: number;
  readonly failed: number;
  /** Messages not sent because the pupil's home school has no named staff who receive notifications. */
  readonly noRecipient: number;
  readonly problems: readonly string[];
}

/** Tells home schools when a register save worsens a pupil's stage, reaches the penalty threshold, or leaves an N after the register closed. */
export interface IAttendanceNotifier {
  afterRegisterSave(request: RegisterSaveRequest, result: RegisterSaveResult): Promise<AttendanceNotifySummary>;
}

/** A letter as the ports speak of it (appended here so the imports above stay untouched). */
type LetterRecordT = import('../domain').LetterRecord;

/** Who a filed report was shared with, when and by whom: the columns a share sets (the rest are left as they are). */
export type LetterShare = Partial<Pick<LetterRecordT, 'parentSharedOn' | 'parentSharedBy' | 'parentSharedHow' | 'schoolSharedOn' | 'schoolSharedBy' | 'schoolSharedTo' | 'shareHistory'>>;

/** A filed letter: its columns, its document's name and server-relative URL. */
export type FiledLetter = Saved<LetterRecordT> & {
  readonly url: string;
  /** Filed in the pupil's PRU-only folder: its kind is not shared with the home school (docs/sharing.md, "Letters by kind"). */
  readonly keptByPru?: boolean;
};

/** Letters to parents and carers (Word documents) in each pupil's folder of the 'Pathways Letters' library. */
export interface ILetterRepository {
  /** One pupil's letters, newest first. */
  forPupil(pupilId: number): Promise<ReadResult<FiledLetter>>;
  /**
   * Files the document in the pupil's folder (a file of the same name is replaced) and records its columns;
   * the file is removed again if its columns cannot be saved.
   */
  file(letter: LetterRecordT, content: Uint8Array, pupilRef: string): Promise<FiledLetter>;
  /** Records the day a filed document (a CTF) was sent, under its ETag (a concurrent change is reported, not overwritten). */
  recordSent(letter: FiledLetter, sentOn: string): Promise<FiledLetter>;
  /** Records that a progress report was shared (with the parent or carer, the home school), under its ETag. */
  recordShare(letter: FiledLetter, share: LetterShare): Promise<FiledLetter>;
  /** The document's bytes (to download it). */
  content(url: string): Promise<Uint8Array>;
}

/** Keeps the pupil columns that list views show at a glance (attendance stage, PIP status, next review) current. */
export interface IPupilSummaryService {
  /** Recomputes them for the given pupils (all visible pupils when none are given); writes only what changed. */
  refresh(pupilIds?: readonly number[]): Promise<{ readonly checked: number; readonly updated: number; readonly failures: string[] }>;
}

/** Behaviour and engagement records as the ports speak of them (appended here so the imports above stay untouched). */
type BehaviourLogEntryRecord = import('../domain').BehaviourLogEntry;
type LoggedIncident = import('../domain').LoggedIncident;
type SemhProfileRecord = import('../domain').SemhProfile;

/** The behaviour and engagement log ('Pathways Behaviour Log', in each pupil's folder; read by the pupil's home school). */
export interface IBehaviourLogRepository {
  /** One pupil's entries, newest first; `from` and `to` (ISO dates) keep those days only. */
  forPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<BehaviourLogEntryRecord>>>;
  /** The incidents logged on a day (London date), newest first: only what Today shows of each (LoggedIncident). */
  incidentsOn(day: string): Promise<ReadResult<Saved<LoggedIncident>>>;
  /** Logs an engagement rating or an incident in the pupil's folder; its day is the London date of `at`, never a time still to come. */
  add(entry: Omit<BehaviourLogEntryRecord, 'day'>, pupilRef: string): Promise<Saved<BehaviourLogEntryRecord>>;
}

/** 6-week SEMH focus profiles ('Pathways SEMH Focus Profiles', in each pupil's folder). */
export interface ISemhProfileRepository {
  /** One pupil's profiles, newest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<SemhProfileRecord>>>;
  /** Profiles not yet reviewed whose review falls from `since` to `day` (for Today). */
  reviewsDue(day: string, since: string): Promise<ReadResult<Saved<SemhProfileRecord>>>;
  /** Starts a profile; the review date is set from the start, the settings and the calendar. Refused while the pupil has one not reviewed. */
  create(profile: Omit<SemhProfileRecord, 'reviewDueOn'>, pupilRef: string): Promise<Saved<SemhProfileRecord>>;
  /** Saves a profile (its review) under its ETag; a review dated after today is refused. */
  update(id: number, etag: string, profile: Omit<SemhProfileRecord, 'reviewDueOn'>): Promise<Saved<SemhProfileRecord>>;
}

/** A part-time-timetable return recorded as sent (appended here so the imports above stay untouched). */
type LaReturnSentRecord = import('../domain').LaReturnSent;
/** A return as filed: its record, and the file's server-relative URL. */
export type FiledLaReturn = Saved<LaReturnSentRecord> & { readonly url: string };

/** The part-time-timetable returns sent to the local authority ('Pathways LA Returns' library: the file as sent, with its record). */
export interface ILaReturnLog {
  /** Every return recorded as sent, newest first. */
  list(): Promise<ReadResult<FiledLaReturn>>;
  /** Of each return recorded as sent, only what ends a reminder (Today: laReturnsDue). */
  sent(): Promise<ReadResult<Saved<import('../domain').SentReturn>>>;
  /** Files the return as sent with its record; a second record for the same period and day replaces the file as a new version. */
  record(sent: LaReturnSentRecord, content: Uint8Array): Promise<FiledLaReturn>;
  /** The file's bytes (to download it again). */
  content(url: string): Promise<Uint8Array>;
}

type TransitionPlanRecord = import('../domain').TransitionPlan;

/**
 * Exit and transition plans ('Pathways Transition Plans', in each pupil's folder; read by the pupil's home school,
 * a party to a return). The next date a step or the review is due is set from the plan, whatever the caller sent.
 */
export interface ITransitionPlanRepository {
  /** Every plan, open or not (for the Due view; a small list, read whole). */
  list(): Promise<ReadResult<Saved<TransitionPlanRecord>>>;
  /** One pupil's plans, the open one first, then newest first. */
  forPupil(pupilId: number): Promise<ReadResult<Saved<TransitionPlanRecord>>>;
  /** Open plans with a step or the review due on or before `day` (for Today). */
  actionsDue(day: string): Promise<ReadResult<Saved<TransitionPlanRecord>>>;
  /** Makes a plan in the pupil's folder, exactly once; a second open plan, a step ticked off ahead, an incomplete completion are refused. */
  create(plan: Omit<TransitionPlanRecord, 'actionDueOn'>, pupilRef: string): Promise<Saved<TransitionPlanRecord>>;
  /** Saves the plan (a step ticked off, the status) under its ETag, with the same refusals. */
  update(id: number, etag: string, plan: Omit<TransitionPlanRecord, 'actionDueOn'>): Promise<Saved<TransitionPlanRecord>>;
}

/** A report to leaders or governors as filed (appended here so the imports above stay untouched). */
type FiledLeadersReportRecordT = import('../domain').FiledLeadersReportRecord;
export type FiledLeadersReport = Saved<FiledLeadersReportRecordT> & { readonly url: string; /** SharePoint's version label of the file, '3.0'. */ readonly version: string };

/** Reports to leaders and governors filed in the 'Pathways Leadership Reports' library, which only Leadership (and the owners) can open. */
export interface ILeadershipReports {
  /** Every report filed, newest first. */
  list(): Promise<ReadResult<FiledLeadersReport>>;
  /** Files the Word document under its period-and-version name: a file of that name gets a new version, not a duplicate. */
  file(record: FiledLeadersReportRecordT, content: Uint8Array): Promise<FiledLeadersReport>;
}
