import type { ServiceConnection } from './connection';
import type { ISiteSetup } from '../data/sp/setup/health/healthTypes';
import type { IServices } from './IServices';
import type { IAssessmentRepository, IEhcRequestRepository, ITargetRepository, ILearningLogRepository, ITransitionPlanRepository, IBehaviourLogRepository, IParentContactRepository, IAttendanceRepository, IHomeSchoolAccess, ILaReturnLog, ILeadershipReports, INotificationLog, INotificationService, IPipRepository, IPupilRepository, IReviewMeetingRepository, ISchoolRepository, ISettingsRepository, ISupportPlanRepository, ILetterRepository } from '../data/ports';
import { refreshSummariesAfterPipChanges } from './refreshSummariesAfterPipChanges';
import { once, onDemandService } from './onDemandService';
import { linkPipReviewMeetings } from './linkPipReviewMeetings';
import { dataModules } from './dataModules';
import { pageSharedSchools, pageSharedSettings } from './pageCache';
import * as M from './serviceMethods';

/**
 * Builds every service once, from one connection. The web part classes and the local workbench both call this.
 *
 * Nothing here is built up front: every repository and service is an onDemandService whose code is a chunk
 * (dataModules: `data-…`; the rarer services: `services-…`) loaded the first time one of its methods is called, and
 * built once for the page. So the one bundle every web part loads first carries no repository, mapper, list schema
 * or rule: a view loads only the repositories it uses. Add a new repository the same way (dataModules, its method
 * list in serviceMethods.ts, and an onDemandService here).
 */
