/**
 * Pathways Hub domain: pure TypeScript + zod. Where to find things:
 *   vocabulary            the fixed word lists (tiers, need codes, PIP reasons …)
 *   common/               field schemas (dates, times, e-mail …) and ValidationIssue
 *   dates/                ISO dates ⇄ dd/mm/yyyy, academic year, London "today", school calendar
 *   settings/             SchoolSettings schema and DEFAULT_SETTINGS
 *   attendance/           code table, marks, amendments, statistics, stages, prize draw, register timing,
 *                         penalty-notice threshold, illness return, stage 2/3 actions
 *   pupils/, schools/     register of additional need, change history, home schools and their staff
 *   pip/                  Phased Integration Plans: schema, timetable rules, reviews, review dates
 *   learning/, meetings/, targets/, send/, notifications/
 */
export * from './vocabulary';

export * from './common/validationIssue';
export * from './common/fields';

export * from './dates/isoDates';
export * from './dates/academicYear';
export * from './dates/londonTime';
export * from './dates/clockTime';
export * from './dates/schoolCalendar';

export * from './settings/termDates';
export * from './settings/sessionTimes';
export * from './settings/laPartTimeReturn';
export * from './settings/reportSettings';
export * from './settings/schoolSettings';
export * from './settings/defaultSettings';
export * from './settings/calendarRules';
export * from './settings/validateSettings';

export * from './attendance/codes';
export * from './attendance/sessionBuckets';
export * from './attendance/attendanceMark';
export * from './attendance/attendanceAmendment';
export * from './attendance/attendanceActionRecord';
export * from './attendance/stats';
export * from './attendance/stages';
export * from './attendance/prizeDraw';
export * from './attendance/registerTiming';
export * from './attendance/penaltyThreshold';
export * from './attendance/illness';

export * from './pupils/pupil';
export * from './pupils/leadTutor';
export * from './pupils/pupilChange';
export * from './pupils/senNeedWarnings';
export * from './pupils/upn';
export * from './pupils/pupilContacts';
export * from './pupils/enrolment';
export * from './pupils/firstDueItems';
export * from './schools/school';
export * from './schools/schoolContact';

export * from './pip/timetable';
export * from './pip/timetableSlot';
export * from './pip/pip';
export * from './pip/pipAgreement';
export * from './pip/validatePip';
export * from './pip/pipReview';
export * from './pip/reviewDates';
export * from './pip/pipOverlap';
export * from './meetings/pipReviewMeeting';
export * from './parents/parentContact';
export * from './behaviour/behaviourLogEntry';
export * from './behaviour/behaviourLogRecording';
export * from './behaviour/loggedIncident';
export * from './behaviour/engagementSeries';
export * from './behaviour/semhFocusProfile';
export * from './behaviour/recentIncidents';
export * from './settings/behaviourLogSettings';
export * from './settings/homeSchoolSharing';
export * from './settings/letterSharing';

export * from './learning/learningLog';
export * from './learning/halfTermLog';
export * from './learning/learningLogEntry';
export * from './learning/learningLogTermOf';
export * from './meetings/reviewMeeting';
export * from './meetings/meetingChat';
export * from './meetings/reviewVoice';
export * from './targets/target';
export * from './send/supportPlan';
export * from './send/assessment';
export * from './send/censusCodes';
export * from './send/censusExport';
export * from './send/baselineDeadline';
export * from './send/academicTracking';
export * from './targets/ehcOutcomes';
export * from './pupils/pupilChanges';
export * from './pupils/registerView';
export * from './notifications/notificationRecord';
export * from './notifications/failedNotification';
export * from './pupils/onRoll';
export * from './pupils/senSupportForAll';
export * from './pupils/homeSchoolAccess';
export * from './attendance/registerValidation';
export * from './attendance/markBounds';
export * from './attendance/weeklySeries';
export * from './attendance/cohortBreakdown';
export * from './attendance/attendanceCsv';
export * from './attendance/alerts';
export * from './attendance/stageWorklist';
export * from './attendance/missingMarks';
export * from './attendance/fireRegister';
export * from './attendance/weekRegister';
export * from './attendance/prizeDrawWeek';
export * from './attendance/advanceMarks';
export * from './pip/reviewDecision';
export * from './pip/pipRules';
export * from './pip/pipHistory';
export * from './pip/planAttendance';
export * from './pip/tracker';
export * from './pip/trackerCsv';
export * from './pip/laReturn';
export * from './pip/laReturnDue';
export * from './pip/laReturnSent';
export * from './pip/sentReturn';
export * from './pip/laReturnSentRecord';
export * from './pip/nextLaReturnDue';
export * from './pip/pipFlags';
export * from './pip/timetableLetter';
export * from './pip/letterRecord';
export * from './pip/reviewGrid';
export * from './meetings/ehcRequest';
export * from './meetings/ehcAssessment';
export * from './transition/transitionPlan';
export * from './transition/planReview';
export * from './meetings/ehcStepDueKinds';
export * from './meetings/ehcStepRecord';
export * from './meetings/deadlines';
export * from './meetings/reviewPeriods';
export * from './meetings/dueItem';
export * from './meetings/dueCalendar';
export * from './meetings/dueGroups';
export * from './meetings/heldElsewhere';
export * from './meetings/agenda';
export * from './meetings/inviteText';
export * from './meetings/nextReview';
export * from './attendance/currentStage';
export * from './attendance/notificationTriggers';
export * from './meetings/meetingTime';
export * from './pupils/listSummary';
export * from './reports/assessmentChange';
export * from './reports/progressReport';
export * from './reports/leadersReport';
export * from './reports/meetingsOnTime';
export * from './reports/filedLeadersReport';
export * from './reports/reportPeriods';
export * from './reports/cohortReports';
export * from './reports/reportSharing';
export * from './reports/provisionImpact';
export * from './reports/groupTrends';
