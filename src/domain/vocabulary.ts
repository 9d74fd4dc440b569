/**
 * The fixed vocabularies of the service: the words on its forms (attendance policy appendices, SEND policies,
 * SEN-support pathway) and the national census codes. Shared by the domain schemas and the list schema.
 */

export const SUPPORT_TIERS = [
  'Universal',
  'Targeted SEN intervention',
  'Specialist offer',
  'Specialist SEMH/CCT intervention',
] as const;
export type SupportTier = (typeof SUPPORT_TIERS)[number];

/** School census SEN provision: E EHC plan, K SEN support, N no SEN (facts sheet §7). */
export const SEN_PROVISION_CODES = ['E', 'K', 'N'] as const;
export type SenProvision = (typeof SEN_PROVISION_CODES)[number];
export const SEN_PROVISION_LABELS: Record<SenProvision, string> = {
  E: 'EHC plan',
  K: 'SEN support',
  N: 'No SEN',
};

/** School census SEN type (need) codes (facts sheet §7). */
export const NEED_CODES = [
  'SPLD',
  'MLD',
  'SLD',
  'PMLD',
  'SEMH',
  'SLCN',
  'HI',
  'VI',
  'MSI',
  'PD',
  'ASD',
  'OTH',
  'NSA',
] as const;
export type NeedCode = (typeof NEED_CODES)[number];
export const NEED_LABELS: Record<NeedCode, string> = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty/disability',
  NSA: 'SEN support but no specialist assessment of type of need',
};

export const YEAR_GROUPS = ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'] as const;
export type YearGroup = (typeof YEAR_GROUPS)[number];

