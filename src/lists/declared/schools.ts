import { SCHOOL_PHASES } from '../../domain/vocabulary';
import { boolean, choice, integer, note, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const schoolsList: ListDefinition = {
  key: 'schools',
  title: 'Pathways Schools',
  url: 'Lists/PwSchools',
  description: 'Home (commissioning) schools and their security group.',
  titleField: { displayName: 'School name', required: true },
  fields: [
    text('PwUrn', 'URN', { required: true, indexed: true, unique: true, maxLength: 8 }),
    choice('PwPhase', 'Phase', SCHOOL_PHASES, { required: true }),
    text('PwLocalAuthority', 'Local authority'),
    note('PwAddress', 'Address'),
    text('PwPhone', 'Phone'),
    text('PwEmail', 'General e-mail'),
    integer('PwStaffGroupId', 'Staff group id', {
      description: 'SharePoint group holding the named staff; granted Read on this school’s pupils.',
    }),
    boolean('PwActive', 'Active', { defaultValue: '1' }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'school-item',
};
