import type { ServiceConnection } from './connection';
import type { IServices } from './IServices';
import { SpSchoolRepository } from '../data/sp/SchoolRepository';
import { SpPupilRepository } from '../data/sp/PupilRepository';
import { SpSettingsRepository } from '../data/sp/SettingsRepository';
import { SpAttendanceRepository } from '../data/sp/attendance/AttendanceRepository';
import { SpAttendanceActionRepository } from '../data/sp/attendance/AttendanceActionRepository';
import { SpParentContactRepository } from '../data/sp/parents/ParentContactRepository';
import { SpBehaviourLogRepository } from '../data/sp/behaviour/BehaviourLogRepository';
import { SpSemhProfileRepository } from '../data/sp/behaviour/SemhProfileRepository';
import { PupilAccessService } from '../data/sp/access/PupilAccessService';
import { SchoolGroupService } from '../data/sp/access/SchoolGroupService';
import { GuestInvitationService } from '../data/graph/invitations/GuestInvitationService';
import { HomeSchoolAccessService } from '../data/sp/access/HomeSchoolAccessService';
import { SpPipRepository } from '../data/sp/pips/PipRepository';
import { SpLetterRepository } from '../data/sp/pips/LetterRepository';
import { SpLearningLogRepository } from '../data/sp/learning/LearningLogRepository';
import { SpTargetRepository } from '../data/sp/send/TargetRepository';
import { SpAssessmentRepository, SpSupportPlanRepository } from '../data/sp/send/SupportPlanRepository';
import { SpPupilHistoryRepository } from '../data/sp/pupils/PupilHistoryRepository';
import { SpUserAccess } from '../data/sp/access/UserAccess';
import { SitePeopleDirectory } from '../data/sp/people/SitePeopleDirectory';
import { SpReviewMeetingRepository } from '../data/sp/meetings/ReviewMeetingRepository';
import { SpEhcRequestRepository } from '../data/sp/meetings/EhcRequestRepository';
import { refreshSummariesAfterPipChanges } from './refreshSummariesAfterPipChanges';
import { once, onDemandService } from './onDemandService';
import { linkPipReviewMeetings } from './linkPipReviewMeetings';

/**
 * Builds every service once, from one connection. The web part classes and the local workbench both call this.
 * Services only some web parts use are built on demand (onDemandService: their code is a chunk loaded at the first
 * call), so the one bundle every web part loads first does not carry them: add a new one the same way.
 */
export function createServices(connection: ServiceConnection): IServices {
  const { sp, siteUrl } = connection;
  const schools = new SpSchoolRepository(sp, new SchoolGroupService(sp, new GuestInvitationService(connection.graph, siteUrl)));
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
  const attendance = new SpAttendanceRepository(sp, siteUrl, pupilRefs, now, () => settings.get());
  const meetings = new SpReviewMeetingRepository(sp, siteUrl, now);
  const storedPips = new SpPipRepository(sp, siteUrl, () => settings.get(), now);
  const graphServices = once(async () =>
    (await import(/* webpackChunkName: 'services-graph' */ './onDemand/graphServices')).createGraphServices({ connection, pupils, schools, attendance, settings, meetings, serviceName, now }),
  );
  const pupilSummaries = onDemandService({ refresh: true }, async () => {
    const { PupilSummaryService } = await import(/* webpackChunkName: 'services-summaries' */ '../data/sp/pupils/PupilSummaryService');
    return new PupilSummaryService(sp, attendance, storedPips, settings, now);
  });
  const pips = linkPipReviewMeetings(refreshSummariesAfterPipChanges(storedPips, pupilSummaries), meetings, now);
  return {
    pupils,
    pupilAccess,
    schools,
    attendance,
    settings,
    attendanceActions: new SpAttendanceActionRepository(sp, siteUrl),
    parentContacts: new SpParentContactRepository(sp, siteUrl, now),
    behaviourLog: new SpBehaviourLogRepository(sp, siteUrl, now),
    semhProfiles: new SpSemhProfileRepository(sp, siteUrl, () => settings.get(), now),
    pips,
    letters: new SpLetterRepository(sp, siteUrl),
    learningLogs: new SpLearningLogRepository(sp, siteUrl),
    targets: new SpTargetRepository(sp, siteUrl),
    supportPlans: new SpSupportPlanRepository(sp, siteUrl),
    assessments: new SpAssessmentRepository(sp, siteUrl),
    pupilHistory: new SpPupilHistoryRepository(sp, siteUrl, pupils),
    userAccess: new SpUserAccess(sp),
    people: new SitePeopleDirectory(sp),
    meetings,
    ehcRequests: new SpEhcRequestRepository(sp, siteUrl),
    meetingService: onDemandService({ schedule: true, reschedule: true, cancel: true, freeBusy: true, findStaff: true }, async () => (await graphServices()).meetingService),
    notifications: onDemandService({ notify: true, retry: true, recent: true }, async () => (await graphServices()).notifications),
    attendanceNotifier: onDemandService({ afterRegisterSave: true }, async () => (await graphServices()).attendanceNotifier),
    pupilSummaries,
    imports: onDemandService(
      { readWorkbook: true, readCtf: true, siteLists: true, readSiteList: true, plan: true, run: true, savedMappings: true, saveMapping: true },
      async () => (await import(/* webpackChunkName: 'services-import' */ './onDemand/importService')).createImportService({ connection, pupils, schools, pupilRefs, now, pips }),
    ),
    transfers: onDemandService({ status: true, makeCtf: true, makeAttendanceTransfer: true, recordSent: true }, async () => {
      const { TransferService } = await import(/* webpackChunkName: 'services-transfer' */ '../data/transfer/TransferService');
      return new TransferService({ pupils, settings, attendance, letters: new SpLetterRepository(sp, siteUrl), history: new SpPupilHistoryRepository(sp, siteUrl, pupils), now });
    }),
    siteSetup: onDemandService({ check: true, plan: true, runSetup: true, repair: true }, async () =>
      (await import(/* webpackChunkName: 'services-setup' */ './onDemand/siteSetup')).createSiteSetup({ connection, pupilAccess, schools, now }),
    ),
    currentUser: connection.user,
    siteUrl,
    now,
  };
}
