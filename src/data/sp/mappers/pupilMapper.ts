import { pupilSchema } from '../../../domain';
import type { Pupil } from '../../../domain';
import { pupilsList } from '../../../lists/declared/pupils';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';

/** The lead tutor as a person column (schema version 3), written from PwLeadTutor when the pupil is saved. */
export const LEAD_TUTOR_PERSON = 'PwLeadTutorPerson';

/** The expanded person column's name and address (SharePoint's SP.Data.UserInfoItem: Title, EMail), if it names one. */
function personOf(raw: unknown): Pupil['leadTutorPerson'] {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { Title, EMail } = raw as { Title?: unknown; EMail?: unknown };
  return typeof Title === 'string' && typeof EMail === 'string' && Title.trim() !== '' && EMail.trim() !== '' ? { name: Title, email: EMail } : undefined;
}

/**
 * The pupil item in Pathways Pupils: what the pupil's home school may read. The confidential part of the record
 * (safeguarding, health, family contacts) is stored apart, in Pathways Pupil Confidential
 * (pupilConfidentialMapper.ts); SpPupilRepository reads and writes both as one Pupil.
 */
const declared = createRecordMapper<Pupil>({
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

/**
 * The pupil item with its lead tutor's name: the person column expanded (Title and EMail only) in the same request, so
 * a home school's staff, who are not sent the site's user list, read their own pupils' tutors' names with the pupils
 * and no one else's (docs/architecture.md, "Round trips and bytes per view").
 */
export const pupilMapper: DeclaredRecord<Pupil> = {
  ...declared,
  // The person's id (PwLeadTutorPersonId) is not read: only a save writes it, from the address.
  select: [...declared.select.filter((c) => c !== `${LEAD_TUTOR_PERSON}Id`), `${LEAD_TUTOR_PERSON}/Title`, `${LEAD_TUTOR_PERSON}/EMail`],
  expand: [LEAD_TUTOR_PERSON],
  fromItem(raw) {
    const pupil = declared.fromItem(raw);
    const person = personOf(raw[LEAD_TUTOR_PERSON]);
    return person ? { ...pupil, leadTutorPerson: person } : pupil;
  },
};
