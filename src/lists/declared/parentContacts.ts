import { PARENT_CONTACT_KINDS, PARENT_CONTACT_OUTCOMES } from '../../domain/vocabulary';
import { choice, clientKey, date, dateTime, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const parentContactsList: ListDefinition = {
  key: 'parentContacts',
  title: 'Pathways Parent Contacts',
  url: 'Lists/PwParentContacts',
  description:
    'Contacts with parents and carers about attendance (attendance policy: first-day calling): who, when, the reason given, the expected return, the outcome and the follow-up.',
  fields: [
    pupilLookup(),
    dateTime('PwContactAt', 'When', { required: true }),
    text('PwContactDay', 'Day', { required: true, indexed: true }),
    choice('PwContactKind', 'How', PARENT_CONTACT_KINDS, { required: true }),
    text('PwWithWhom', 'Spoke to', { required: true }),
    choice('PwContactOutcome', 'Outcome', PARENT_CONTACT_OUTCOMES, { required: true }),
    note('PwReasonGiven', 'Reason given', { sensitive: true }),
    date('PwExpectedReturn', 'Expected return'),
    text('PwFollowUpOn', 'Follow up on', { indexed: true }),
    text('PwRecordedBy', 'Recorded by'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  // Moved to Pathways Parent Contact Notes by the v2-contact-notes-split migration (docs/sharing.md).
  retiredFields: [{ internalName: 'PwNotes', movedTo: 'parentContactNotes' }],
  retention: pupilRecordRetention('Correspondence with the family about the pupil is part of the pupil record: until the 25th birthday (IRMS toolkit).'),
};
