import { DEFAULT_HOME_SCHOOL_SHARING_SETTINGS } from './homeSchoolSharing';
import { DEFAULT_NOT_POSSIBLE_CODES } from '../attendance/codes';
import type { SchoolSettings } from './schoolSettings';
import { LA_RETURN_FIELDS } from './laPartTimeReturn';
import { DEFAULT_BEHAVIOUR_LOG_SETTINGS } from './behaviourLogSettings';
import { DEFAULT_REPORT_SETTINGS } from './reportSettings';

/**
 * Settings used until the service saves its own. Contact details and names are fictional; term dates are
 * an example calendar to be replaced by the local authority's published dates.
 *
 * Sources: register times and stages from the attendance policy; thresholds and periods from the facts
 * sheet (§2–§9). Unconfirmed points ([U]) are settings on purpose: N replacement days, Q/Y1–Y7 possible
 * sessions, the LA part-time-timetable return.
 */
export const DEFAULT_SETTINGS: SchoolSettings = {
  service: {
    name: 'Pathways Learning Centre',
    address: '1 Example Road, Exampletown, EX1 2AB',
    phone: '024 7600 0000',
    email: 'office@pathways.example.org',
  },
  sessions: {
    AM: { startsAt: '09:00', registerOpens: '09:00', registerCloses: '09:30', endsAt: '12:15' },
    PM: { startsAt: '12:45', registerOpens: '12:45', registerCloses: '13:15', endsAt: '15:15' },
  },
  schoolDay: { start: '09:00', end: '15:15' },
  stageBoundaries: { stage1AbovePercent: 90, stage3AtOrBelowPercent: 80 },
  prizeDrawTicketAbovePercent: 90,
  persistentAbsencePercent: 10,
  severeAbsencePercent: 50,
  penaltyThreshold: { sessions: 10, schoolWeeks: 10, codes: ['G', 'N', 'O', 'U'] },
  illnessReturnDays: 15,
  leaverAccessDays: 0,
  pipReviewIntervalWeeks: 6,
  fullTimeHours: 25,
  terms: [
    {
      academicYear: '2025/26',
      term: 'Autumn',
      halfTerms: [
        { start: '2025-09-03', end: '2025-10-24' },
        { start: '2025-11-03', end: '2025-12-19' },
      ],
    },
    {
      academicYear: '2025/26',
      term: 'Spring',
      halfTerms: [
        { start: '2026-01-05', end: '2026-02-13' },
        { start: '2026-02-23', end: '2026-03-27' },
      ],
    },
    {
      academicYear: '2025/26',
      term: 'Summer',
      halfTerms: [
        { start: '2026-04-13', end: '2026-05-22' },
        { start: '2026-06-01', end: '2026-07-21' },
      ],
    },
    {
      academicYear: '2026/27',
      term: 'Autumn',
      halfTerms: [
        { start: '2026-09-02', end: '2026-10-23' },
        { start: '2026-11-02', end: '2026-12-18' },
      ],
    },
    {
      academicYear: '2026/27',
      term: 'Spring',
      halfTerms: [
        { start: '2027-01-04', end: '2027-02-12' },
        { start: '2027-02-22', end: '2027-03-25' },
      ],
    },
    {
      academicYear: '2026/27',
      term: 'Summer',
      halfTerms: [
        { start: '2027-04-12', end: '2027-05-28' },
        { start: '2027-06-07', end: '2027-07-21' },
      ],
    },
  ],
  closures: [
    { date: '2026-01-05', reason: 'Staff training day (INSET)' },
    { date: '2026-05-04', reason: 'Early May bank holiday' },
    { date: '2027-01-04', reason: 'Staff training day (INSET)' },
    { date: '2027-05-03', reason: 'Early May bank holiday' },
  ],
  statutory: {
    placementReviewWeeks: 6,
    ehcpAnnualReviewMonths: 12,
    ehcpReviewInvitationWeeks: 2,
    ehcpReviewPapersWeeks: 2,
    ehcpReviewReportWeeks: 2,
    ehcpLaDecisionWeeks: 4,
    phaseTransferDeadline: '02-15',
    post16TransferDeadline: '03-31',
    pepReviewsPerYear: 3,
    baselineAssessmentWeeks: 4,
    laInformationRequestWeeks: 6,
    draftPlanCommentDays: 15,
    ehcAssessDecisionWeeks: 6,
    ehcAfterAssessmentWeeks: 16,
    ehcFinalPlanWeeks: 20,
  },
  notPossibleCodes: [...DEFAULT_NOT_POSSIBLE_CODES],
  nReplacementSchoolDays: 5,
  laPartTimeReturn: {
    // Every field LAs typically ask for, but the off-site ones (a PRU's PIP is usually delivered on site).
    fields: LA_RETURN_FIELDS.filter((f) => f !== 'Off-site provision' && f !== 'Safeguarding arrangements'),
    format: 'CSV',
    timing: 'Half-termly',
    sendTo: 'attendance.returns@la.example.org',
  },
  virtualSchoolEmail: 'virtual.school@la.example.org',
  laSendTeamEmail: 'send.casework@la.example.org',
  reports: DEFAULT_REPORT_SETTINGS,
  designatedSafeguardingLead: { name: 'Amara Okafor', email: 'amara.okafor@pathways.example.org' },
  deputySafeguardingLeads: [
    { name: 'Leo Brennan', email: 'leo.brennan@pathways.example.org' },
    { name: 'Priya Sandhu', email: 'priya.sandhu@pathways.example.org' },
  ],
  highNeedsThreshold: 6000,
  retention: {
    attendanceRegisterYears: 6,
    senFileYearsFromBirth: 31,
    pupilRecordYearsFromBirth: 25,
    childProtectionYearsFromBirth: 50,
  },
  learningLogEntriesPerHalfTerm: 1,
  behaviourLog: DEFAULT_BEHAVIOUR_LOG_SETTINGS,
  homeSchoolSharing: DEFAULT_HOME_SCHOOL_SHARING_SETTINGS,
};
