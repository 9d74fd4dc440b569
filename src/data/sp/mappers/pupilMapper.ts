import { pupilSchema } from '../../../domain';
import type { Pupil } from '../../../domain';
import { pupilsList } from '../../../lists/declared/pupils';
import { createRecordMapper } from '../recordMapper';

/**
 * The pupil item in Pathways Pupils: what the pupil's home school may read. The confidential part of the record
 * (safeguarding, health, family contacts) is stored apart, in Pathways Pupil Confidential
 * (pupilConfidentialMapper.ts); SpPupilRepository reads and writes both as one Pupil.
 */
export const pupilMapper = createRecordMapper<Pupil>({
  list: pupilsList,
  schema: pupilSchema,
  title: (p) => `${p.lastName}, ${p.firstName}`,
  fields: {
    pupilRef: 'PwPupilRef',
    firstName: 'PwFirstName',
    lastName: 'PwLastName',
    dateOfBirth: 'PwDateOfBirth',
    yearGroup: 'PwYearGroup',
    enrolmentDate: 'PwEnrolmentDate',
    leavingDate: 'PwLeavingDate',
    registration: 'PwRegistration',
    homeSchoolId: 'PwHomeSchool',
    namedContactIds: 'PwNamedContacts',
    leadTutorEmail: 'PwLeadTutor',
    supportTier: 'PwSupportTier',
    senProvision: 'PwSenProvision',
    monitoring: 'PwMonitoring',
    primaryNeed: 'PwPrimaryNeed',
    secondaryNeed: 'PwSecondaryNeed',
    fsm: 'PwFsm',
    pp: 'PwPp',
    placementStart: 'PwPlacementStart',
    lastPlacementReview: 'PwLastPlacementReview',
    ehcpLastReview: 'PwEhcpLastReview',
    lastYearAttendance: 'PwLastYearAttendance',
    upn: 'PwUpn',
    preferredName: 'PwPreferredName',
    leavingDestination: 'PwLeavingDestination',
    leavingDestinationDetail: 'PwLeavingDestinationDetail',
    referralRoute: 'PwReferralRoute',
    referralDate: 'PwReferralDate',
    commissioningRef: 'PwCommissioningRef',
    commissioningNotes: 'PwCommissioningNotes',
  },
});
