import { schoolContactSchema, schoolSchema } from '../../../domain';
import type { School, SchoolContact } from '../../../domain';
import { listByKey } from '../../../lists';
import { createRecordMapper } from '../recordMapper';

export const schoolMapper = createRecordMapper<School>({
  list: listByKey('schools'),
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
  list: listByKey('schoolContacts'),
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
