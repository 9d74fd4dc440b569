import { CONTACT_INVITATION_STATES, SCHOOL_CONTACT_ROLES } from '../../domain/vocabulary';
import { boolean, choice, clientKey, lookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const schoolContactsList: ListDefinition = {
  key: 'schoolContacts',
  title: 'Pathways School Contacts',
  url: 'Lists/PwSchoolContacts',
  description: 'Named staff at each home school.',
  titleField: { displayName: 'Full name', required: true },
  fields: [
    lookup('PwSchool', 'School', 'schools', { required: true, indexed: true }),
    choice('PwRole', 'Role', SCHOOL_CONTACT_ROLES, { required: true }),
    text('PwEmail', 'E-mail', { required: true, indexed: true }),
    text('PwPhone', 'Phone'),
    boolean('PwNotify', 'Receives notifications', { defaultValue: '1' }),
    choice('PwInvitation', 'Guest invitation', CONTACT_INVITATION_STATES),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'school-item',
};
