import { LEAVING_DESTINATIONS, NEED_CODES, REFERRAL_ROUTES, REGISTRATION_TYPES, SEN_PROVISION_CODES, SUPPORT_TIERS, YEAR_GROUPS } from '../../domain/vocabulary';
import { boolean, choice, date, integer, lookup, lookupMulti, note, number, text, user } from '../fieldBuilders';
import { severityPill, CONFIDENTIAL_COLUMNS } from './columns';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const pupilsList: ListDefinition = {
  key: 'pupils',
  title: 'Pathways Pupils',
  url: 'Lists/PwPupils',
  description: 'The register of additional need: every pupil on roll.',
  titleField: { displayName: 'Display name', required: true },
  fields: [
    text('PwPupilRef', 'Pupil reference', { required: true, indexed: true, unique: true, maxLength: 20 }),
    text('PwFirstName', 'First name', { required: true }),
    text('PwLastName', 'Last name', { required: true }),
    date('PwDateOfBirth', 'Date of birth', { required: true, sensitive: true }),
    choice('PwYearGroup', 'Year group', YEAR_GROUPS, { required: true }),
    date('PwEnrolmentDate', 'Enrolment date', { required: true, indexed: true }),
    date('PwLeavingDate', 'Leaving date'),
    choice('PwRegistration', 'Registration', REGISTRATION_TYPES, { required: true }),
    lookup('PwHomeSchool', 'Home school', 'schools', { indexed: true }),
    lookupMulti('PwNamedContacts', 'Named home-school staff', 'schoolContacts'),
    text('PwLeadTutor', 'Lead tutor (e-mail)'),
    user('PwLeadTutorPerson', 'Lead tutor', {
      description:
        'Written by Pathways Hub from the lead tutor’s e-mail address when the pupil is saved (schema version 3), so the ' +
        'tutor’s name is read with the pupil. Empty where the address is not a person of the organisation.',
    }),
    choice('PwSupportTier', 'Support tier', SUPPORT_TIERS, { required: true }),
    choice('PwSenProvision', 'SEN provision', SEN_PROVISION_CODES, { required: true, sensitive: true }),
    boolean('PwMonitoring', 'On monitoring register', { sensitive: true }),
    choice('PwPrimaryNeed', 'Primary need', NEED_CODES, { sensitive: true }),
    choice('PwSecondaryNeed', 'Secondary need', NEED_CODES, { sensitive: true }),
    boolean('PwFsm', 'FSM'),
    boolean('PwPp', 'Pupil premium'),
    date('PwPlacementStart', 'Placement start'),
    date('PwLastPlacementReview', 'Last placement review'),
    date('PwEhcpLastReview', 'EHC plan last reviewed', { sensitive: true }),
    number('PwLastYearAttendance', 'Last year attendance %'),
    text('PwAttendanceStage', 'Attendance stage', {
      description: 'Cached for list views: Stage 1, Stage 2 or Stage 3, written when a register is saved.',
      customFormatter: severityPill('Attendance stage', {
        'Stage 1': 'good',
        'Stage 2': 'warning',
        'Stage 3': 'blocked',
      }),
    }),
    text('PwPipStatus', 'PIP status', {
      description: 'Cached for list views: None, Active, Review due, Overdue.',
      customFormatter: severityPill('PIP status', { Active: 'good', 'Review due': 'warning', Overdue: 'blocked' }),
    }),
    date('PwNextReview', 'Next review'),
    text('PwUpn', 'UPN', { indexed: true, maxLength: 13, description: 'Unique Pupil Number (13 characters, check letter first).' }),
    text('PwPreferredName', 'Preferred name'),
    choice('PwLeavingDestination', 'Leaving destination', LEAVING_DESTINATIONS),
    text('PwLeavingDestinationDetail', 'Leaving destination (detail)'),
    choice('PwReferralRoute', 'Referral route', REFERRAL_ROUTES),
    date('PwReferralDate', 'Referral date'),
    text('PwCommissioningRef', 'Commissioning document reference'),
    note('PwCommissioningNotes', 'Commissioning details'),
    integer('PwSharedWithGroupId', 'Shared with group id', {
      description:
        'Written by Pathways Hub: the home-school staff group the pupil’s records were last shared with (empty: none). ' +
        'When it differs from the current home school’s group, access is re-applied on the next save or repair.',
    }),
    text('PwSharedLists', 'Shared under the sharing settings', {
      description:
        'Written by Pathways Hub: the sharing settings (docs/sharing.md) the pupil’s records were last shared under. ' +
        'When the settings change, access is re-applied by the repair.',
    }),
  ],
  versioning: { enabled: true, majorVersionLimit: 100 },
  security: 'pupil-item',
  // Moved to Pathways Pupil Confidential by the v2-pupil-confidential-split migration (docs/sharing.md).
  retiredFields: CONFIDENTIAL_COLUMNS.map((internalName) => ({ internalName, movedTo: 'pupilConfidential' as const })),
  retention: pupilRecordRetention('General pupil record: until the 25th birthday (IRMS toolkit).'),
  views: [
    {
      title: 'Home school view',
      fields: ['LinkTitle', 'PwYearGroup', 'PwHomeSchool', 'PwAttendanceStage', 'PwPipStatus', 'PwNextReview'],
    },
  ],
};
