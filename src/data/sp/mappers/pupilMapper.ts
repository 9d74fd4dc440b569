import { pupilSchema } from '../../../domain';
import type { Pupil } from '../../../domain';
import { listByKey } from '../../../lists';
import { createRecordMapper } from '../recordMapper';

export const pupilMapper = createRecordMapper<Pupil>({
  list: listByKey('pupils'),
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
    lac: 'PwLac',
    cin: 'PwCin',
    cp: 'PwCp',
    yos: 'PwYos',
    medical: 'PwMedical',
    otherAgencies: 'PwOtherAgencies',
    parentName: 'PwParentName',
    parentAddress: 'PwParentAddress',
    parentEmail: 'PwParentEmail',
    parentPhone: 'PwParentPhone',
    placementStart: 'PwPlacementStart',
    lastPlacementReview: 'PwLastPlacementReview',
    ehcpLastReview: 'PwEhcpLastReview',
    lastYearAttendance: 'PwLastYearAttendance',
  },
});
