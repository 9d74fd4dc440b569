import type { ValueType } from './values';

/**
 * The columns an import understands, per kind of record, with the headers that MIS exports (SIMS, Arbor,
 * Bromcom …) and the service's own forms use for them. This table is the mapping: a new field on a record costs one
 * line here. `key` is the record's property (a pupil field the Pupil schema does not have yet is still read,
 * to match records, and is kept once the schema has it).
 */
export const IMPORT_KINDS = ['pupils', 'schools', 'schoolStaff', 'marks', 'pips', 'learningLogEntries'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  pupils: 'Pupils (the roll)',
  schools: 'Home schools',
  schoolStaff: 'Named staff at home schools',
  marks: 'Attendance marks',
  pips: 'PIPs (the PIP tracker, Appendix 5 sheet 1)',
  learningLogEntries: 'Learning log entries',
};

export interface ImportField {
  readonly key: string;
  readonly label: string;
  readonly type: ValueType;
  /** Header names (any case, spacing and punctuation) that mean this field. */
  readonly aliases: readonly string[];
  /** The record cannot be made without it (unless another field in the same `oneOf` group is there). */
  readonly required?: boolean;
  /** Fields of which at least one must be mapped (ways of naming the pupil). */
  readonly oneOf?: string;
  /** Only this kind of record has such a column: a header row with it is taken to be this kind. */
  readonly signature?: boolean;
}

const f = (key: string, label: string, type: ValueType, aliases: readonly string[], extra: Partial<ImportField> = {}): ImportField => ({
  key,
  label,
  type,
  aliases: [label, ...aliases],
  ...extra,
});

