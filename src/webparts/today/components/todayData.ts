/**
 * The reads Today's first screen makes, in Today's own chunk (`view-today`) instead of fourteen `data-…` chunks and
 * the dozens of small shared chunks webpack splits them into: one file compresses far better (issue 18, "one chunk
 * per first screen"). TodayWebPart hands them to the services (provideData) when the view has loaded, so reading them
 * fetches nothing more; the writes still load at the first write (their `data-…-write` chunks).
 *
 * Each entry is the very module `dataModules` would load (TypeScript checks its shape, a test its identity): the
 * person, the settings, the due calendar's sources (pupils, meetings, PIPs, EHC requests, transition plans, the
 * baseline assessments), the PRU's (registers and marks, calls home, LA returns, behaviour log, notifications), the
 * names of who took a register, and home-school staff's learning logs.
 */
import type { ProvidedData } from '../../../composition/dataModules';
import * as pupils from '../../../data/sp/PupilReads';
import * as settings from '../../../data/sp/SettingsRepository';
import * as userAccess from '../../../data/sp/access/UserAccess';
import * as attendance from '../../../data/sp/attendance/AttendanceReads';
import * as parentContacts from '../../../data/sp/parents/ParentContactReads';
import * as meetings from '../../../data/sp/meetings/ReviewMeetingReads';
import * as ehcRequests from '../../../data/sp/meetings/EhcRequestReads';
import * as pips from '../../../data/sp/pips/PipReads';
import * as supportPlans from '../../../data/sp/send/SupportPlanReads';
import * as people from '../../../data/sp/people/SitePeopleDirectory';
import * as laReturns from '../../../data/sp/pips/LaReturnReads';
import * as transitionPlans from '../../../data/sp/transition/TransitionPlanReads';
import * as behaviourLog from '../../../data/sp/behaviour/BehaviourLogReads';
import * as notificationLog from '../../../data/sp/notifications/NotificationLogReads';
import * as learningLogs from '../../../data/sp/learning/LearningLogReads';

export const todayData = {
  pupils,
  settings,
  userAccess,
  attendance,
  parentContacts,
  meetings,
  ehcRequests,
  pips,
  supportPlans,
  people,
  laReturns,
  transitionPlans,
  behaviourLog,
  notificationLog,
  learningLogs,
} satisfies ProvidedData;
