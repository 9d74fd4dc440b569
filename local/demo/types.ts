import type { AttendanceAmendment } from '../../src/domain/attendance/attendanceAmendment';
import type { AttendanceMark } from '../../src/domain/attendance/attendanceMark';
import type { LearningLog } from '../../src/domain/learning/learningLog';
import type { LearningLogEntry } from '../../src/domain/learning/learningLogEntry';
import type { ReviewMeeting } from '../../src/domain/meetings/reviewMeeting';
import type { MeetingKind } from '../../src/domain/vocabulary';
import type { Pip } from '../../src/domain/pip/pip';
import type { PipReview } from '../../src/domain/pip/pipReview';
import type { ScheduledReview } from '../../src/domain/pip/reviewDates';
import type { Pupil } from '../../src/domain/pupils/pupil';
import type { Assessment } from '../../src/domain/send/assessment';
import type { School } from '../../src/domain/schools/school';
import type { SchoolContact } from '../../src/domain/schools/schoolContact';

/**
 * The demo data set. Every `pupil`, `school`, `contact`, `mark`, `pip` … is a domain record that has passed its
 * zod schema, minus the SharePoint ids (assigned when the seeder writes the items). Records refer to each
 * other by stable keys instead: a school by its URN, a school contact or member of staff by e-mail, a pupil
 * by `key` ('PH-0001'), a PIP by `key` ('PIP-01'), a learning log by `key`.
 */

export type StaffRole = 'headteacher' | 'senco' | 'attendance-officer' | 'lead-tutor' | 'teacher' | 'admin';

export interface DemoStaffUser {
  displayName: string;
  givenName: string;
  surname: string;
  email: string;
  jobTitle: string;
  role: StaffRole;
  /** Subjects taught (teaching staff only; empty for others). */
  subjects: string[];
  safeguarding?: 'dsl' | 'deputy-dsl';
}

export type DemoSchoolRecord = Omit<School, 'id' | 'staffGroupId'>;
export interface DemoSchool {
  urn: string;
  /** Short name used in e-mail domains: '<slug>.example.sch.uk'. */
  slug: string;
  school: DemoSchoolRecord;
}

export type DemoSchoolContactRecord = Omit<SchoolContact, 'id' | 'schoolId'>;
export interface DemoSchoolContact {
  schoolUrn: string;
  contact: DemoSchoolContactRecord;
}

export type DemoPupilRecord = Omit<Pupil, 'id' | 'homeSchoolId' | 'namedContactIds'>;
export interface DemoPupil {
  key: string;
  pupil: DemoPupilRecord;
  /** URN of the home school (Dual registration); undefined for a Single-registered pupil. */
  homeSchoolUrn?: string;
  /** E-mails of the home school's named staff for this pupil (→ namedContactIds). */
  namedContactEmails: string[];
  /** How the parent/carer in `pupil.parentName` is related ('Mother', 'Foster carer' …). */
  parentRelationship: string;
}

export type DemoAttendanceMarkRecord = Omit<AttendanceMark, 'pupilId'>;
export interface DemoAttendanceMark {
  pupilKey: string;
  mark: DemoAttendanceMarkRecord;
}

export type DemoAttendanceAmendmentRecord = Omit<AttendanceAmendment, 'pupilId'>;
export interface DemoAttendanceAmendment {
  pupilKey: string;
  amendment: DemoAttendanceAmendmentRecord;
}

export type DemoPipRecord = Omit<Pip, 'id' | 'pupilId' | 'previousPipId'>;
export interface DemoPip {
  key: string;
  pupilKey: string;
  pip: DemoPipRecord;
  /** The six-weekly review dates from the start to the planned end (domain pipReviewSchedule). */
  reviewSchedule: ScheduledReview[];
}

export type DemoPipReviewRecord = Omit<PipReview, 'id' | 'pipId' | 'pupilId'>;
export interface DemoPipReview {
  pipKey: string;
  pupilKey: string;
  review: DemoPipReviewRecord;
}

export type DemoLearningLogRecord = Omit<LearningLog, 'id' | 'pupilId'>;
export interface DemoLearningLog {
  key: string;
  pupilKey: string;
  log: DemoLearningLogRecord;
  /** E-mail of the member of staff teaching each subject, in the order of `log.subjects`. */
  teacherEmails: string[];
}

export type DemoLearningLogEntryRecord = Omit<LearningLogEntry, 'id' | 'logId' | 'pupilId'>;
export interface DemoLearningLogEntry {
  logKey: string;
  pupilKey: string;
  teacherEmail: string;
  entry: DemoLearningLogEntryRecord;
}

export type DemoReviewMeetingRecord = Omit<ReviewMeeting, 'id' | 'pupilId'>;
export interface DemoReviewMeeting {
  key: string;
  pupilKey: string;
  /** E-mail of the member of PRU staff who organises it (the Graph calendar the seeder books in). */
  organiserEmail: string;
  subject: string;
  location: string;
  meeting: DemoReviewMeetingRecord;
}

/** A review held outside Pathways Hub, as the Due view's "Record as held" form takes it (domain buildHeldElsewhere). */
export interface DemoHeldReview {
  key: string;
  pupilKey: string;
  /** Who records it, signed in as themselves. */
  recordedBy: { email: string; displayName: string };
  kind: MeetingKind;
  /** dd/mm/yyyy, as typed. */
  date: string;
  outcome: string;
}

export type DemoAssessmentRecord = Omit<Assessment, 'id' | 'pupilId'>;
export interface DemoAssessment {
  pupilKey: string;
  assessment: DemoAssessmentRecord;
}

export type AttendancePattern = 'regular' | 'persistent' | 'severe' | 'penalty-threshold' | 'pip';

/** Who is who in the story of the data, for demos and tests. */
export interface DemoScenarios {
  /** Attendance pattern of every pupil, by pupil key. */
  patterns: Record<string, AttendancePattern>;
  persistentAbsentees: string[];
  severeAbsentee: string;
  penaltyThreshold: string;
  pipPupils: string[];
  /** The PIP whose six-weekly review increased the hours. */
  reviewedPip: string;
  /** E plan pupil whose annual review is overdue. */
  ehcpReviewOverdue: string;
}

export interface DemoSignInUser {
  displayName: string;
  email: string;
  jobTitle: string;
  kind: 'pru-staff' | 'home-school';
  role?: StaffRole;
  schoolUrn?: string;
}

export interface DemoData {
  seed: number;
  today: string;
  academicYear: string;
  staff: DemoStaffUser[];
  schools: DemoSchool[];
  schoolContacts: DemoSchoolContact[];
  pupils: DemoPupil[];
  attendanceMarks: DemoAttendanceMark[];
  attendanceAmendments: DemoAttendanceAmendment[];
  pips: DemoPip[];
  pipReviews: DemoPipReview[];
  learningLogs: DemoLearningLog[];
  learningLogEntries: DemoLearningLogEntry[];
  reviewMeetings: DemoReviewMeeting[];
  /** Reviews already held (recorded after the meeting, no invitation): EHC plan termly reviews, PEP reviews. */
  heldMeetings: DemoHeldReview[];
  /** Baseline assessments of the recent arrivals (all but the newest). */
  baselines: DemoAssessment[];
  scenarios: DemoScenarios;
}

export interface GenerateDemoDataOptions {
  seed?: number;
  /** ISO date; default '2026-11-20'. */
  today?: string;
}
