import type { ServiceConnection } from './connection';
import type {
  IAttendanceActionRepository,
  IParentContactRepository,
  IBehaviourLogRepository,
  ISemhProfileRepository,
  ITransitionPlanRepository,
  IAttendanceRepository,
  IPipRepository,
  ILetterRepository,
  ILaReturnLog,
  ILeadershipReports,
  ILearningLogRepository,
  IPupilRepository,
  IHomeSchoolAccess,
  ISchoolRepository,
  ISettingsRepository,
  ITargetRepository,
  ISupportPlanRepository,
  IAssessmentRepository,
  IPupilHistoryRepository,
  IUserAccess,
  IPeopleDirectory,
  IReviewMeetingRepository,
  IEhcRequestRepository,
  IMeetingService,
  INotificationService,
  IAttendanceNotifier,
  IPupilSummaryService,
} from '../data/ports';
import type { IImportService } from '../data/import/importTypes';
import type { ITransferService } from '../data/transfer/transferTypes';
import type { ISiteSetup } from '../data/sp/setup/health/healthTypes';

/** Everything a web part's components may use, built once per web part by createServices. */
export interface IServices {
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly attendance: IAttendanceRepository;
  readonly settings: ISettingsRepository;
  /** Stage 2 and 3 attendance actions taken and planned. */
  readonly attendanceActions: IAttendanceActionRepository;
  /** Contacts with parents and carers about attendance: first-day calling, reasons given, follow-ups. */
  readonly parentContacts: IParentContactRepository;
  /** Engagement in each lesson and behaviour incidents, live to the pupil's home school (SEND policy). */
  readonly behaviourLog: IBehaviourLogRepository;
  /** Group learners' 6-week SEMH focus profiles and their reviews. */
  readonly semhProfiles: ISemhProfileRepository;
  readonly transitionPlans: ITransitionPlanRepository;
  /** Phased Integration Plans (temporary part-time timetables, C2) and their six-weekly reviews. */
  readonly pips: IPipRepository;
  /** Letters to parents and carers (Word documents) in each pupil's folder of the Letters library. */
  readonly letters: ILetterRepository;
  /** Part-time-timetable returns sent to the LA: each file as sent, with when, how, to whom and by whom. */
  readonly laReturns: ILaReturnLog;
  /** Reports to leaders and governors filed in the leadership-only library, one file per period and version. */
  readonly leadershipReports: ILeadershipReports;
  /** Appendix 3 learning logs (one per pupil per term) and their dated entries per subject. */
  readonly learningLogs: ILearningLogRepository;
  /** SMART targets from support plans, EHC plan outcomes, PIPs and reviews, with progress. */
  readonly targets: ITargetRepository;
  /** APDR support plans: SMART targets, costed provision map, review outcome and next step, one-page profile. */
  readonly supportPlans: ISupportPlanRepository;
  /** Baseline assessments, standardised scores, reading ages and half-termly tracking. */
  readonly assessments: IAssessmentRepository;
  /** Home-school access: whether a pupil's records are shared as the rule says, the repair, and the check. */
  readonly pupilAccess: IHomeSchoolAccess;
  /** Dated changes of tier, provision, home school and named staff, with reasons. */
  readonly pupilHistory: IPupilHistoryRepository;
  /** Whether the signed-in user is PRU staff (from SharePoint group membership): PRU-only actions such as the census export. */
  readonly userAccess: IUserAccess;
  /** Staff names by e-mail address, from the site's user list. */
  readonly people: IPeopleDirectory;
  /** Review meetings with their Outlook invitation and Teams link, outcomes, decisions and actions. */
  readonly meetings: IReviewMeetingRepository;
  /** LA requests for information and draft EHC plans for comment, with their reply periods. */
  readonly ehcRequests: IEhcRequestRepository;
  /** Outlook invitations with Teams links, free/busy and finding colleagues (Microsoft Graph). */
  readonly meetingService: IMeetingService;
  /** The one notification service every part uses: e-mail through Graph, logged, retried, never pupil detail. */
  readonly notifications: INotificationService;
  /** Tells home schools after a register save (stage worse, penalty threshold, N after close); absent in tests that do not need it. */
  readonly attendanceNotifier?: IAttendanceNotifier;
  /** The cached list-view columns on each pupil (attendance stage, PIP status, next review). */
  readonly pupilSummaries: IPupilSummaryService;
  /** Imports from CSV and Excel files and site lists: the dry run, then writing through the repositories above. */
  readonly imports: IImportService;
  /** Common transfer files out: a leaver's CTF and a main school's attendance transfer (loaded on demand). */
  readonly transfers: ITransferService;
  /** Site setup, upgrade and "Check this site" with its repairs (the Site setup page; site owners). */
  readonly siteSetup: ISiteSetup;
  readonly currentUser: ServiceConnection['user'];
  readonly siteUrl: string;
  /** The current time (injected so that screens and tests agree on "today"). */
  readonly now: () => Date;
}
