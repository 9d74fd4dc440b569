import { lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const parentContactNotesList: ListDefinition = {
  key: 'parentContactNotes',
  title: 'Pathways Parent Contact Notes',
  url: 'Lists/PwParentContactNotes',
  description:
    'The staff’s own notes on a contact with a parent or carer, never shared with a home school whatever the sharing settings (docs/sharing.md): who, when, the reason given, the expected return and the outcome stay on the contact. One item per contact.',
  fields: [
    pupilLookup(),
    lookup('PwContact', 'Contact with home', 'parentContacts', { required: true, indexed: true }),
    text('PwContactKey', 'Contact item id', {
      required: true,
      indexed: true,
      unique: true,
      maxLength: 12,
      description: 'The contact’s item id in Pathways Parent Contacts: at most one notes item per contact.',
    }),
    note('PwNotes', 'Notes', { sensitive: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'staff-only',
  confidentialPartOf: { list: 'parentContacts', lookup: 'PwContact', key: 'PwContactKey' },
  retention: pupilRecordRetention('Part of the contact with the family, itself part of the pupil record: until the 25th birthday (IRMS toolkit).'),
};
