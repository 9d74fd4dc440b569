import type {
  IAssessmentRepository,
  IAttendanceActionRepository,
  IAttendanceRepository,
  IBehaviourLogRepository,
  IEhcRequestRepository,
  IHomeSchoolAccess,
  ILearningLogRepository,
  ILaReturnLog,
  INotificationLog,
  ILeadershipReports,
  ILetterRepository,
  IParentContactRepository,
  IPeopleDirectory,
  IPipRepository,
  IPupilHistoryRepository,
  IPupilRepository,
  IReviewMeetingRepository,
  ISchoolRepository,
  ISemhProfileRepository,
  ITransitionPlanRepository,
  ISettingsRepository,
  ISupportPlanRepository,
  ITargetRepository,
  IUserAccess,
} from '../data/ports';
import type { AttendanceWrite } from '../data/sp/attendance/AttendanceReads';
import type { MeetingWrite } from '../data/sp/meetings/ReviewMeetingReads';
import type { PipWrite } from '../data/sp/pips/PipReads';
import type { PupilWrite } from '../data/sp/PupilReads';
import type { NotificationLogWrite } from '../data/sp/notifications/NotificationLogReads';
import type { LeadershipReportWrite } from '../data/sp/reports/LeadershipReportReads';
import type { LaReturnWrite } from '../data/sp/pips/LaReturnReads';
import type { EhcRequestWrite } from '../data/sp/meetings/EhcRequestReads';
import type { TargetWrite } from '../data/sp/send/TargetReads';
import type { LearningLogWrite } from '../data/sp/learning/LearningLogReads';
import type { TransitionPlanWrite } from '../data/sp/transition/TransitionPlanReads';
import type { BehaviourLogWrite } from '../data/sp/behaviour/BehaviourLogReads';
import type { ParentContactWrite } from '../data/sp/parents/ParentContactReads';
import type { SchoolWrite } from '../data/sp/SchoolReads';
import type { LetterWrite } from '../data/sp/pips/LetterReads';
import type { AssessmentWrite, SupportPlanWrite } from '../data/sp/send/SupportPlanReads';

export type { SchoolWrite, LetterWrite, SupportPlanWrite, AssessmentWrite, AttendanceWrite, LaReturnWrite, LeadershipReportWrite, NotificationLogWrite, EhcRequestWrite, TargetWrite, LearningLogWrite, TransitionPlanWrite, BehaviourLogWrite, ParentContactWrite, MeetingWrite, PipWrite, PupilWrite };

/**
 * Every method of each repository built on demand (onDemandService forwards exactly these; TypeScript checks each
 * list is complete against its interface in ports.ts, so a method added there must be added here). A repository
 * split into reads and writes (dataModules: `x` and `xWrite`) has two lists: its writes (`…_WRITES`, loading the
 * write chunk) and the rest (`…_METHODS`, the read chunk).
 */
