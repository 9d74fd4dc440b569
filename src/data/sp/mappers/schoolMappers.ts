import { schoolContactSchema, schoolSchema } from '../../../domain';
import type { School, SchoolContact } from '../../../domain';
import { schoolContactsList } from '../../../lists/declared/schoolContacts';
import { schoolsList } from '../../../lists/declared/schools';
import { createRecordMapper } from '../recordMapper';

export const schoolMapper = createRecordMapper<School>({
  list: schoolsList,
  schema: schoolSchema,
  fields: {
    name: 'Title',
    urn: 'PwUrn',
    phase: 'PwPhase',
    localAuthority: 'PwLocalAuthority',
    address: 'PwAddress',
    phone: 'PwPhone',
    email: 'PwEmail',
    staffGroupId: 'PwStaffGroupId',
    active: 'PwActive',
  },
});

export const schoolContactMapper = createRecordMapper<SchoolContact>({
  list: schoolContactsList,
  schema: schoolContactSchema,
  fields: {
    fullName: 'Title',
    schoolId: 'PwSchool',
    role: 'PwRole',
    email: 'PwEmail',
    phone: 'PwPhone',
    notify: 'PwNotify',
    invitation: 'PwInvitation',
  },
});
