import { settingsList } from './declared/settings';
import { schoolsList } from './declared/schools';
import { schoolContactsList } from './declared/schoolContacts';
import { pupilsList } from './declared/pupils';
import { pupilConfidentialList } from './declared/pupilConfidential';
import { pupilHistoryList } from './declared/pupilHistory';
import { attendanceWeeksList } from './declared/attendanceWeeks';
import { attendanceAmendmentsList } from './declared/attendanceAmendments';
import { registersList } from './declared/registers';
import { attendanceActionsList } from './declared/attendanceActions';
import { attendanceActionNotesList } from './declared/attendanceActionNotes';
import { pipsList } from './declared/pips';
import { pipConfidentialList } from './declared/pipConfidential';
import { pipReviewsList } from './declared/pipReviews';
import { learningLogsList } from './declared/learningLogs';
import { learningLogEntriesList } from './declared/learningLogEntries';
import { reviewMeetingsList } from './declared/reviewMeetings';
import { reviewMeetingNotesList } from './declared/reviewMeetingNotes';
import { targetsList } from './declared/targets';
import { supportPlansList } from './declared/supportPlans';
import { assessmentsList } from './declared/assessments';
import { notificationsList } from './declared/notifications';
import { ehcRequestsList } from './declared/ehcRequests';
import { lettersList } from './declared/letters';
import { parentContactsList } from './declared/parentContacts';
import { parentContactNotesList } from './declared/parentContactNotes';
import { behaviourLogList } from './declared/behaviourLog';
import { semhProfilesList } from './declared/semhProfiles';
import { laReturnsList } from './declared/laReturns';
import { leadershipReportsList } from './declared/leadershipReports';
import { transitionPlansList } from './declared/transitionPlans';
import type { FieldDefinition, ListDefinition, ListKey } from './types';

/**
 * Every list, in the order site setup creates them. Each list is declared in its own file (src/lists/declared/<key>.ts),
 * so a repository imports only the lists it reads (its chunk then carries only those); provisioning, site setup, the
 * emulator and the health checks use the whole schema from here.
 */
export const LISTS: readonly ListDefinition[] = [
  settingsList,
  schoolsList,
  schoolContactsList,
  pupilsList,
  pupilConfidentialList,
  pupilHistoryList,
  attendanceWeeksList,
  attendanceAmendmentsList,
  registersList,
  attendanceActionsList,
  attendanceActionNotesList,
  pipsList,
  pipConfidentialList,
  pipReviewsList,
  learningLogsList,
  learningLogEntriesList,
  reviewMeetingsList,
  reviewMeetingNotesList,
  targetsList,
  supportPlansList,
  assessmentsList,
  notificationsList,
  ehcRequestsList,
  lettersList,
  parentContactsList,
  parentContactNotesList,
  behaviourLogList,
  semhProfilesList,
  laReturnsList,
  leadershipReportsList,
  transitionPlansList,
];

export function listByKey(key: ListKey): ListDefinition {
  const list = LISTS.find((l) => l.key === key);
  if (!list) throw new Error(`No list is declared with key '${key}'.`);
  return list;
}

export function fieldOf(key: ListKey, internalName: string): FieldDefinition {
  const f = listByKey(key).fields.find((x) => x.internalName === internalName);
  if (!f) throw new Error(`List '${key}' declares no field '${internalName}'.`);
  return f;
}