export const PUPIL_WRITES: Record<PupilWrite, true> = { create: true, update: true };
export const PUPIL_METHODS: Record<Exclude<keyof IPupilRepository, PupilWrite>, true> = { list: true, get: true };
export const HOME_SCHOOL_ACCESS_METHODS: Record<keyof IHomeSchoolAccess, true> = { status: true, repairAccess: true, findMismatches: true, repairAll: true };
export const SCHOOL_WRITES: Record<SchoolWrite, true> = {
  create: true,
  update: true,
  addContact: true,
  retryInvitation: true,
  removeContact: true,
  updateContact: true,
  syncStaff: true,
  staffAccess: true,
};
export const SCHOOL_METHODS: Record<Exclude<keyof ISchoolRepository, SchoolWrite>, true> = { list: true, get: true, contacts: true };
export const SETTINGS_METHODS: Record<keyof ISettingsRepository, true> = { get: true, save: true };
export const ATTENDANCE_WRITES: Record<AttendanceWrite, true> = { saveRegister: true };
export const ATTENDANCE_METHODS: Record<Exclude<keyof IAttendanceRepository, AttendanceWrite>, true> = {
  register: true,
  marksForPupil: true,
  marksForPupils: true,
  marksForYear: true,
  marksForWeek: true,
  amendmentsForPupil: true,
};
export const ATTENDANCE_ACTION_METHODS: Record<keyof IAttendanceActionRepository, true> = { forPupil: true, forPupils: true, add: true };
export const PARENT_CONTACT_WRITES: Record<ParentContactWrite, true> = { add: true };
export const PARENT_CONTACT_METHODS: Record<Exclude<keyof IParentContactRepository, ParentContactWrite>, true> = { forPupil: true, onDay: true, followUpsDue: true };
export const BEHAVIOUR_LOG_WRITES: Record<BehaviourLogWrite, true> = { add: true };
export const BEHAVIOUR_LOG_METHODS: Record<Exclude<keyof IBehaviourLogRepository, BehaviourLogWrite>, true> = { forPupil: true, incidentsOn: true };
export const SEMH_PROFILE_METHODS: Record<keyof ISemhProfileRepository, true> = { forPupil: true, reviewsDue: true, create: true, update: true };
export const TRANSITION_PLAN_WRITES: Record<TransitionPlanWrite, true> = { create: true, update: true };
export const TRANSITION_PLAN_METHODS: Record<Exclude<keyof ITransitionPlanRepository, TransitionPlanWrite>, true> = { list: true, forPupil: true, actionsDue: true };
export const PIP_WRITES: Record<PipWrite, true> = { create: true, update: true, addReview: true, recordReview: true };
export const PIP_METHODS: Record<Exclude<keyof IPipRepository, PipWrite>, true> = { list: true, forPupil: true, activeOn: true, get: true, reviews: true, allReviews: true };
export const LETTER_WRITES: Record<LetterWrite, true> = { file: true, recordSent: true, recordShare: true };
export const LETTER_METHODS: Record<Exclude<keyof ILetterRepository, LetterWrite>, true> = { forPupil: true, content: true };
export const LA_RETURN_LOG_WRITES: Record<LaReturnWrite, true> = { record: true };
export const LA_RETURN_LOG_METHODS: Record<Exclude<keyof ILaReturnLog, LaReturnWrite>, true> = { list: true, sent: true, content: true };
export const LEADERSHIP_REPORT_WRITES: Record<LeadershipReportWrite, true> = { file: true };
export const LEADERSHIP_REPORT_METHODS: Record<Exclude<keyof ILeadershipReports, LeadershipReportWrite>, true> = { list: true };
export const LEARNING_LOG_WRITES: Record<LearningLogWrite, true> = { create: true, update: true, addEntry: true };
export const LEARNING_LOG_METHODS: Record<Exclude<keyof ILearningLogRepository, LearningLogWrite>, true> = { forPupil: true, get: true, entries: true, entriesForPupil: true, entriesForPupils: true, highlights: true };
export const TARGET_WRITES: Record<TargetWrite, true> = { create: true, update: true, recordProgress: true };
export const TARGET_METHODS: Record<Exclude<keyof ITargetRepository, TargetWrite>, true> = { forPupil: true, forPupils: true, openForPupil: true, forSource: true, get: true };
export const SUPPORT_PLAN_WRITES: Record<SupportPlanWrite, true> = { create: true, update: true };
export const SUPPORT_PLAN_METHODS: Record<Exclude<keyof ISupportPlanRepository, SupportPlanWrite>, true> = { forPupil: true, forPupils: true, get: true };
export const ASSESSMENT_WRITES: Record<AssessmentWrite, true> = { add: true };
export const ASSESSMENT_METHODS: Record<Exclude<keyof IAssessmentRepository, AssessmentWrite>, true> = { forPupil: true, forPupils: true };
export const PUPIL_HISTORY_METHODS: Record<keyof IPupilHistoryRepository, true> = { forPupil: true, add: true, saveWithHistory: true };
export const USER_ACCESS_METHODS: Record<keyof IUserAccess, true> = { isPruStaff: true, pupilRights: true, can: true };
export const PEOPLE_METHODS: Record<keyof IPeopleDirectory, true> = { namesOf: true };
export const MEETING_WRITES: Record<MeetingWrite, true> = { create: true, update: true };
export const MEETING_METHODS: Record<Exclude<keyof IReviewMeetingRepository, MeetingWrite>, true> = { forPupil: true, since: true, get: true };
export const EHC_REQUEST_WRITES: Record<EhcRequestWrite, true> = { create: true, update: true };
export const EHC_REQUEST_METHODS: Record<Exclude<keyof IEhcRequestRepository, EhcRequestWrite>, true> = { list: true, forPupil: true };
export const NOTIFICATION_LOG_WRITES: Record<NotificationLogWrite, true> = { add: true, update: true };
export const NOTIFICATION_LOG_METHODS: Record<Exclude<keyof INotificationLog, NotificationLogWrite>, true> = { findByKey: true, get: true, recent: true, unsent: true, failed: true };
