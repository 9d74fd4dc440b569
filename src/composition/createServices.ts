import type { ServiceConnection } from './connection';
import type { IServices } from './IServices';
import { SpSchoolRepository } from '../data/sp/SchoolRepository';
import { SpPupilRepository } from '../data/sp/PupilRepository';
import { SpSettingsRepository } from '../data/sp/SettingsRepository';
import { SpAttendanceRepository } from '../data/sp/attendance/AttendanceRepository';
import { SpAttendanceActionRepository } from '../data/sp/attendance/AttendanceActionRepository';
import { PupilAccessService } from '../data/sp/access/PupilAccessService';
import { SchoolGroupService } from '../data/sp/access/SchoolGroupService';
import { HomeSchoolAccessService } from '../data/sp/access/HomeSchoolAccessService';
import { SpPipRepository } from '../data/sp/pips/PipRepository';
import { SpLetterRepository } from '../data/sp/pips/LetterRepository';
import { SpLearningLogRepository } from '../data/sp/learning/LearningLogRepository';
import { SpTargetRepository } from '../data/sp/send/TargetRepository';
import { SpAssessmentRepository, SpSupportPlanRepository } from '../data/sp/send/SupportPlanRepository';
import { SpPupilHistoryRepository } from '../data/sp/pupils/PupilHistoryRepository';
import { SpUserAccess } from '../data/sp/access/UserAccess';
import { SpReviewMeetingRepository } from '../data/sp/meetings/ReviewMeetingRepository';
import { SpEhcRequestRepository } from '../data/sp/meetings/EhcRequestRepository';
import { SpNotificationLogRepository } from '../data/sp/notifications/NotificationLogRepository';
import { MeetingService } from '../data/graph/meetings/MeetingService';
import { NotificationService } from '../data/graph/notifications/NotificationService';
import { AttendanceNotifier } from '../data/graph/notifications/AttendanceNotifier';
import { PupilSummaryService } from '../data/sp/pupils/PupilSummaryService';
import { refreshSummariesAfterPipChanges } from './refreshSummariesAfterPipChanges';
import { SpAttendanceImport } from '../data/sp/attendance/AttendanceImport';
import { ImportService } from '../data/import/ImportService';
import { SpMappingStore } from '../data/import/MappingStore';
import { SpSiteListSource } from '../data/import/SiteListSource';

/** Builds every service once, from one connection. The web part classes and the local workbench both call this. */
export function createServices(connection: ServiceConnection): IServices {
  const { sp, siteUrl } = connection;
  const schools = new SpSchoolRepository(sp, new SchoolGroupService(sp));
  const access = new PupilAccessService(sp, siteUrl);
  const settings = new SpSettingsRepository(sp);
  const now = connection.now ?? ((): Date => new Date());
  const pupilAccess = new HomeSchoolAccessService({
    sp,
    access,
    schools: async () => (await schools.list()).items,
    rule: async () => (await settings.get()),
    now,
  });
  const pupils = new SpPupilRepository(sp, access, pupilAccess);
  const pupilRefs = async (ids: readonly number[]): Promise<ReadonlyMap<number, string>> => {
    const wanted = new Set(ids);
    const all = await pupils.list();
    return new Map(all.items.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.pupilRef]));
  };
  const serviceName = async (): Promise<string> => (await settings.get()).service.name;
  const attendance = new SpAttendanceRepository(sp, siteUrl, pupilRefs, now);
  const meetings = new SpReviewMeetingRepository(sp, siteUrl);
  const storedPips = new SpPipRepository(sp, siteUrl, () => settings.get());
  const notifications = new NotificationService({ graph: connection.graph, log: new SpNotificationLogRepository(sp), sender: connection.user, serviceName, now });
  const pupilSummaries = new PupilSummaryService(sp, attendance, storedPips, settings, now);
  const pips = refreshSummariesAfterPipChanges(storedPips, pupilSummaries);
  return {
    pupils,
    pupilAccess,
    schools,
    attendance,
    settings,
    attendanceActions: new SpAttendanceActionRepository(sp, siteUrl),
    pips,
    letters: new SpLetterRepository(sp, siteUrl),
    learningLogs: new SpLearningLogRepository(sp, siteUrl),
    targets: new SpTargetRepository(sp, siteUrl),
    supportPlans: new SpSupportPlanRepository(sp, siteUrl),
    assessments: new SpAssessmentRepository(sp, siteUrl),
    pupilHistory: new SpPupilHistoryRepository(sp, siteUrl, pupils),
    userAccess: new SpUserAccess(sp),
    meetings,
    ehcRequests: new SpEhcRequestRepository(sp, siteUrl),
    meetingService: new MeetingService({ graph: connection.graph, meetings, siteUrl, serviceName, now }),
    notifications,
    attendanceNotifier: new AttendanceNotifier({ pupils, schools, attendance, settings, notifications, siteUrl, now }),
    pupilSummaries,
    imports: new ImportService({
      pupils,
      schools,
      attendance: new SpAttendanceImport(sp, siteUrl, pupilRefs),
      mappings: new SpMappingStore(sp),
      siteLists: new SpSiteListSource(sp),
      currentUser: connection.user,
      now,
    }),
    currentUser: connection.user,
    siteUrl,
    now,
  };
}