/** Ways of naming the pupil a record belongs to (marks, PIPs, learning log entries). */
const PUPIL_IDENTITY: readonly ImportField[] = [
  f('upn', 'UPN', 'text', ['Unique Pupil Number', 'Pupil UPN', 'UPN Number'], { oneOf: 'pupil' }),
  f('pupilRef', 'Pupil reference', 'text', ['Pupil Ref', 'Pathways Ref', 'Reference', 'Admission Number', 'Adno', 'Adm No', 'MIS ID', 'Pupil ID', 'Student ID'], { oneOf: 'pupil' }),
  f('lastName', 'Last name', 'text', ['Legal Surname', 'Surname', 'Family Name', 'Pupil Last Name', 'Student Surname', 'Last'], { oneOf: 'pupil' }),
  f('firstName', 'First name', 'text', ['Forename', 'Legal Forename', 'Given Name', 'Pupil First Name', 'Student Forename', 'First'], { oneOf: 'pupil' }),
  f('dateOfBirth', 'Date of birth', 'date', ['DOB', 'Birth Date', 'D.O.B.', 'Date Of Birth (dd/mm/yyyy)']),
];

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  pupils: [
    ...PUPIL_IDENTITY.map((x) => (x.key === 'lastName' || x.key === 'firstName' || x.key === 'dateOfBirth' ? { ...x, required: true, oneOf: undefined } : { ...x, oneOf: undefined })),
    f('preferredName', 'Preferred name', 'text', ['Preferred Forename', 'Preferred First Name', 'Known As', 'Chosen Forename']),
    f('yearGroup', 'Year group', 'yearGroup', ['NC Year', 'Year', 'National Curriculum Year', 'Curriculum Year', 'Year Grp', 'Yr', 'Year Group (NC)'], { required: true }),
    f('enrolmentDate', 'Enrolment date', 'date', ['Admission Date', 'Adm Date', 'Date of Admission', 'Entry Date', 'Date of Entry', 'Start Date', 'Enrolment Start Date', 'Date Joined']),
    f('leavingDate', 'Leaving date', 'date', ['Date of Leaving', 'Leave Date', 'Leaving Date', 'End Date', 'Date Left']),
    f('registration', 'Registration', 'registration', ['Enrolment Status', 'Enrol Status', 'Dual', 'Dual or Single', 'Registration Type', 'Dual Registered']),
    f('homeSchool', 'Home school', 'text', ['Home School', 'Main School', 'Dual School', 'Other School', 'Home School URN', 'Main School URN', 'Commissioning School', 'Dual Registration School']),
    f('supportTier', 'Support tier', 'supportTier', ['Tier', 'Level of Need', 'Support Level']),
    f('senProvision', 'SEN provision', 'senProvision', ['SEN Status', 'SEN Stage', 'SEN', 'SEN Provision Type', 'SEN Code', 'SEND Status']),
    f('monitoring', 'On monitoring register', 'yesNo', ['Monitoring', 'Monitoring Register', 'SEN Monitoring']),
    f('primaryNeed', 'Primary need', 'need', ['Primary SEN Need', 'SEN Need', 'SEN Type', 'Primary SEN Type', 'Need Type Rank 1', 'SEN Need 1', 'Primary Need Type', 'Main Need']),
    f('secondaryNeed', 'Secondary need', 'need', ['Secondary SEN Need', 'SEN Type 2', 'Need Type Rank 2', 'SEN Need 2', 'Secondary Need Type']),
    f('fsm', 'FSM', 'yesNo', ['FSM Eligible', 'Free School Meals', 'FSM Eligibility', 'eFSM', 'Eligible for FSM', 'FSM Ever 6', 'Ever 6 FSM']),
    f('pp', 'Pupil premium', 'yesNo', ['PP', 'PP Eligible', 'Pupil Premium Eligible', 'Disadvantaged']),
    f('lac', 'Looked after', 'yesNo', ['In Care', 'LAC', 'CLA', 'Child Looked After', 'Looked After Child', 'In LA Care', 'Looked After (LAC)']),
    f('cin', 'Child in need', 'yesNo', ['CIN', 'Child in Need (CIN)']),
    f('cp', 'Child protection', 'yesNo', ['CP', 'CP Plan', 'Child Protection Plan', 'Child protection (CP)']),
    f('yos', 'Youth offending service', 'yesNo', ['YOS', 'YOT', 'Youth Justice']),
    f('medical', 'Medical needs', 'yesNo', ['Medical', 'Medical Condition', 'Medical Needs', 'Health Care Plan']),
    f('lacLocalAuthority', 'Looked-after child’s local authority', 'text', ['LA of Care', 'Responsible LA', 'Care Authority', 'Looked After LA', 'CLA Local Authority']),
    f('socialWorkerName', 'Social worker', 'text', ['Social Worker Name', 'Allocated Social Worker']),
    f('socialWorkerPhone', 'Social worker phone', 'text', ['Social Worker Telephone']),
    f('socialWorkerEmail', 'Social worker e-mail', 'text', ['Social Worker Email']),
    f('healthCarePlanRef', 'Healthcare plan', 'text', ['Healthcare Plan Reference', 'IHP', 'Individual Healthcare Plan']),
    f('referralDate', 'Referral date', 'date', ['Date of Referral', 'Referred On']),
    f('otherAgencies', 'Other agencies', 'note', ['Agencies Involved', 'Other Agencies Involved', 'Professionals Involved']),
    f('parentName', 'Parent/carer name', 'text', ['Primary Contact', 'Contact Name', 'Priority 1 Contact', 'Contact 1 Name', 'Parent Name', 'Carer Name', 'Main Contact']),
    f('parentRelationship', 'Parent/carer relationship', 'text', ['Relationship', 'Contact Relationship', 'Priority 1 Relationship', 'Contact 1 Relationship', 'Relationship to Pupil']),
    f('parentHasResponsibility', 'Parental responsibility', 'yesNo', ['Has Parental Responsibility', 'Parental Resp.', 'Contact 1 Parental Responsibility']),
    f('parentEmail', 'Parent/carer e-mail', 'text', ['Contact Email', 'Priority 1 Email', 'Contact 1 Email', 'Parent Email', 'Primary Contact Email', 'Email']),
    f('parentPhone', 'Parent/carer phone', 'text', ['Contact Phone', 'Priority 1 Telephone', 'Contact 1 Phone', 'Parent Phone', 'Primary Contact Telephone', 'Telephone', 'Mobile']),
    f('parentAddress', 'Parent/carer address', 'note', ['Address', 'Home Address', 'Pupil Address', 'Full Address', 'Address Block']),
    f('otherCarers', 'Other parents/carers', 'carers', ['Other Carers', 'Other Parents', 'Further Contacts', 'Other Contacts']),
    f('emergencyContacts', 'Emergency contacts', 'emergencyContacts', ['Emergency Contact', 'Emergency Contacts List']),
    f('agencyContacts', 'Agency workers', 'agencyContacts', ['Agency Contacts', 'Professionals', 'Other Agency Contacts']),
    f('leadTutorEmail', 'Lead tutor', 'text', ['Lead Tutor Email', 'Key Worker', 'Tutor Email', 'Lead Tutor (e-mail)']),
    f('placementStart', 'Placement start', 'date', ['Placement Start Date']),
    f('lastYearAttendance', 'Last year attendance %', 'percent', ['Last Year % Att.', 'Previous Year Attendance', 'Last Year Attendance', 'Attendance Last Year']),
  ],
  schools: [
    f('name', 'School name', 'text', ['School', 'Establishment Name', 'Name', 'EstablishmentName'], { required: true }),
    f('urn', 'URN', 'text', ['School URN', 'Unique Reference Number'], { required: true }),
    f('phase', 'Phase', 'phase', ['Phase of Education', 'PhaseOfEducation (name)', 'School Phase'], { required: true, signature: true }),
    f('localAuthority', 'Local authority', 'text', ['LA', 'LA (name)', 'Local Authority Name']),
    f('address', 'Address', 'note', ['School Address', 'Street']),
    f('phone', 'Phone', 'text', ['Telephone', 'TelephoneNum', 'Telephone Number', 'School Phone']),
    f('email', 'General e-mail', 'text', ['Email', 'School Email', 'Office Email', 'E-mail'], { required: true }),
  ],
  schoolStaff: [
    f('school', 'School', 'text', ['School Name', 'School URN', 'URN', 'Home School'], { required: true }),
    f('fullName', 'Full name', 'text', ['Name', 'Staff Name', 'Contact Name'], { required: true }),
    f('role', 'Role', 'role', ['Job Title', 'Position', 'Staff Role'], { required: true, signature: true }),
    f('email', 'E-mail', 'text', ['Email', 'Email Address', 'Work Email'], { required: true }),
    f('phone', 'Phone', 'text', ['Telephone', 'Direct Line', 'Phone Number']),
    f('notify', 'Receives notifications', 'yesNo', ['Notify', 'Notifications']),
  ],
  marks: [
    ...PUPIL_IDENTITY,
    f('date', 'Date', 'date', ['Session Date', 'Attendance Date', 'Register Date'], { required: true }),
    f('session', 'Session', 'session', ['AM/PM', 'Session Name', 'Period']),
    f('code', 'Code', 'attendanceCode', ['Mark', 'Attendance Code', 'Attendance Mark', 'Register Mark', 'Session Mark'], { signature: true }),
    f('am', 'AM', 'attendanceCode', ['AM Mark', 'Morning', 'AM Code', 'Morning Mark', 'AM Session'], { signature: true }),
    f('pm', 'PM', 'attendanceCode', ['PM Mark', 'Afternoon', 'PM Code', 'Afternoon Mark', 'PM Session']),
    f('minutesLate', 'Minutes late', 'integer', ['Mins Late', 'Late (mins)', 'Minutes Late']),
  ],
  pips: [
    ...PUPIL_IDENTITY.filter((x) => x.key !== 'lastName' && x.key !== 'firstName'),
    f('firstName', 'Pupil First Name', 'text', ['First name', 'Forename'], { oneOf: 'pupil' }),
    f('lastName', 'Pupil Last Name', 'text', ['Last name', 'Surname'], { oneOf: 'pupil' }),
    f('startDate', 'PIP start Date', 'date', ['PIP start'], { required: true, signature: true }),
    f('beenOnPipBefore', 'Have they been on a PIP before?', 'yesNo', ['Previous PIP', 'Been on a PIP before']),
    f('reason', 'Reason for PIP', 'text', ['Reason', 'Reasons'], { required: true }),
    f('autumnHours', 'Autumn Term PIP Hours', 'hours', ['Autumn hours']),
    f('springHours', 'Spring Term PIP Hours', 'hours', ['Spring hours']),
    f('summerHours', 'Summer Term PIP Hours', 'hours', ['Summer hours']),
    f('exitStrategy', 'Exit Strategy', 'note', ['Exit plan']),
    f('plannedEndDate', 'Planned end date', 'date', ['End date', 'PIP end date']),
    f('targets', 'Targets', 'note', ['PIP targets', 'Target']),
  ],
  learningLogEntries: [
    ...PUPIL_IDENTITY,
    f('entryDate', 'Date', 'date', ['Entry Date', 'Lesson Date', 'Session Date'], { required: true }),
    f('subject', 'Subject', 'text', ['Subject Area', 'Lesson'], { required: true }),
    f('teacher', 'Teacher', 'text', ['Staff', 'Tutor', 'Member of staff'], { required: true }),
    f('entry', 'Entry', 'note', ['What the pupil did', 'Learning', 'Notes', 'Comment', 'Comments', 'Log'], { required: true, signature: true }),
    f('highlight', 'Highlight for review', 'yesNo', ['Highlight', 'Review']),
  ],
};

export function fieldOfKind(kind: ImportKind, key: string): ImportField | undefined {
  return IMPORT_FIELDS[kind].find((x) => x.key === key);
}