export const REGISTRATION_TYPES = ['Dual', 'Single'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export const SCHOOL_PHASES = ['Primary', 'Secondary', 'All-through', 'Special', 'Post-16'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export const SCHOOL_CONTACT_ROLES = [
  'Headteacher',
  'SENCO',
  'Designated safeguarding lead',
  'Designated teacher (LAC)',
  'Attendance lead',
  'Head of year',
  'Pastoral lead',
  'Other',
] as const;
export type SchoolContactRole = (typeof SCHOOL_CONTACT_ROLES)[number];

/**
 * Whether a home school's named member of staff can sign in: 'Invited' (already a user or guest of the tenant, or
 * invited as a guest now), 'Not yet invited' (the invitation could not be sent yet: kept so it can be retried).
 */
export const CONTACT_INVITATION_STATES = ['Invited', 'Not yet invited'] as const;
export type ContactInvitationState = (typeof CONTACT_INVITATION_STATES)[number];

export const SESSIONS = ['AM', 'PM'] as const;
export type Session = (typeof SESSIONS)[number];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Appendix 1: "Why is the student being placed on Phased Integration Plan?" */
export const PIP_REASONS = [
  'Focused interventions to support access to learning',
  'Supports a risk assessment (risk to self or others)',
  'Medical reason: unfit for full-time education',
  'Extended period of non-attendance',
] as const;
export type PipReason = (typeof PIP_REASONS)[number];

/** Appendix 1: interventions in place, each yes/no with a date of completion. */
export const PIP_INTERVENTIONS = [
  'Home visits',
  'Lead tutor calls',
  '1-1 mentoring',
  'Attendance interventions',
  'Barriers to learning interventions',
  'Outdoor learning',
  'ACT sessions',
  'GBO sessions',
  'Wellbeing check-ins',
  'Other',
] as const;
export type PipIntervention = (typeof PIP_INTERVENTIONS)[number];

export const PIP_STATUSES = ['Draft', 'Active', 'Ended'] as const;
export type PipStatus = (typeof PIP_STATUSES)[number];

/** Appendix 4 decision at a six-weekly review. */
export const PIP_REVIEW_DECISIONS = ['Continue', 'Increase hours', 'Extend', 'End (full-time)'] as const;
export type PipReviewDecision = (typeof PIP_REVIEW_DECISIONS)[number];

export const TARGET_OUTCOMES = ['Met', 'Partially met', 'Not achieved'] as const;
export type TargetOutcome = (typeof TARGET_OUTCOMES)[number];

export const CONTACT_METHODS = ['Face-to-face', 'Phone', 'Email', 'Video call', 'Letter', 'Home visit'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/**
 * How a parent/carer gave their written agreement to a PIP (attendance policy: never without it): a signed form
 * scanned or photographed and filed in the pupil's folder of the Letters library, or written in Pathways Hub
 * (the parent/carer typed their name on the plan in front of a member of staff, who recorded it).
 */
export const PIP_AGREEMENT_METHODS = ['Signed form uploaded', 'Recorded in Pathways Hub'] as const;
export type PipAgreementMethod = (typeof PIP_AGREEMENT_METHODS)[number];

/** How a termly progress report reached the parent or carer (they are not users of the site: the product records it, it never e-mails them pupil detail). */
export const REPORT_HANDOVER_WAYS = ['Given in person', 'Posted', 'E-mailed by staff', 'At a review meeting'] as const;
export type ReportHandoverWay = (typeof REPORT_HANDOVER_WAYS)[number];

/** How a part-time-timetable return went to the local authority (recorded by staff; the product does not send it). */
export const LA_RETURN_SENT_WAYS = ['E-mail', 'LA portal upload', 'Secure file transfer', 'Post', 'Other'] as const;
export type LaReturnSentWay = (typeof LA_RETURN_SENT_WAYS)[number];

export const MEETING_KINDS = [
  'Placement review',
  'PIP review',
  'EHCP annual review',
  'EHCP interim review',
  'PEP review',
  'SEN support review',
  'Attendance meeting',
  /** With the home school or the next setting before the pupil leaves (SEND policy 000: reintegration, transition). */
  'Transition meeting',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['Draft', 'Scheduled', 'Held', 'Cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * Requests from the LA during an EHC needs assessment or plan, each with a reply period (facts sheet §6.1), and the
 * request for an EHC needs assessment the service makes with the home school (SEND policy 000: "liaise with the home
 * school to initiate statutory assessment"), tracked through the LA's statutory steps.
 */
export const EHC_REQUEST_KINDS = ['LA information request', 'Draft plan consultation', 'Needs assessment request'] as const;
export type EhcRequestKind = (typeof EHC_REQUEST_KINDS)[number];

/** The LA's decision on a request for an EHC needs assessment (SEND Regulations 2014 reg 5). */
export const EHC_ASSESSMENT_DECISIONS = ['To assess', 'Not to assess'] as const;
export type EhcAssessmentDecision = (typeof EHC_ASSESSMENT_DECISIONS)[number];

/** What the LA decided after the assessment (reg 10: a draft plan, or notice that no plan will be issued). */
export const EHC_AFTER_ASSESSMENT = ['Draft plan issued', 'No plan to be issued'] as const;
export type EhcAfterAssessment = (typeof EHC_AFTER_ASSESSMENT)[number];

/** Where a pupil goes on from the service (SEND policy 000: "reintegration, transition to a specialist provision or a move to Post-16"). */
export const TRANSITION_DESTINATIONS = ['Return to the home school', 'A new setting', 'Next phase or post-16', 'Other'] as const;
export type TransitionDestination = (typeof TRANSITION_DESTINATIONS)[number];

/** A transition plan is drafted, agreed with the family and the next setting, then completed (or cancelled). */
export const TRANSITION_PLAN_STATUSES = ['Planning', 'Agreed', 'Completed', 'Cancelled'] as const;
export type TransitionPlanStatus = (typeof TRANSITION_PLAN_STATUSES)[number];

/** Attendance policy, stage 2 and 3 actions recorded against a pupil on the stage worklist. */
export const ATTENDANCE_ACTIONS = [
  'Supportive conversation',
  'Home visit',
  'Early Help referral',
  'PIP considered',
  'Meeting offered',
  'Letter sent',
  'Other',
] as const;
export type AttendanceAction = (typeof ATTENDANCE_ACTIONS)[number];

/** How a contact with a parent or carer about attendance happened (attendance policy: first-day calling). */
export const PARENT_CONTACT_KINDS = ['Parent or carer called', 'We called', 'Message or e-mail', 'Home visit', 'In person'] as const;
export type ParentContactKind = (typeof PARENT_CONTACT_KINDS)[number];

/** What came of it. The outcomes that leave the absence unexplained need a follow-up date. */
export const PARENT_CONTACT_OUTCOMES = ['Reason given', 'No answer', 'Message left', 'Emergency contact reached', 'Home visit needed', 'Other'] as const;
export type ParentContactOutcome = (typeof PARENT_CONTACT_OUTCOMES)[number];

/** What a behaviour and engagement log entry records (SEND policy: engagement tracking and behaviour logs, live to the home school). */
export const BEHAVIOUR_LOG_KINDS = ['Engagement', 'Incident'] as const;
export type BehaviourLogKind = (typeof BEHAVIOUR_LOG_KINDS)[number];

/** Where it was seen: the SEND policy observes SEMH needs "within 1:1 lessons or ... in group lessons". */
export const LESSON_KINDS = ['1:1 lesson', 'Group lesson', 'Other activity'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/**
 * Engagement in a lesson, 1 to 5 (the policy names engagement data, not a scale: the words say what each step means).
 * Index 0 is level 1.
 */
export const ENGAGEMENT_LEVELS = ['Did not engage', 'Reluctant', 'Partly engaged', 'Engaged', 'Fully engaged'] as const;

/** How a need in a 6-week SEMH focus profile went, at its review. */
export const SEMH_FOCUS_OUTCOMES = ['Improved', 'Some progress', 'No change', 'Harder'] as const;
export type SemhFocusOutcome = (typeof SEMH_FOCUS_OUTCOMES)[number];

/** What follows the review of a 6-week SEMH focus profile. */
export const SEMH_NEXT_STEPS = ['Continue with the same focus', 'New focus', 'End the focus profile'] as const;
export type SemhNextStep = (typeof SEMH_NEXT_STEPS)[number];

export const TARGET_SOURCES = ['PIP', 'SEN support plan', 'EHC plan outcome', 'Review meeting'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/** SEN-support pathway, review outcome of an APDR cycle. */
export const APDR_REVIEW_OUTCOMES = [
  'Good progress: move to monitoring register',
  'Progress: continue with new targets',
  'Change: more detailed assessment',
  'Change: different targeted support',
  'Change: more targeted support',
  'Change: support over a longer period',
  'Change: specialist assessment or support',
] as const;
export type ApdrReviewOutcome = (typeof APDR_REVIEW_OUTCOMES)[number];

/** SEN-support pathway, step 2 next steps. */
export const APDR_NEXT_STEPS = [
  'Back to ordinarily available provision',
  'Continue targeted stage',
  'Specialist stage',
  'Attendance pathway',
  'Exclusion prevention pathway',
] as const;
export type ApdrNextStep = (typeof APDR_NEXT_STEPS)[number];

export const ASSESSMENT_KINDS = ['Baseline', 'Standardised score', 'Reading age', 'Half-termly tracking'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const TERMS = ['Autumn', 'Spring', 'Summer'] as const;
export type TermName = (typeof TERMS)[number];

export const NOTIFICATION_OUTCOMES = ['Pending', 'Sent', 'Failed'] as const;
export type NotificationOutcome = (typeof NOTIFICATION_OUTCOMES)[number];

export const PUPIL_CHANGE_KINDS = ['Support tier', 'SEN provision', 'Home school', 'Named staff', 'Left roll', 'Need', 'Registration'] as const;
export type PupilChangeKind = (typeof PUPIL_CHANGE_KINDS)[number];

/** How a pupil came to the service (SEND policy: the LA's extended non-attendance panel, commissioning schools, medical referrals). */
export const REFERRAL_ROUTES = [
  'LA panel (ESNAP)',
  'Commissioned by the home school',
  'Medical referral',
  'Local authority placement',
  'Other',
] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/** Where a pupil went on leaving the roll (SEND policy "next destinations"). */
export const LEAVING_DESTINATIONS = [
  'Returned to the home school',
  'Another mainstream school',
  'Special school or specialist provision',
  'Other alternative provision',
  'Post-16 education or training',
  'Employment with training',
  'Elective home education',
  'Moved out of the area',
  'Other',
] as const;
export type LeavingDestination = (typeof LEAVING_DESTINATIONS)[number];