export function createServices(connection: ServiceConnection): IServices {
  const { sp, siteUrl } = connection;
  const now = connection.now ?? ((): Date => new Date());
  // Read once per page by all the web parts on it (pageCache), cleared when written.
  const settings = pageSharedSettings(siteUrl, onDemandService<ISettingsRepository>(M.SETTINGS_METHODS, async () => new (await dataModules.settings()).SpSettingsRepository(sp)));
  const schools = pageSharedSchools(
    siteUrl,
    onDemandService<ISchoolRepository, M.SchoolWrite>(M.SCHOOL_METHODS, async () => new (await dataModules.schools()).SpSchoolReads(sp), {
      methods: M.SCHOOL_WRITES,
      load: async () => (await dataModules.schoolsWrite()).createSchoolRepository(connection),
    }),
  );
  // The pupils' folders and home-school sharing: loaded for a write or a sharing check, not to read pupils.
  const accessParts = once(async () => (await dataModules.pupilAccess()).createPupilAccess({ sp, siteUrl, schools, settings, now }));
  const pupils = onDemandService<IPupilRepository, M.PupilWrite>(M.PUPIL_METHODS, async () => new (await dataModules.pupils()).SpPupilReads(sp, accessParts), {
    methods: M.PUPIL_WRITES,
    load: async () => new (await dataModules.pupilsWrite()).SpPupilRepository(sp, accessParts),
  });
  const pupilAccess = onDemandService<IHomeSchoolAccess>(M.HOME_SCHOOL_ACCESS_METHODS, async () => (await accessParts()).homeSchool);
  const pupilRefs = async (ids: readonly number[]): Promise<ReadonlyMap<number, string>> => {
    const wanted = new Set(ids);
    const all = await pupils.list();
    return new Map(all.items.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.pupilRef]));
  };
  const serviceName = async (): Promise<string> => (await settings.get()).service.name;
  const attendance = onDemandService<IAttendanceRepository, M.AttendanceWrite>(M.ATTENDANCE_METHODS, async () => new (await dataModules.attendance()).SpAttendanceReads(sp, siteUrl, pupilRefs, now, () => settings.get()), {
    methods: M.ATTENDANCE_WRITES,
    load: async () => new (await dataModules.attendanceWrite()).SpAttendanceRepository(sp, siteUrl, pupilRefs, now, () => settings.get()),
  });
  const meetings = onDemandService<IReviewMeetingRepository, M.MeetingWrite>(M.MEETING_METHODS, async () => new (await dataModules.meetings()).SpReviewMeetingReads(sp, siteUrl, now), {
    methods: M.MEETING_WRITES,
    load: async () => new (await dataModules.meetingsWrite()).SpReviewMeetingRepository(sp, siteUrl, now),
  });
  const storedPips = onDemandService<IPipRepository, M.PipWrite>(M.PIP_METHODS, async () => new (await dataModules.pips()).SpPipReads(sp, siteUrl, () => settings.get(), now), {
    methods: M.PIP_WRITES,
    load: async () => new (await dataModules.pipsWrite()).SpPipRepository(sp, siteUrl, () => settings.get(), now),
  });
  const letters = onDemandService<ILetterRepository, M.LetterWrite>(M.LETTER_METHODS, async () => new (await dataModules.letters()).SpLetterReads(sp, siteUrl), {
    methods: M.LETTER_WRITES,
    load: async () => new (await dataModules.lettersWrite()).SpLetterRepository(sp, siteUrl, () => settings.get()),
  });
  const pupilHistory = onDemandService(M.PUPIL_HISTORY_METHODS, async () => new (await dataModules.pupilHistory()).SpPupilHistoryRepository(sp, siteUrl, pupils));
  // The log is a SharePoint list: reading it (Today, the outbox, Reports) loads its own chunk, not the Graph services.
  const notificationLog = onDemandService<INotificationLog, M.NotificationLogWrite>(M.NOTIFICATION_LOG_METHODS, async () => new (await dataModules.notificationLog()).SpNotificationLogReads(sp), {
      methods: M.NOTIFICATION_LOG_WRITES,
      load: async () => new (await dataModules.notificationLogWrite()).SpNotificationLogRepository(sp),
    });
  const graphServices = once(async () =>
    (await import(/* webpackChunkName: 'services-graph' */ './onDemand/graphServices')).createGraphServices({ connection, pupils, schools, attendance, settings, meetings, notificationLog, serviceName, now }),
  );
  const sending = onDemandService<Pick<INotificationService, 'notify' | 'notifyAll' | 'retry'>>({ notify: true, notifyAll: true, retry: true }, async () => (await graphServices()).notifications);
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
    attendanceActions: onDemandService(M.ATTENDANCE_ACTION_METHODS, async () => new (await dataModules.attendanceActions()).SpAttendanceActionRepository(sp, siteUrl)),
    parentContacts: onDemandService<IParentContactRepository, M.ParentContactWrite>(M.PARENT_CONTACT_METHODS, async () => new (await dataModules.parentContacts()).SpParentContactReads(sp, siteUrl, now), {
      methods: M.PARENT_CONTACT_WRITES,
      load: async () => new (await dataModules.parentContactsWrite()).SpParentContactRepository(sp, siteUrl, now),
    }),
    behaviourLog: onDemandService<IBehaviourLogRepository, M.BehaviourLogWrite>(M.BEHAVIOUR_LOG_METHODS, async () => new (await dataModules.behaviourLog()).SpBehaviourLogReads(sp, siteUrl, now), {
      methods: M.BEHAVIOUR_LOG_WRITES,
      load: async () => new (await dataModules.behaviourLogWrite()).SpBehaviourLogRepository(sp, siteUrl, now),
    }),
    semhProfiles: onDemandService(M.SEMH_PROFILE_METHODS, async () => new (await dataModules.semhProfiles()).SpSemhProfileRepository(sp, siteUrl, () => settings.get(), now)),
    transitionPlans: onDemandService<ITransitionPlanRepository, M.TransitionPlanWrite>(M.TRANSITION_PLAN_METHODS, async () => new (await dataModules.transitionPlans()).SpTransitionPlanReads(sp, siteUrl, now), {
      methods: M.TRANSITION_PLAN_WRITES,
      load: async () => new (await dataModules.transitionPlansWrite()).SpTransitionPlanRepository(sp, siteUrl, now),
    }),
    pips,
    letters,
    laReturns: onDemandService<ILaReturnLog, M.LaReturnWrite>(M.LA_RETURN_LOG_METHODS, async () => new (await dataModules.laReturns()).SpLaReturnReads(sp, siteUrl), {
      methods: M.LA_RETURN_LOG_WRITES,
      load: async () => new (await dataModules.laReturnsWrite()).SpLaReturnLog(sp, siteUrl),
    }),
    leadershipReports: onDemandService<ILeadershipReports, M.LeadershipReportWrite>(M.LEADERSHIP_REPORT_METHODS, async () => new (await dataModules.leadershipReports()).SpLeadershipReportReads(sp, siteUrl), {
      methods: M.LEADERSHIP_REPORT_WRITES,
      load: async () => new (await dataModules.leadershipReportsWrite()).SpLeadershipReportLibrary(sp, siteUrl),
    }),
    learningLogs: onDemandService<ILearningLogRepository, M.LearningLogWrite>(M.LEARNING_LOG_METHODS, async () => new (await dataModules.learningLogs()).SpLearningLogReads(sp, siteUrl), {
      methods: M.LEARNING_LOG_WRITES,
      load: async () => new (await dataModules.learningLogsWrite()).SpLearningLogRepository(sp, siteUrl),
    }),
    targets: onDemandService<ITargetRepository, M.TargetWrite>(M.TARGET_METHODS, async () => new (await dataModules.targets()).SpTargetReads(sp, siteUrl), {
      methods: M.TARGET_WRITES,
      load: async () => new (await dataModules.targetsWrite()).SpTargetRepository(sp, siteUrl),
    }),
    supportPlans: onDemandService<ISupportPlanRepository, M.SupportPlanWrite>(M.SUPPORT_PLAN_METHODS, async () => new (await dataModules.supportPlans()).SpSupportPlanReads(sp, siteUrl), {
      methods: M.SUPPORT_PLAN_WRITES,
      load: async () => new (await dataModules.supportPlansWrite()).SpSupportPlanRepository(sp, siteUrl),
    }),
    assessments: onDemandService<IAssessmentRepository, M.AssessmentWrite>(M.ASSESSMENT_METHODS, async () => new (await dataModules.supportPlans()).SpAssessmentReads(sp, siteUrl), {
      methods: M.ASSESSMENT_WRITES,
      load: async () => new (await dataModules.supportPlansWrite()).SpAssessmentRepository(sp, siteUrl),
    }),
    pupilHistory,
    userAccess: onDemandService(M.USER_ACCESS_METHODS, async () => new (await dataModules.userAccess()).SpUserAccess(sp)),
    people: onDemandService(M.PEOPLE_METHODS, async () => new (await dataModules.people()).SitePeopleDirectory(sp)),
    meetings,
    ehcRequests: onDemandService<IEhcRequestRepository, M.EhcRequestWrite>(M.EHC_REQUEST_METHODS, async () => new (await dataModules.ehcRequests()).SpEhcRequestReads(sp, siteUrl, now), {
      methods: M.EHC_REQUEST_WRITES,
      load: async () => new (await dataModules.ehcRequestsWrite()).SpEhcRequestRepository(sp, siteUrl, now),
    }),
    meetingService: onDemandService({ schedule: true, reschedule: true, cancel: true, freeBusy: true, findStaff: true }, async () => (await graphServices()).meetingService),
    notifications: { notify: (r) => sending.notify(r), notifyAll: (r) => sending.notifyAll(r), retry: (id) => sending.retry(id), recent: (limit) => notificationLog.recent(limit), failed: () => notificationLog.failed() },
    attendanceNotifier: onDemandService({ afterRegisterSave: true }, async () => (await graphServices()).attendanceNotifier),
    pupilSummaries,
    imports: onDemandService(
      { readWorkbook: true, readCtf: true, siteLists: true, readSiteList: true, plan: true, run: true, savedMappings: true, saveMapping: true },
      async () => (await import(/* webpackChunkName: 'services-import' */ './onDemand/importService')).createImportService({ connection, pupils, schools, settings, pupilRefs, now, pips }),
    ),
    transfers: onDemandService({ status: true, makeCtf: true, makeAttendanceTransfer: true, recordSent: true }, async () => {
      const { TransferService } = await import(/* webpackChunkName: 'services-transfer' */ '../data/transfer/TransferService');
      return new TransferService({ pupils, settings, attendance, letters, history: pupilHistory, now });
    }),
    // The status (Site setup's first screen) is a small module; the check, setup and repairs load when first asked for.
    siteSetup: onDemandService<ISiteSetup, 'check' | 'plan' | 'runSetup' | 'repair'>({ status: true }, async () => (await dataModules.siteStatus()).createSiteStatus(connection), {
      methods: { check: true, plan: true, runSetup: true, repair: true },
      load: async () => (await dataModules.siteSetup()).createSiteSetup({ connection, pupilAccess, schools, now }),
    }),
    currentUser: connection.user,
    siteUrl,
    now,
  };
}
