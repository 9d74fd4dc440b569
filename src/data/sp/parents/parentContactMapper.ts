import { parentContactSchema, type ParentContact } from '../../../domain';
import { parentContactsList } from '../../../lists/declared/parentContacts';
import { createRecordMapper } from '../recordMapper';
import { parentContactNotesList } from '../../../lists/declared/parentContactNotes';
import { staffNotesMapper } from '../confidential/staffNotes';

/** The staff's notes on each contact (Pathways Parent Contact Notes, never shared with a home school). */
export const parentContactNotesMapper = staffNotesMapper(parentContactNotesList);

/** Contacts with parents and carers ('Pathways Parent Contacts'), kept in each pupil's folder. */
export const parentContactMapper = createRecordMapper<ParentContact>({
  list: parentContactsList,
  schema: parentContactSchema,
  title: (c) => `${c.kind} ${c.day}: ${c.outcome}`,
  fields: {
    pupilId: 'PwPupil',
    at: 'PwContactAt',
    day: 'PwContactDay',
    kind: 'PwContactKind',
    withWhom: 'PwWithWhom',
    outcome: 'PwContactOutcome',
    reason: 'PwReasonGiven',
    expectedReturn: 'PwExpectedReturn',
    followUpOn: 'PwFollowUpOn',
    recordedBy: 'PwRecordedBy',
  },
});
